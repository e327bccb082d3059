"""A group's next gathering as the leader should see it on the home screen: the first gathering
not yet held, by the day it is planned for, with that day; said plainly when that day has passed
without it being held (overdue), when it is today, when it has no date, and when every gathering
is held.

"Held" is the plan's own word (``planning.progress``): a gathering held on another day than
planned counts as held (its ``held_date``), a day recorded afterwards counts, a day run to its end
in run mode counts (``finished``: the run states say so), and a past day with records counts; a
past planned day with nothing recorded does not.

Pure: ``today`` and the finished gatherings come in.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from groupguide.domain.model import Gathering, Group
from groupguide.domain.planning import progress
from groupguide.i18n import format_date, t


@dataclass(frozen=True)
class NextGathering:
    """``state``: "upcoming" (a later day), "today", "overdue" (a past planned day, not held),
    "undated" (not held, no date), "all_held", or "none" (the group has no gatherings).
    ``number`` is the gathering's number in the half-year (1-based), 0 without one."""

    state: str
    gathering: Gathering | None = None
    number: int = 0

    @property
    def day(self) -> date | None:
        return self.gathering.day if self.gathering is not None else None


def next_gathering(
    group: Group, today: date, finished: Collection[str] = frozenset()
) -> NextGathering:
    """The group's next gathering not yet held (``finished``: ids of gatherings run to their end
    in run mode). The earliest planned day comes first, so a past day not held is shown before
    the one after it; gatherings with no date come after every dated one, in plan order."""
    if not group.gatherings:
        return NextGathering("none")
    waiting = [
        (number, gathering)
        for number, gathering in enumerate(group.gatherings, start=1)
        if progress(gathering, today, gathering.id in finished) != "held"
    ]
    if not waiting:
        return NextGathering("all_held")
    dated = sorted((g.day, n, g) for n, g in waiting if g.day is not None)
    if not dated:
        number, gathering = waiting[0]
        return NextGathering("undated", gathering, number)
    day, number, gathering = dated[0]
    if day < today:
        state = "overdue"
    elif day == today:
        state = "today"
    else:
        state = "upcoming"
    return NextGathering(state, gathering, number)


def next_gathering_text(found: NextGathering) -> str:
    """The home screen's "next gathering" cell."""
    if found.state in ("none", "all_held"):
        return t(f"domain.next.{found.state}")
    if found.state == "undated":
        return t("domain.next.undated", number=found.number)
    return t(f"domain.next.{found.state}", date=format_date(found.day))
