"""Buzz pairs shown large: one bordered box per pair (or trio), names in bold."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Container
from textual.content import Content
from textual.widgets import Static

from groupguide.i18n import t


class PairsView(Container):
    DEFAULT_CSS = """
    PairsView { height: auto; layout: grid; grid-size: 3; grid-gutter: 0 1; }
    PairsView .pair { height: auto; border: heavy $accent; padding: 0 1;
                      text-style: bold; content-align: center middle; text-align: center; }
    PairsView .pairs-empty { column-span: 3; color: $text-muted; }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._shown: list[list[str]] | None = None

    def compose(self) -> ComposeResult:
        yield Static(t("run.pairs.none"), classes="pairs-empty")

    def show(self, pairs: list[list[str]]) -> None:
        """``pairs``: names per pair or trio."""
        if pairs == self._shown:
            return
        self._shown = [list(p) for p in pairs]
        self.remove_children()
        if not pairs:
            self.mount(Static(t("run.pairs.none"), classes="pairs-empty"))
            return
        boxes = []
        for number, unit in enumerate(pairs, start=1):
            box = Static(Content("\n").join(Content(name) for name in unit), classes="pair")
            box.border_title = str(number)
            boxes.append(box)
        self.mount_all(boxes)
