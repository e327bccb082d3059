"""Create or edit a group's name, term and facilitator; dismisses the values or ``None``."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Static

from groupguide.i18n import t

from .base import Dialog


@dataclass(frozen=True)
class GroupFields:
    name: str
    term: str
    facilitator: str


class GroupFormDialog(Dialog[GroupFields | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", t("tui.cancel"), id="dialog.cancel")]

    def __init__(self, title: str, initial: GroupFields | None = None) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.initial = initial or GroupFields("", "", "")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Label(t("tui.group.name"))
            yield Input(self.initial.name, id="name", placeholder=t("tui.group.name_placeholder"))
            yield Label(t("tui.group.term"))
            yield Input(self.initial.term, id="term", placeholder=t("tui.group.term_placeholder"))
            yield Label(t("tui.group.facilitator"))
            yield Input(self.initial.facilitator, id="facilitator")
            yield Static("", id="error", classes="dialog-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.save"), variant="primary", id="save")
                yield Button(t("tui.cancel"), id="cancel")

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def save(self) -> None:
        name = self.query_one("#name", Input).value.strip()
        if not name:
            self.query_one("#error", Static).update(t("domain.group.name_empty"))
            self.query_one("#name", Input).focus()
            return
        self.dismiss(GroupFields(name, self.query_one("#term", Input).value.strip(),
                                 self.query_one("#facilitator", Input).value.strip()))

    @on(Button.Pressed, "#cancel")
    def cancel(self) -> None:
        self.dismiss(None)
