"""Who presents what over the half-year, for the participants tab: a column in the participants
table and a coverage-style view (participants × gatherings), and the hint about who is not down
to present yet. Names are shown literally (``Text``), never as markup."""

from __future__ import annotations

from rich.text import Text

from groupguide.domain.activities import ActivityLibrary
from groupguide.domain.model import Group
from groupguide.domain.presenters import Presentation, not_presenting, open_slots, presentations
from groupguide.i18n import join_and, t
from groupguide.tui.text import literal
from groupguide.tui.widgets.fit_table import Row

HELD, PLANNED = "●", "○"
KINDS = ("case-reflection", "buzz", "audit")


def kind_label(item: Presentation, activities: ActivityLibrary) -> str:
    if item.kind in KINDS:
        return t(f"planui.presents.kind.{item.kind}")
    activity = activities.get(item.block.activity)
    return (activity.title if activity else item.block.activity).lower()


def presents_cell(items: list[Presentation], activities: ActivityLibrary) -> Text:
    """ "S1 kasuistikk · S3 audit" for the participants table ("–" when nothing)."""
    if not items:
        return Text("–", style="dim")
    parts = [
        t("planui.coverage.col.gathering", number=item.number) + " " + kind_label(item, activities)
        for item in items
    ]
    return Text(" · ".join(parts))


def presentation_rows(
    group: Group, activities: ActivityLibrary
) -> tuple[list[tuple[str, str]], list[Row]]:
    """Columns and rows of the presentations view: one row per participant, one column per
    gathering (● held, ○ planned), and how many in all."""
    found = presentations(group, activities)
    columns = [("name", t("planui.participants.col.name"))]
    columns += [
        (f"g{number}", t("planui.coverage.col.gathering", number=number))
        for number in range(1, len(group.gatherings) + 1)
    ]
    columns.append(("total", t("planui.presents.col.total")))
    rows: list[Row] = []
    for person in group.participants:
        items = found[person.id]
        cells = [literal(person.name)]
        for number in range(1, len(group.gatherings) + 1):
            here = [item for item in items if item.number == number]
            cell = Text()
            for item in here:
                if cell:
                    cell.append(", ")
                cell.append(HELD if item.held else PLANNED, style="bold" if item.held else "")
                cell.append(" " + kind_label(item, activities))
            cells.append(cell if here else Text("·", style="dim"))
        total = Text(str(len(items)), justify="right", style="" if items else "bold")
        cells.append(total)
        rows.append((person.id, cells))
    return columns, rows


def presenting_hint(group: Group, activities: ActivityLibrary) -> str:
    """Who is not down to present anything yet, and the open places in blocks to come; ""
    when there is nothing to say."""
    if not group.participants:
        return ""
    missing = not_presenting(group, activities)
    parts = []
    if missing:
        parts.append(
            t(
                "planui.presents.not_yet",
                count=len(missing),
                names=join_and([p.name for p in missing]),
            )
        )
    slots = open_slots(group, activities)
    if slots.slots:
        parts.append(t("planui.presents.open", blocks=slots.blocks, slots=slots.slots))
    return " · ".join(parts)
