"""A one-line question for run mode (a clock time, an audit figure): dismisses the parsed value,
or ``None`` on Esc. Bad input gets a message under the field and keeps what was typed.

A ``hidden`` question (a participant's audit figure, typed on a screen the room may see) draws
what is typed as a row of dots (``HiddenInput``); ``Ctrl+R`` (``run_input.reveal``) or the
Show button shows it for a few seconds, so that the leader can check it before saving, and
hides it again. Nothing in the dialog ever repeats the value (the error line names the rule, not
what was typed)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Button, Input, Static

from groupguide.i18n import t

from .base import DIALOG_CSS
from .form import FormDialog, Refusal
from .hidden_input import HiddenInput

REVEAL_SECONDS = 4.0  # how long Ctrl+R shows a hidden value before it hides again


class RunInputDialog(FormDialog[Any]):
    CSS_PATH = [*DIALOG_CSS, "run_input.tcss"]
    ERROR_ID = "run-input-error"
    BINDINGS = [
        Binding("ctrl+r", "reveal", t("audit.typed.reveal_key"), id="run_input.reveal"),
    ]

    def __init__(
        self,
        title: str,
        prompt: str,
        parse: Callable[[str], Any],
        error: str,
        initial: str = "",
        *,
        hidden: bool = False,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.prompt = prompt
        self.parse = parse
        self.error = error
        self.initial = initial
        self.hidden = hidden
        self._hide_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content(self.title_text), classes="dialog-title")
            yield Static(Content(self.prompt), classes="dialog-text")
            if self.hidden:
                yield HiddenInput(self.initial, id="run-input")
                yield Static(Content(t("audit.typed.hidden")), id="run-input-hint")
            else:
                yield Input(self.initial, id="run-input")
            yield Static("", id="run-input-error", classes="dialog-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("run.input.ok"), variant="primary", id="ok")
                if self.hidden:
                    yield Button(t("audit.typed.show"), id="reveal")
                yield Button(t("tui.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "reveal":
            return self.hidden
        return True

    def action_reveal(self) -> None:
        """Show the value for ``REVEAL_SECONDS`` (or hide it again at once, when shown)."""
        field = self.query_one(HiddenInput)
        if self._hide_timer is not None:
            self._hide_timer.stop()
            self._hide_timer = None
        field.hidden = not field.hidden
        if not field.hidden:
            self._hide_timer = self.set_timer(REVEAL_SECONDS, self.hide_value)
        self._show_state(field.hidden)

    def hide_value(self) -> None:
        self._hide_timer = None
        if self.hidden and self.is_attached:
            self.query_one(HiddenInput).hidden = True
            self._show_state(True)

    def _show_state(self, hidden: bool) -> None:
        self.query_one("#run-input-hint", Static).update(
            Content(t("audit.typed.hidden" if hidden else "audit.typed.shown"))
        )
        self.query_one("#reveal", Button).label = t(
            "audit.typed.show" if hidden else "audit.typed.hide"
        )

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
        elif event.button.id == "reveal":
            self.action_reveal()
            self.query_one(Input).focus()
        # Avbryt: FormDialog asks first when something was typed
