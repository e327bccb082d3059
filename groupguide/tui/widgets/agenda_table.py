"""A gathering's agenda as a table with computed clock times, pins, clashes and goals."""

from __future__ import annotations

from rich.text import Text

from groupguide.domain.activities import ActivityLibrary
from groupguide.domain.model import Gathering, Group
from groupguide.domain.presenters import presenter_names
from groupguide.domain.schedule import ScheduledBlock, schedule
from groupguide.i18n import t
from groupguide.tui.dialogs.activity_chooser import activity_title
from groupguide.tui.dialogs.goal_picker import short_code
from groupguide.tui.text import literal
from groupguide.tui.widgets.fit_table import FitTable

PIN = "◆"
COLUMNS = ("time", "minutes", "title", "activity", "goals", "presenter", "remark")


def clock(row: ScheduledBlock) -> str:
    return f"{row.start.strftime('%H:%M')}–{row.end.strftime('%H:%M')}"


class AgendaTable(FitTable):
    """Rows are keyed by block id; ``show`` rebuilds them from the gathering."""

    COMPONENT_CLASSES = {"agenda--clash", "agenda--pin", "agenda--held"}
    DEFAULT_CSS = """
    AgendaTable > .agenda--clash { color: $text-error; text-style: bold; }
    AgendaTable > .agenda--pin { color: $text-accent; text-style: bold; }
    AgendaTable > .agenda--held { color: $text-success; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(
            flex=("activity", "presenter", "goals", "title", "remark"),
            drop=(("activity", 100), ("presenter", 90)),
            id=id,
            cursor_type="row",
            zebra_stripes=True,
        )

    def _style(self, name: str):
        return self.get_component_rich_style(f"agenda--{name}", partial=True)

    def show(
        self,
        group: Group,
        gathering: Gathering,
        activities: ActivityLibrary,
        select: str | None = None,
    ) -> None:
        current = select or self.selected_block_id(gathering)
        rows = []
        for row in schedule(gathering):
            block = row.block
            when = Text(clock(row), style=self._style("clash") if row.clashes else "")
            if block.pinned is not None:
                when.append(f" {PIN}", style=self._style("pin"))
            activity = activity_title(activities.get(block.activity), block.activity)
            remark = Text()
            if row.clashes:
                remark.append(
                    t("planui.agenda.clash", minutes=row.clash_minutes), style=self._style("clash")
                )
            elif row.gap_minutes:
                remark.append(t("planui.agenda.gap", minutes=row.gap_minutes))
            if block.held:
                if remark:
                    remark.append("  ")
                remark.append(
                    t("planui.agenda.held", minutes=block.held_minutes), style=self._style("held")
                )
            rows.append(
                (
                    block.id,
                    [
                        when,
                        Text(str(block.minutes), justify="right"),
                        literal(block.title or activity),
                        literal(activity),
                        Text(", ".join(short_code(code) for code in block.goals)),
                        literal(", ".join(presenter_names(group, block))),
                        remark,
                    ],
                )
            )
        ids = [b.id for b in gathering.blocks]
        columns = [(key, t(f"planui.agenda.col.{key}")) for key in COLUMNS]
        self.set_rows(columns, rows, ids.index(current) if current in ids else None)

    def selected_block_id(self, gathering: Gathering) -> str | None:
        row = self.cursor_row
        if not self.row_count or row is None or not 0 <= row < len(gathering.blocks):
            return None
        return gathering.blocks[row].id
