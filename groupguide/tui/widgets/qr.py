"""A QR code drawn so that phones scan it from a terminal (tech-notes): the light modules are
painted white on black with half blocks, with the 4-module quiet zone. With NO_COLOR the widget
draws nothing (the screen always shows the URL as text too)."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from groupguide.phone.qr import half_block_lines, qr_matrix

LIGHT_ON_DARK = "#ffffff on #000000"


class QRCode(Widget):
    DEFAULT_CSS = """
    QRCode { width: auto; height: auto; }
    """

    data: reactive[str] = reactive("", layout=True)

    def __init__(
        self, data: str = "", *, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._lines: list[str] = []
        self.set_reactive(QRCode.data, data)
        self._lines = self._make(data)

    def _make(self, data: str) -> list[str]:
        return half_block_lines(qr_matrix(data)) if data else []

    def watch_data(self, data: str) -> None:
        self._lines = self._make(data)

    @property
    def lines(self) -> list[str]:
        return [] if self.app.no_color else list(self._lines)

    def get_content_width(self, container, viewport) -> int:
        lines = self.lines
        return len(lines[0]) if lines else 0

    def get_content_height(self, container, viewport, width: int) -> int:
        return len(self.lines)

    def render(self) -> Text:
        return Text("\n".join(self.lines), style=LIGHT_ON_DARK, no_wrap=True, overflow="crop")
