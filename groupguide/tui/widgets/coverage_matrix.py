"""The Dekning tab: learning goals × gatherings, planned and held told apart.

A recommended goal that no gathering plans yet stands out. The cell under the cursor (keys or
mouse) shows the blocks behind it below the matrix; Enter opens that gathering.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, VerticalScroll
from textual.content import Content
from textual.widgets import DataTable, Static

from groupguide.domain.coverage import Coverage, coverage
from groupguide.domain.goals import Goal
from groupguide.domain.model import Block
from groupguide.i18n import format_date, t
from groupguide.tui.dialogs.activity_chooser import activity_title
from groupguide.tui.dialogs.goal_picker import short_code
from groupguide.tui.keys import in_typed_order
from groupguide.tui.text import percent
from groupguide.tui.widgets.group_pane import GroupPane, OpenGathering

HELD, PLANNED, NONE = "●", "○", "·"


class CoverageTable(DataTable):
    """A DataTable whose marks take their colours from the theme (component classes)."""

    COMPONENT_CLASSES = {"coverage--missing", "coverage--held", "coverage--planned"}
    DEFAULT_CSS = """
    CoverageTable > .coverage--missing { color: $text-error; text-style: bold; }
    CoverageTable > .coverage--held { color: $text-success; text-style: bold; }
    CoverageTable > .coverage--planned { color: $text-accent; }
    """
    # Muted marks are faint text rather than a muted colour: a translucent theme colour does not
    # survive the conversion to a Rich style (it came out white on the light theme).
    PLAIN = {"none": Style(dim=True), "optional": Style(dim=True, italic=True)}

    def style_of(self, name: str) -> Style:
        if name in self.PLAIN:
            return self.PLAIN[name]
        return self.get_component_rich_style(f"coverage--{name}", partial=True)


class CoveragePane(GroupPane):
    BINDINGS = [
        Binding("enter", "open", t("planui.open"), id="coverage.open", priority=True),
        Binding("o", "toggle_optional", t("planui.coverage.optional"), id="coverage.optional"),
    ]

    def compose(self) -> ComposeResult:
        yield Static("", id="coverage-summary", classes="pane-info")
        with Container(id="coverage-body"):
            yield CoverageTable(id="coverage-table", cursor_type="cell", zebra_stripes=False)
            with VerticalScroll(id="coverage-detail-box"):
                yield Static("", id="coverage-detail")

    def on_mount(self) -> None:
        self.show_optional = True
        self._goals: list[Goal] = []
        self._columns: list[str] = []
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.refresh_view())
        self.refresh_view()

    def focus_main(self) -> None:
        self.query_one("#coverage-table", CoverageTable).focus()

    @property
    def catalogue(self):
        return self.app.services.library.goals

    def data(self) -> Coverage:
        return coverage(self.group, self.catalogue)

    # -- view --------------------------------------------------------------------------------

    def refresh_view(self) -> None:
        table = self.query_one("#coverage-table", CoverageTable)
        cursor = table.cursor_coordinate
        table.clear(columns=True)
        data = self.data()
        gatherings = self.group.gatherings
        table.add_column(t("planui.coverage.col.goal"), key="goal")
        for number, gathering in enumerate(gatherings, start=1):
            table.add_column(t("planui.coverage.col.gathering", number=number), key=gathering.id)
        table.add_column(t("planui.coverage.col.status"), key="status")
        self._columns = ["goal"] + [g.id for g in gatherings] + ["status"]
        self._goals = [g for g in self.catalogue if g.recommended or self.show_optional]
        planned, held = data.planned, data.held
        for goal in self._goals:
            missing = goal.recommended and goal.code not in planned
            label_style = table.style_of(
                "missing" if missing else ("optional" if not goal.recommended else "none")
            )
            label = Text(
                ("! " if missing else "  ") + short_code(goal.code),
                style=label_style if (missing or not goal.recommended) else "",
            )
            cells: list[Text] = [label]
            for gathering in gatherings:
                cell_planned, cell_held = data.cell(goal.code, gathering.id)
                if cell_held:
                    cells.append(Text(f" {HELD}", style=table.style_of("held")))
                elif cell_planned:
                    cells.append(Text(f" {PLANNED}", style=table.style_of("planned")))
                else:
                    cells.append(Text(f" {NONE}", style=table.style_of("none")))
            cells.append(self._status(goal, planned, held, table))
            table.add_row(*cells, key=goal.code)
        if self._goals:
            table.cursor_coordinate = table.validate_cursor_coordinate(cursor)
        rec = len(data.recommended)
        summary = Content.assemble(
            (
                t(
                    "planui.coverage.summary_planned",
                    done=len(data.recommended_planned),
                    total=rec,
                    share=percent(data.planned_share),
                ),
                "bold",
            ),
            "  ·  ",
            t(
                "planui.coverage.summary_held",
                done=len(data.recommended_held),
                total=rec,
                share=percent(data.held_share),
            ),
            "\n",
            (HELD, "$text-success"),
            f" {t('planui.coverage.legend_held')}  ",
            (PLANNED, "$text-accent"),
            f" {t('planui.coverage.legend_planned')}  ",
            ("!", "$text-error"),
            f" {t('planui.coverage.legend_missing')}",
        )
        self.query_one("#coverage-summary", Static).update(summary)
        self._show_detail()
        self.screen.refresh_bindings()

    def _status(self, goal: Goal, planned: set[str], held: set[str], table: CoverageTable) -> Text:
        if goal.code in held:
            return Text(t("planui.coverage.status.held"), style=table.style_of("held"))
        if goal.code in planned:
            return Text(t("planui.coverage.status.planned"), style=table.style_of("planned"))
        if goal.recommended:
            return Text(t("planui.coverage.status.missing"), style=table.style_of("missing"))
        return Text(t("planui.coverage.status.optional"), style=table.style_of("optional"))

    def cursor_goal_and_gathering(self) -> tuple[Goal | None, str | None]:
        table = self.query_one("#coverage-table", CoverageTable)
        if not self._goals:
            return None, None
        row, column = table.cursor_coordinate
        goal = self._goals[row] if 0 <= row < len(self._goals) else None
        key = self._columns[column] if 0 <= column < len(self._columns) else None
        gathering_id = key if key not in (None, "goal", "status") else None
        return goal, gathering_id

    def selected_gathering_id(self) -> str | None:
        return self.cursor_goal_and_gathering()[1]

    def _blocks_text(self, heading: str, blocks: list[Block]) -> list[tuple[str, str] | str]:
        parts: list[tuple[str, str] | str] = [(heading, "bold"), "\n"]
        for block in blocks:
            activity = activity_title(
                self.app.services.library.activities.get(block.activity), block.activity
            )
            parts += [
                "  • ",
                block.title or activity,
                (f"  ({activity}, {block.minutes} min)", "dim"),
                "\n",
            ]
        return parts

    def _show_detail(self) -> None:
        detail = self.query_one("#coverage-detail", Static)
        goal, gathering_id = self.cursor_goal_and_gathering()
        if goal is None:
            detail.update("")
            return
        kind = t("planui.goals.recommended" if goal.recommended else "planui.goals.optional")
        parts: list[tuple[str, str] | str] = [
            (goal.code, "bold"),
            f"  ·  {goal.theme}  ·  {kind}\n",
            goal.text,
            "\n\n",
        ]
        data = self.data()
        if gathering_id is None:
            where_planned = [g for g in data.per_gathering if goal.code in g.planned]
            if not where_planned:
                parts.append(
                    (t("planui.coverage.nowhere"), "$text-error" if goal.recommended else "italic")
                )
            for item in where_planned:
                number = self.group.gatherings.index(item.gathering) + 1
                mark = HELD if goal.code in item.held else PLANNED
                parts += [
                    f"{mark} ",
                    t("planui.coverage.col.gathering", number=number),
                    "  ",
                    item.gathering.title,
                    "\n",
                ]
        else:
            gathering = self.group.gathering(gathering_id)
            planned, held = data.cell(goal.code, gathering_id)
            if gathering is not None:
                parts += [(gathering.title, "bold"), f"  {format_date(gathering.day)}\n"]
            held_ids = {b.id for b in held}
            not_held = [b for b in planned if b.id not in held_ids]
            if held:
                parts += self._blocks_text(t("planui.coverage.held_blocks"), held)
            if not_held:
                parts += self._blocks_text(t("planui.coverage.planned_blocks"), not_held)
            if not planned:
                parts.append((t("planui.coverage.no_blocks"), "italic"))
        detail.update(Content.assemble(*parts))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open":
            return True if self.selected_gathering_id() else None
        return True

    @on(DataTable.CellHighlighted, "#coverage-table")
    def _highlighted(self) -> None:
        self._show_detail()
        self.screen.refresh_bindings()

    @on(DataTable.CellSelected, "#coverage-table")
    def _clicked(self) -> None:
        self.action_open()

    # -- actions -----------------------------------------------------------------------------

    @in_typed_order  # a priority binding: only for the screen on top
    def action_open(self) -> None:
        gathering_id = self.selected_gathering_id()
        if gathering_id:
            self.post_message(OpenGathering(gathering_id))

    def action_toggle_optional(self) -> None:
        self.show_optional = not self.show_optional
        self.refresh_view()
