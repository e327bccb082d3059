"""A dismiss that only the top screen can do, and the one base class for every dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, TypeVar

from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.screen import ModalScreen

from groupguide.i18n import t
from groupguide.tui.breakpoints import SizeClassesFirst

ResultType = TypeVar("ResultType")

# The look every dialog shares (frame, title, buttons, the short-terminal variant). Each dialog
# adds its own file after it: CSS_PATH = [*DIALOG_CSS, "confirm.tcss"]. Screen stylesheets are
# global in Textual once loaded, so a dialog's own rules start with its class name. An absolute
# path: Textual resolves a relative one beside the subclass's module, wherever that is.
DIALOG_CSS = [str(Path(__file__).with_name("dialog.tcss"))]


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


class Dialog(SizeClassesFirst, TopOnlyDismiss, ModalScreen[ResultType]):
    """Every dialog's base: a modal screen with a dismiss that only the top screen can do, and
    Esc to cancel, declared once here (binding id ``dialog.cancel``, remappable).

    Cancelling dismisses ``CANCEL_RESULT`` (``None``; a yes/no question answers ``False``).
    Below 30 rows the screen gets the class ``-short``: fields and buttons drop their borders
    (dialog.tcss), so that a form's buttons stay on screen in an 80×24 terminal.
    """

    DEFAULT_CLASSES = "dialog-screen"
    CSS_PATH = DIALOG_CSS
    BINDINGS = [Binding("escape", "cancel", t("tui.cancel"), id="dialog.cancel")]
    CANCEL_RESULT: ClassVar[Any] = None
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]

    def action_cancel(self) -> None:
        self.dismiss(self.CANCEL_RESULT)
