"""The leader's assessment criteria, one per planned learning goal (§2.3), printed in the
handout before the first gathering and in the letters to the individual supervisors. Enter
writes or edits one (a goal without one is offered a start from its own text); Delete removes
it. Each change is saved at once through ``commit``."""

from __future__ import annotations

from collections.abc import Callable

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, DataTable, Static

from groupguide.domain.goals import GoalCatalogue
from groupguide.domain.model import Group
from groupguide.domain.problems import DomainError
from groupguide.domain.supervision import planned_goals, set_criterion, suggest_criterion
from groupguide.i18n import t
from groupguide.tui.dialogs.criterion_form import CriterionFormDialog
from groupguide.tui.dialogs.key_hint import KeyHint
from groupguide.tui.text import literal

from .base import DIALOG_CSS, Dialog


def _short(text: str, width: int = 64) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


class CriteriaDialog(Dialog[None]):
    CSS_PATH = [*DIALOG_CSS, "criteria.tcss"]
    BINDINGS = [
        Binding("e", "edit", t("planui.edit"), id="criteria.edit"),
        Binding("delete,d", "remove", t("supervision.criteria.remove"), id="criteria.remove"),
    ]

    def __init__(self, group: Group, goals: GoalCatalogue, commit: Callable[[], bool]) -> None:
        super().__init__()
        self.group = group
        self.goals = goals
        self.commit = commit
        self.codes: list[str] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(t("supervision.criteria.title"), classes="dialog-title", markup=False)
            yield Static(Content(t("supervision.criteria.about")), classes="dialog-text")
            yield DataTable(id="criteria-table", cursor_type="row", zebra_stripes=True)
            yield Static(
                Content(t("supervision.assess.empty")), id="criteria-empty", classes="hint"
            )
            yield KeyHint(t("supervision.criteria.keys"))
            with Horizontal(classes="dialog-buttons compact-buttons"):
                yield Button(t("tui.close"), variant="primary", id="close", compact=True)

    def on_mount(self) -> None:
        table = self.query_one("#criteria-table", DataTable)
        table.add_column(t("export.assess.col.goal"), key="goal")
        table.add_column(t("export.assess.col.criterion"), key="criterion")
        self.refresh_rows()
        table.focus()

    def refresh_rows(self, row: int | None = None) -> None:
        table = self.query_one("#criteria-table", DataTable)
        current = table.cursor_row if row is None else row
        self.codes = planned_goals(self.group)
        table.clear()
        for code in self.codes:
            text = self.group.criteria.get(code, "")
            cell = (
                literal(_short(text))
                if text
                else literal(t("supervision.criteria.none"), "dim italic")
            )
            table.add_row(literal(code), cell)
        self.query_one("#criteria-empty").display = not self.codes
        if self.codes:
            table.move_cursor(row=max(0, min(current or 0, len(self.codes) - 1)))

    def _selected(self) -> str | None:
        table = self.query_one("#criteria-table", DataTable)
        if not self.codes or table.cursor_row is None:
            return None
        return self.codes[table.cursor_row] if 0 <= table.cursor_row < len(self.codes) else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit", "remove"):
            return True if self.codes else None
        return True

    @on(DataTable.RowSelected, "#criteria-table")
    def _chosen(self) -> None:
        self.action_edit()

    def _set(self, code: str, text: str) -> None:
        try:
            set_criterion(self.group, code, text)
        except DomainError as exc:
            self.notify(str(exc), severity="warning", markup=False)
            return
        self.commit()
        self.refresh_rows()

    def action_edit(self) -> None:
        code = self._selected()
        if code is not None:
            self._edit(code)

    @work(exclusive=True, group="criteria-dialog")
    async def _edit(self, code: str) -> None:
        goal = self.goals.get(code)
        existing = self.group.criteria.get(code, "")
        offer = suggest_criterion(goal.text) if goal and not existing else ""
        text = await self.app.push_screen_wait(
            CriterionFormDialog(code, goal.text if goal else code, existing or offer, bool(offer))
        )
        if text is not None:
            self._set(code, text)

    def action_remove(self) -> None:
        code = self._selected()
        if code is not None and code in self.group.criteria:
            self._set(code, "")
            self.notify(t("supervision.criteria.removed", code=code), markup=False)

    @on(Button.Pressed, "#close")
    def close(self) -> None:
        self.dismiss(None)
