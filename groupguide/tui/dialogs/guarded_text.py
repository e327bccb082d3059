"""A free text in a dialog that may reach a document (a note shared with the individual
supervisor, an assessment's comment, a criterion in the handout), with the confidentiality
guard as it is typed: what looks like a patient identifier is named under the field, Ctrl+T
masks it here, and the documents mask whatever is left. The dialogs' own counterpart of run
mode's notes editor (dialogs do not import the screens' widgets)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static, TextArea

from groupguide.domain.confidentiality import find_identifiers
from groupguide.i18n import t
from groupguide.tui.text import mask_identifiers

AREA_ID = "guarded-area"


class GuardedArea(TextArea):
    BINDINGS = [Binding("ctrl+t", "mask", t("run.notes.mask"), id="dialog.mask")]

    def action_mask(self) -> None:
        mask_identifiers(self)


class GuardedText(Vertical):
    DEFAULT_CSS = """
    GuardedText { height: auto; }
    GuardedText TextArea { height: 5; }
    GuardedText .guard { height: auto; color: $text-warning; background: $warning-muted;
                         padding: 0 1; display: none; }
    GuardedText.-warning .guard { display: block; }
    """

    def __init__(self, text: str = "", *, title: str = "", id: str | None = None) -> None:
        super().__init__(id=id)
        self._initial = text
        self._title = title

    def compose(self) -> ComposeResult:
        area = GuardedArea(self._initial, id=AREA_ID, soft_wrap=True, tab_behavior="focus")
        if self._title:
            area.border_title = self._title
        yield area
        yield Static("", classes="guard", markup=False)

    def on_mount(self) -> None:
        self._check(self._initial)

    @property
    def text(self) -> str:
        return self.query_one(TextArea).text

    def focus_text(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def _check(self, text: str) -> None:
        findings = find_identifiers(text)
        self.set_class(bool(findings), "-warning")
        if findings:
            kinds = ", ".join(dict.fromkeys(f.label for f in findings))
            self.query_one(".guard", Static).update(
                t("supervision.guard", count=len(findings), kinds=kinds)
            )

    @on(TextArea.Changed)
    def _changed(self, event: TextArea.Changed) -> None:
        self._check(event.text_area.text)
