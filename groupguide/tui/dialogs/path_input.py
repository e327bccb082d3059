"""Ask for a file path; dismisses the path text or ``None``."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static

from groupguide.i18n import t

from .base import DIALOG_CSS, Dialog


class PathDialog(Dialog[str | None]):
    CSS_PATH = [*DIALOG_CSS, "path_input.tcss"]

    def __init__(self, title: str, prompt: str, initial: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.title_text, self.prompt, self.initial = title, prompt, initial
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Static(self.prompt, classes="dialog-text", markup=False)  # wraps, unlike Label
            yield Input(self.initial, id="path", placeholder=self.placeholder)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.ok"), variant="primary", id="ok")
                yield Button(t("tui.cancel"), id="cancel")

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def accept(self) -> None:
        value = self.query_one("#path", Input).value.strip()
        self.dismiss(value or None)

    @on(Button.Pressed, "#cancel")
    def cancel(self) -> None:
        self.dismiss(None)
