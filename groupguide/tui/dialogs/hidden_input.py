"""A one-line field whose value the room cannot read: while ``hidden``, whatever has been typed
is drawn as the same row of dots, however long it is, with the cursor after it.

For a participant's audit figure typed by the leader on a screen the room may see. Textual's
``password`` draws one dot per character, which would still tell "4" from "12,5"; here the
number of characters, the cursor's place and a selection show nothing either. Editing works as
in any Input; the dialog shows the value on request (``hidden = False``) so that the leader can
check it before saving.
"""

from __future__ import annotations

from rich.text import Text
from textual.geometry import Offset
from textual.reactive import reactive
from textual.strip import Strip
from textual.widgets import Input

MASK = "•" * 6


class HiddenInput(Input):
    hidden: reactive[bool] = reactive(True)

    def __init__(self, value: str = "", *, id: str | None = None) -> None:
        super().__init__(value, id=id, password=True)

    def watch_hidden(self, hidden: bool) -> None:
        # password also keeps word-wise moves from hinting at the value while hidden
        self.password = hidden
        self.set_class(hidden, "-hidden")
        self.refresh()

    def render_line(self, y: int) -> Strip:
        if not self.hidden or not self.value:
            return super().render_line(y)
        width = self.scrollable_content_region.width + 1
        if y != 0:
            return Strip.blank(width, self.rich_style)
        text = Text(MASK, no_wrap=True, overflow="ignore", end="")
        if self.has_focus and self._cursor_visible:
            text.pad_right(1)
            text.stylize(self.get_component_rich_style("input--cursor"), len(MASK), len(MASK) + 1)
        console = self.app.console
        strip = Strip(console.render(text, self.app.console_options.update_width(width)))
        return strip.crop(0, width).extend_cell_length(width).apply_style(self.rich_style)

    @property
    def cursor_screen_offset(self) -> Offset:
        """Where a terminal's own cursor would go: after the dots, not after the real value."""
        if not self.hidden or not self.value:
            return super().cursor_screen_offset
        x, y, _width, _height = self.content_region
        return Offset(x + len(MASK), y)
