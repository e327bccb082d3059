"""The leader's assessment criterion for one learning goal (§2.3: participants are told
beforehand what they are assessed on). A goal without one is offered a start made from its own
words ("Kunne drøfte …" → "Du kan drøfte …") for the leader to sharpen; nothing is saved until
the leader saves. Dismisses the text ("" removes the criterion) or ``None``."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Static

from groupguide.domain.supervision import MAX_CRITERION
from groupguide.i18n import t

from .base import DIALOG_CSS
from .form import FormDialog, Refusal
from .guarded_text import AREA_ID, GuardedText


class CriterionFormDialog(FormDialog[str | None]):
    CSS_PATH = [*DIALOG_CSS, "criterion_form.tcss"]
    BINDINGS = [Binding("ctrl+s", "save", t("tui.save"), id="criterion_form.save")]

    def __init__(self, code: str, goal_text: str, text: str, offered: bool) -> None:
        super().__init__()
        self.code = code
        self.goal_text = goal_text
        self.text = text
        self.offered = offered

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog form"):
            yield Static(
                t("supervision.criteria.form_title", code=self.code),
                classes="dialog-title",
                markup=False,
            )
            yield Static(Content(self.goal_text), classes="dialog-text goal-text")
            yield GuardedText(self.text, title=t("export.assess.col.criterion"), id="criterion")
            if self.offered:
                yield Static(Content(t("supervision.criteria.offered")), classes="hint")
            yield Static("", id="error", classes="dialog-error", markup=False)
            with Horizontal(classes="dialog-buttons compact-buttons"):
                yield Button(t("tui.save"), variant="primary", id="save", compact=True)
                yield Button(t("tui.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#criterion", GuardedText).focus_text()

    def value(self) -> str:
        return self.query_one("#criterion", GuardedText).text.strip()

    def check(self) -> Refusal | None:
        if len(self.value()) > MAX_CRITERION:
            return (AREA_ID, t("supervision.criteria.too_long", limit=MAX_CRITERION))
        return None

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        if not self.refused():
            self.dismiss(self.value())
