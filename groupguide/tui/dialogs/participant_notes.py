"""The leader's notes about one participant (formative notes): write, edit, remove, and choose
per note whether it is shared with the participant's individual supervisor. Only shared notes
reach the summary to the supervisor, masked by the confidentiality guard. Each change is saved
at once through ``commit`` (the participants tab's save)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, DataTable, Static

from groupguide.domain.model import Group
from groupguide.domain.people import ParticipantNote
from groupguide.i18n import format_date, t
from groupguide.tui.dialogs.confirm import confirm
from groupguide.tui.dialogs.key_hint import KeyHint
from groupguide.tui.dialogs.note_form import NoteFields, NoteFormDialog
from groupguide.tui.text import literal

from .base import DIALOG_CSS, Dialog


def _first_line(text: str, width: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


class ParticipantNotesDialog(Dialog[None]):
    CSS_PATH = [*DIALOG_CSS, "participant_notes.tcss"]
    BINDINGS = [
        Binding("n", "add", t("supervision.notes.add"), id="notes.add"),
        Binding("e", "edit", t("planui.edit"), id="notes.edit"),
        Binding("space", "share", t("supervision.notes.share"), id="notes.share"),
        Binding("delete,d", "remove", t("supervision.notes.remove"), id="notes.remove"),
        Binding("u,ctrl+z", "undo", t("planui.undo"), id="notes.undo"),
    ]

    def __init__(
        self,
        group: Group,
        participant_id: str,
        commit: Callable[[], bool],
        today: Callable[[], date],
    ) -> None:
        super().__init__()
        self.group = group
        self.participant_id = participant_id
        self.commit = commit
        self.today = today
        self._removed: list[tuple[int, ParticipantNote]] = []  # undo, newest last

    @property
    def notes(self) -> list[ParticipantNote]:
        person = self.group.participant(self.participant_id)
        return person.notes if person is not None else []

    def compose(self) -> ComposeResult:
        person = self.group.participant(self.participant_id)
        name = person.name if person else ""
        with Vertical(classes="dialog"):
            yield Static(
                Content.from_markup(t("supervision.notes.title"), name=name),
                classes="dialog-title",
            )
            yield Static(Content(t("supervision.notes.about")), classes="dialog-text")
            yield DataTable(id="notes-table", cursor_type="row", zebra_stripes=True)
            yield Static(Content(t("supervision.notes.empty")), id="notes-empty", classes="hint")
            yield KeyHint(t("supervision.notes.keys"))
            with Horizontal(classes="dialog-buttons compact-buttons"):
                yield Button(t("tui.close"), variant="primary", id="close", compact=True)

    def on_mount(self) -> None:
        table = self.query_one("#notes-table", DataTable)
        table.add_column(t("supervision.notes.col.date"), key="date")
        table.add_column(t("supervision.notes.col.shared"), key="shared")
        table.add_column(t("supervision.notes.col.text"), key="text")
        self.refresh_rows()
        table.focus()

    def refresh_rows(self, row: int | None = None) -> None:
        table = self.query_one("#notes-table", DataTable)
        current = table.cursor_row if row is None else row
        table.clear()
        for note in self.notes:
            table.add_row(
                literal(format_date(note.date) or "–"),
                literal(t("supervision.notes.yes") if note.shared else "–"),
                literal(_first_line(note.text)),
            )
        self.query_one("#notes-empty").display = not self.notes
        if self.notes:
            table.move_cursor(row=max(0, min(current or 0, len(self.notes) - 1)))

    def _selected(self) -> int | None:
        table = self.query_one("#notes-table", DataTable)
        if not self.notes or table.cursor_row is None:
            return None
        return table.cursor_row if 0 <= table.cursor_row < len(self.notes) else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit", "share", "remove"):
            return True if self.notes else None
        if action == "undo":
            return True if self._removed else None
        return True

    @on(DataTable.RowSelected, "#notes-table")
    def _selected_row(self) -> None:
        self.action_edit()

    @work(exclusive=True, group="notes-dialog")
    async def action_add(self) -> None:
        fields = await self.app.push_screen_wait(NoteFormDialog(t("supervision.note.new")))
        if fields is None:
            return
        self.notes.append(ParticipantNote(fields.text, fields.shared, self.today()))
        self.commit()
        self.refresh_rows(len(self.notes) - 1)

    def action_edit(self) -> None:
        index = self._selected()
        if index is not None:
            self._edit(index)

    @work(exclusive=True, group="notes-dialog")
    async def _edit(self, index: int) -> None:
        note = self.notes[index]
        fields = await self.app.push_screen_wait(
            NoteFormDialog(t("supervision.note.edit"), NoteFields(note.text, note.shared))
        )
        if fields is None:
            return
        note.text, note.shared = fields.text, fields.shared
        self.commit()
        self.refresh_rows(index)

    def action_share(self) -> None:
        index = self._selected()
        if index is None:
            return
        note = self.notes[index]
        note.shared = not note.shared
        self.commit()
        self.refresh_rows(index)
        self.notify(
            t("supervision.notes.now_shared" if note.shared else "supervision.notes.now_private"),
            markup=False,
        )

    @work(exclusive=True, group="notes-dialog")
    async def action_remove(self) -> None:
        index = self._selected()
        if index is None:
            return
        question = t("supervision.notes.remove_question", text=_first_line(self.notes[index].text))
        if not await confirm(self.app, question, t("supervision.notes.remove")):
            return
        self._removed.append((index, self.notes.pop(index)))
        self.commit()
        self.refresh_rows(index)
        self.refresh_bindings()
        self.notify(t("supervision.notes.removed"), markup=False)

    def action_undo(self) -> None:
        if not self._removed:
            return
        index, note = self._removed.pop()
        index = min(index, len(self.notes))
        self.notes.insert(index, note)
        self.commit()
        self.refresh_rows(index)
        self.refresh_bindings()
        self.notify(t("supervision.notes.restored"), markup=False)

    @on(Button.Pressed, "#close")
    def close(self) -> None:
        self.dismiss(None)
