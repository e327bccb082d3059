"""Run mode's notes on the current block: typed in a field of their own, kept in the run session
as they are typed and on every move to another block, saved when the field loses focus; while it
has focus the runner's keys are greyed out (``editing``), so none lands in a note.
"""

from __future__ import annotations

from textual import events

from groupguide.tui.widgets.notes_editor import NoteArea, NotesEditor


class NotesMixin:
    """For ``RunScreen``: the block's notes (M focuses the field, Esc leaves it)."""

    def _save_notes(self) -> None:
        if self.session is not None:
            self._saving(self.session.save_notes)

    def action_notes(self) -> None:
        if self._block() is not None:
            self.query_one(NotesEditor).focus_note()

    def _capture_notes(self) -> None:
        if self.session is not None and self.session.block() is not None:
            self.session.set_note(self.query_one(NotesEditor).text)

    def on_notes_editor_changed(self, event: NotesEditor.Changed) -> None:
        if self.session is not None:
            self.session.set_note(event.text)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self.editing = isinstance(event.widget, NoteArea)

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        if isinstance(event.widget, NoteArea):
            self.editing = False
            self._save_notes()
