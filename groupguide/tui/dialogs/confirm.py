"""Ask a yes/no question; dismisses ``True`` on yes."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from groupguide.i18n import t

from .base import Dialog


class ConfirmDialog(Dialog[bool]):
    CANCEL_RESULT = False
    BINDINGS = [
        Binding("y,j", "dismiss(True)", t("tui.yes"), show=False, id="dialog.yes"),
    ]

    def __init__(self, question: Content | str, confirm_label: str | None = None) -> None:
        super().__init__()
        self.question = question if isinstance(question, Content) else Content(question)
        self.confirm_label = confirm_label or t("tui.yes")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.question, classes="dialog-text")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.confirm_label, variant="error", id="yes")
                yield Button(t("tui.cancel"), id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")
