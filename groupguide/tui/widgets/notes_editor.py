"""A text that may reach a document, with the confidentiality guard as you type: run mode's
notes for the current block, and the leader's own evaluation and the oral round's notes on the
results screen.

Keys typed here stay here: the runner's keys do not act while the note has focus (its screen
greys them out), and Esc leaves the note. Ctrl+T masks what the guard found.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static, TextArea

from groupguide.domain.confidentiality import find_identifiers
from groupguide.i18n import t
from groupguide.tui.text import mask_identifiers


class NoteArea(TextArea):
    BINDINGS = [
        Binding("escape", "leave", t("run.notes.leave"), id="run.notes.leave"),
        Binding("ctrl+t", "mask", t("run.notes.mask"), id="run.notes.mask"),
    ]

    def action_leave(self) -> None:
        self.screen.set_focus(None)

    def action_mask(self) -> None:
        mask_identifiers(self)


class NotesEditor(Vertical):
    DEFAULT_CSS = """
    NotesEditor { height: auto; }
    NotesEditor.-fill { height: 1fr; }
    NotesEditor.-fill NoteArea { height: 1fr; }
    NotesEditor NoteArea { height: 5; }
    NotesEditor .guard { height: auto; color: $text-warning; background: $warning-muted;
                         padding: 0 1; display: none; }
    NotesEditor.-warning .guard { display: block; }
    """

    @dataclass
    class Changed(Message):
        text: str

    def __init__(
        self,
        text: str = "",
        *,
        title: str | None = None,
        area_id: str = "note-area",
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._initial = text
        self._title = t("run.notes.title") if title is None else title
        self._area_id = area_id

    def compose(self) -> ComposeResult:
        area = NoteArea(
            self._initial, language=None, soft_wrap=True, tab_behavior="focus", id=self._area_id
        )
        if self._title:
            area.border_title = self._title
        yield area
        yield Static("", classes="guard", markup=False)

    def on_mount(self) -> None:
        if self._initial:
            self._check(self._initial)

    def load(self, text: str) -> None:
        area = self.query_one(NoteArea)
        if area.text != text:
            with area.prevent(TextArea.Changed):
                area.load_text(text)
        self._check(text)

    def focus_note(self) -> None:
        area = self.query_one(NoteArea)
        area.focus()
        area.move_cursor(area.document.end)

    @property
    def text(self) -> str:
        return self.query_one(NoteArea).text

    def _check(self, text: str) -> None:
        findings = find_identifiers(text)
        self.set_class(bool(findings), "-warning")
        if findings:
            kinds = ", ".join(dict.fromkeys(f.label for f in findings))
            self.query_one(".guard", Static).update(
                t(
                    "run.guard.warning" if len(findings) == 1 else "run.guard.warning_many",
                    kinds=kinds,
                    count=len(findings),
                )
            )

    @on(TextArea.Changed)
    def _changed(self, event: TextArea.Changed) -> None:
        event.stop()
        self._check(event.text_area.text)
        self.post_message(self.Changed(event.text_area.text))
