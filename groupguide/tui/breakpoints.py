"""A screen's size classes set before it is first styled.

Textual gives a screen the classes of its ``HORIZONTAL_BREAKPOINTS`` and ``VERTICAL_BREAKPOINTS``
on its first Resize event, after the screen has been styled and laid out once; the new classes
then restyle every widget on it and lay it out again (~10 ms of opening a group, and of every
dialog). Set from the app's size when the screen is made, the classes are already right when the
Resize comes, and Textual changes nothing. Where they are not (no app running yet, or the
terminal resized in between), Textual's Resize sets them as it always does.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen


def _chosen(points: list[tuple[int, str]], size: int) -> str | None:
    # Textual's rule: the class of the largest breakpoint the size reaches.
    return next((name for at, name in sorted(points, reverse=True) if size >= at), None)


def preset_size_classes(screen: Screen) -> None:
    """Give ``screen`` the classes its breakpoints choose for the app's present size, without
    restyling anything (nothing is styled yet)."""
    try:
        width, height = screen.app.size
    except RuntimeError:  # Textual's NoActiveAppError: made before the app runs
        return
    for points, size in (
        (screen.HORIZONTAL_BREAKPOINTS or [], width),
        (screen.VERTICAL_BREAKPOINTS or [], height),
    ):
        chosen = _chosen(points, size)
        for _, name in points:
            screen.set_class(name == chosen, name, update=False)


class SizeClassesFirst:
    """Mix into a Screen with breakpoints: its size classes are set when it is made."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        preset_size_classes(self)  # type: ignore[arg-type]
