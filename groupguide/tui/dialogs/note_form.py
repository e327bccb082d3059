"""Write or edit one of the leader's notes about a participant, and choose whether it is shared
with the participant's individual supervisor (in the summary to them). The text has the
confidentiality guard as it is typed (Ctrl+T masks what it found). Dismisses ``NoteFields`` or
``None``."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Checkbox, Static

from groupguide.i18n import t

from .base import DIALOG_CSS
from .form import FormDialog, Refusal
from .guarded_text import AREA_ID, GuardedText


@dataclass(frozen=True)
class NoteFields:
    text: str
    shared: bool


class NoteFormDialog(FormDialog[NoteFields | None]):
    CSS_PATH = [*DIALOG_CSS, "note_form.tcss"]
    BINDINGS = [Binding("ctrl+s", "save", t("tui.save"), id="note_form.save")]

    def __init__(self, title: str, initial: NoteFields | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.initial = initial or NoteFields("", False)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog form"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield GuardedText(self.initial.text, title=t("supervision.note.text"), id="note")
            yield Checkbox(
                t("supervision.note.shared"), self.initial.shared, id="shared", compact=True
            )
            yield Static(t("supervision.note.shared_hint"), classes="dialog-text hint")
            yield Static("", id="error", classes="dialog-error", markup=False)
            with Horizontal(classes="dialog-buttons compact-buttons"):
                yield Button(t("tui.save"), variant="primary", id="save", compact=True)
                yield Button(t("tui.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#note", GuardedText).focus_text()

    def fields(self) -> NoteFields:
        return NoteFields(
            self.query_one("#note", GuardedText).text.strip(),
            self.query_one("#shared", Checkbox).value,
        )

    def check(self) -> Refusal | None:
        if not self.fields().text:
            return (AREA_ID, t("supervision.note.empty"))
        return None

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        if not self.refused():
            self.dismiss(self.fields())
