"""A clock in a block font for the projector layout: 5 rows at scale 1, 10 rows at scale 2
(chosen from the space the widget gets), readable from the back of a meeting room."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

FONT = {
    "0": ("████", "█  █", "█  █", "█  █", "████"),
    "1": ("  █ ", " ██ ", "  █ ", "  █ ", " ███"),
    "2": ("████", "   █", "████", "█   ", "████"),
    "3": ("████", "   █", " ███", "   █", "████"),
    "4": ("█  █", "█  █", "████", "   █", "   █"),
    "5": ("████", "█   ", "████", "   █", "████"),
    "6": ("████", "█   ", "████", "█  █", "████"),
    "7": ("████", "   █", "  █ ", " █  ", " █  "),
    "8": ("████", "█  █", "████", "█  █", "████"),
    "9": ("████", "█  █", "████", "   █", "████"),
    ":": ("  ", "██", "  ", "██", "  "),
    "-": ("    ", "    ", "████", "    ", "    "),
}
ROWS = 5


def render_rows(value: str, scale: int = 1) -> list[str]:
    glyphs = [FONT.get(ch, FONT["-"]) for ch in value]
    rows = []
    for row in range(ROWS):
        line = " ".join("".join(c * scale for c in glyph[row]) for glyph in glyphs)
        rows.extend([line] * scale)
    return rows


def width_of(value: str, scale: int) -> int:
    return len(render_rows(value, scale)[0])


class BigClock(Widget):
    DEFAULT_CSS = """
    BigClock { height: auto; width: auto; }
    """

    def __init__(
        self, value: str = "00:00", *, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._value = value

    def update(self, value: str) -> None:
        if value != self._value:
            resized = len(value) != len(self._value)
            self._value = value
            self.refresh(layout=resized)

    def _scale(self) -> int:
        size = self.screen.size if self.is_attached else None
        if size is not None and size.height >= 34 and size.width >= 100:
            return 2
        return 1

    def get_content_width(self, container, viewport) -> int:
        return width_of(self._value, self._scale())

    def get_content_height(self, container, viewport, width: int) -> int:
        return ROWS * self._scale()

    def render(self) -> Text:
        return Text("\n".join(render_rows(self._value, self._scale())), no_wrap=True)
