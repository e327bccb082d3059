"""A dismiss that only the top screen can do, and the one base class for every dialog."""

from __future__ import annotations

from typing import Any, TypeVar

from textual.await_complete import AwaitComplete
from textual.screen import ModalScreen

ResultType = TypeVar("ResultType")


class TopOnlyDismiss:
    """Mix into a Screen: ``dismiss`` does nothing once the screen is no longer on top.

    Textual's ``dismiss`` pops whatever screen is on top. A second Enter or click that reached
    a screen before the first one closed it (fast typing, a busy machine) would otherwise call
    the result callback twice and close the screen underneath as well. The same holds while a
    dialog of its own (a goal picker over a block form) is on top of it.
    """

    def dismiss(self, result: Any = None) -> AwaitComplete:
        if not self.is_active:  # type: ignore[attr-defined]
            return AwaitComplete.nothing()
        return super().dismiss(result)  # type: ignore[misc]


class Dialog(TopOnlyDismiss, ModalScreen[ResultType]):
    """Every dialog's base: a modal screen with a dismiss that only the top screen can do.

    Below 30 rows the screen gets the class ``-short``: fields and buttons drop their borders
    (app.tcss), so that a form's buttons stay on screen in an 80×24 terminal.
    """

    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]
