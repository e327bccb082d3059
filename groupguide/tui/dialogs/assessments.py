"""The leader's assessment of one participant (§2.3), goal by goal: every learning goal of the
plan with its value (reached / not yet / not assessed) and comment, then those assessed before
that have since left the plan (shown, not editable). Enter opens one; 1, 2 and 0 set the value
at once. Each change goes through the domain's rules and is saved at once through ``commit``.
Kept with the participant: nothing here touches the anonymous evaluation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, DataTable, Static

from groupguide.domain.goals import GoalCatalogue
from groupguide.domain.model import Group
from groupguide.domain.problems import DomainError
from groupguide.domain.supervision import AssessmentRow, assessment_rows, set_assessment
from groupguide.i18n import t
from groupguide.tui.dialogs.assessment_form import AssessmentFormDialog
from groupguide.tui.dialogs.key_hint import KeyHint
from groupguide.tui.text import literal

from .base import DIALOG_CSS, Dialog


def _short(text: str, width: int = 44) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


class AssessmentsDialog(Dialog[None]):
    CSS_PATH = [*DIALOG_CSS, "assessments.tcss"]
    BINDINGS = [
        Binding("e", "edit", t("planui.edit"), id="assess.edit"),
        Binding("1", "set('reached')", t("assessment.status.reached"), id="assess.reached"),
        Binding("2", "set('not_yet')", t("assessment.status.not_yet"), id="assess.not_yet"),
        Binding("0", "set('not_assessed')", t("assessment.status.not_assessed"), id="assess.clear"),
    ]

    def __init__(
        self,
        group: Group,
        participant_id: str,
        goals: GoalCatalogue,
        commit: Callable[[], bool],
        today: Callable[[], date],
    ) -> None:
        super().__init__()
        self.group = group
        self.participant_id = participant_id
        self.goals = goals
        self.commit = commit
        self.today = today
        self.rows: list[AssessmentRow] = []

    @property
    def person(self):
        return self.group.participant(self.participant_id)

    def compose(self) -> ComposeResult:
        name = self.person.name if self.person else ""
        with Vertical(classes="dialog"):
            yield Static(
                Content.from_markup(t("supervision.assess.title"), name=name),
                classes="dialog-title",
            )
            yield Static(Content(t("supervision.assess.about")), classes="dialog-text")
            yield DataTable(id="assess-table", cursor_type="row", zebra_stripes=True)
            yield Static(Content(t("supervision.assess.empty")), id="assess-empty", classes="hint")
            yield KeyHint(t("supervision.assess.keys"))
            with Horizontal(classes="dialog-buttons compact-buttons"):
                yield Button(t("tui.close"), variant="primary", id="close", compact=True)

    def on_mount(self) -> None:
        table = self.query_one("#assess-table", DataTable)
        table.add_column(t("export.assess.col.goal"), key="goal")
        table.add_column(t("export.assess.col.status"), key="status")
        table.add_column(t("export.assess.col.comment"), key="comment")
        self.refresh_rows()
        table.focus()

    def refresh_rows(self, row: int | None = None) -> None:
        table = self.query_one("#assess-table", DataTable)
        current = table.cursor_row if row is None else row
        person = self.person
        self.rows = assessment_rows(self.group, person) if person else []
        table.clear()
        for item in self.rows:
            code = literal(item.code)
            if not item.planned:
                code.append(f" ({t('export.assess.not_planned')})", "italic")
            status = literal(
                t(f"assessment.status.{item.status}"),
                "dim" if item.status == "not_assessed" else "",
            )
            table.add_row(code, status, literal(_short(item.comment)))
        self.query_one("#assess-empty").display = not self.rows
        if self.rows:
            table.move_cursor(row=max(0, min(current or 0, len(self.rows) - 1)))

    def _selected(self) -> AssessmentRow | None:
        table = self.query_one("#assess-table", DataTable)
        if not self.rows or table.cursor_row is None:
            return None
        return self.rows[table.cursor_row] if 0 <= table.cursor_row < len(self.rows) else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit", "set"):
            return True if self.rows else None
        return True

    def _apply(self, row: AssessmentRow, status: str, comment: str) -> None:
        try:
            set_assessment(self.group, self.participant_id, row.code, status, comment, self.today())
        except DomainError as exc:
            self.notify(str(exc), severity="warning", markup=False)
            return
        self.commit()
        self.refresh_rows()

    @on(DataTable.RowSelected, "#assess-table")
    def _chosen(self) -> None:
        self.action_edit()

    def action_set(self, status: str) -> None:
        row = self._selected()
        if row is not None:
            self._apply(row, status, row.comment)

    def action_edit(self) -> None:
        row = self._selected()
        if row is None:
            return
        if not row.planned:
            self.notify(t("domain.assessment.not_planned", code=row.code), markup=False)
            return
        self._edit(row)

    @work(exclusive=True, group="assess-dialog")
    async def _edit(self, row: AssessmentRow) -> None:
        goal = self.goals.get(row.code)
        name = self.person.name if self.person else ""
        result = await self.app.push_screen_wait(
            AssessmentFormDialog(
                t("supervision.assess.form_title", code=row.code, name=name),
                goal.text if goal else row.code,
                row.criterion,
                row.status,
                row.comment,
            )
        )
        if result is not None:
            self._apply(row, *result)

    @on(Button.Pressed, "#close")
    def close(self) -> None:
        self.dismiss(None)
