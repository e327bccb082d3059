"""The leader's assessment of one participant on one learning goal (§2.3): reached, not yet or
not assessed, with a short comment (the confidentiality guard as it is typed). Shows the goal's
text and the leader's criterion for it. Dismisses ``(status, comment)`` or ``None``."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Button, RadioButton, RadioSet, Static

from groupguide.domain.supervision import ASSESSMENT_STATUSES, MAX_COMMENT
from groupguide.i18n import t

from .base import DIALOG_CSS
from .form import FormDialog, Refusal
from .guarded_text import AREA_ID, GuardedText

AssessmentFields = tuple[str, str]  # (status, comment)


class AssessmentFormDialog(FormDialog[AssessmentFields | None]):
    CSS_PATH = [*DIALOG_CSS, "assessment_form.tcss"]
    BINDINGS = [Binding("ctrl+s", "save", t("tui.save"), id="assessment_form.save")]

    def __init__(
        self, title: str, goal_text: str, criterion: str, status: str, comment: str
    ) -> None:
        super().__init__()
        self.title_text = title
        self.goal_text = goal_text
        self.criterion = criterion
        self.status = status if status in ASSESSMENT_STATUSES else "not_assessed"
        self.comment = comment

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog form"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Static(Content(self.goal_text), classes="dialog-text goal-text")
            criterion = (
                Content.from_markup(t("supervision.assess.criterion"), text=self.criterion)
                if self.criterion
                else Content(t("supervision.assess.no_criterion"))
            )
            yield Static(criterion, classes="dialog-text criterion")
            with RadioSet(id="status", compact=True):
                for status in ASSESSMENT_STATUSES:
                    yield RadioButton(
                        t(f"assessment.status.{status}"),
                        value=status == self.status,
                        id=f"status-{status}",
                        compact=True,
                    )
            yield GuardedText(self.comment, title=t("supervision.assess.comment"), id="comment")
            yield Static(Content(t("supervision.assess.formative")), classes="hint")
            yield Static("", id="error", classes="dialog-error", markup=False)
            with Horizontal(classes="dialog-buttons compact-buttons"):
                yield Button(t("tui.save"), variant="primary", id="save", compact=True)
                yield Button(t("tui.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#status", RadioSet).focus()

    def fields(self) -> AssessmentFields:
        pressed = self.query_one("#status", RadioSet).pressed_button
        status = (pressed.id or "").removeprefix("status-") if pressed else self.status
        return status, self.query_one("#comment", GuardedText).text.strip()

    def check(self) -> Refusal | None:
        _, comment = self.fields()
        if len(comment) > MAX_COMMENT:
            return (AREA_ID, t("supervision.assess.too_long", limit=MAX_COMMENT))
        return None

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        if not self.refused():
            self.dismiss(self.fields())
