"""A one-line question for run mode (a clock time, an audit figure): dismisses the parsed value,
or ``None`` on Esc. Bad input gets a message under the field and keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Static

from groupguide.i18n import t

from .base import DIALOG_CSS
from .form import FormDialog, Refusal


class RunInputDialog(FormDialog[Any]):
    CSS_PATH = [*DIALOG_CSS, "run_input.tcss"]
    ERROR_ID = "run-input-error"

    def __init__(
        self, title: str, prompt: str, parse: Callable[[str], Any], error: str, initial: str = ""
    ) -> None:
        super().__init__()
        self.title_text = title
        self.prompt = prompt
        self.parse = parse
        self.error = error
        self.initial = initial

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content(self.title_text), classes="dialog-title")
            yield Static(Content(self.prompt), classes="dialog-text")
            yield Input(self.initial, id="run-input")
            yield Static("", id="run-input-error", classes="dialog-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("run.input.ok"), variant="primary", id="ok")
                yield Button(t("tui.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def _value(self) -> Any:
        try:
            return self.parse(self.query_one(Input).value)
        except (ValueError, TypeError):
            return None

    def check(self) -> Refusal | None:
        return ("run-input", self.error) if self._value() is None else None

    def _submit(self) -> None:
        if not self.refused():
            self.dismiss(self._value())

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self._submit()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ok":
            self._submit()
        else:
            self.dismiss(None)
