"""What a participant truthfully did: the gatherings attended, the held blocks they were there
for (at their real clock times), the minutes and the learning goals, and where the half-year
stands. Pure: built from domain objects only; the certificates, the report, the supervisor
summaries and the half-year's close-out all read it.

Rules (design.md §3, "documentation is truthful"):
- only gatherings where attendance was taken and the participant attended some minutes count;
- minutes come from ``domain.attendance`` (held minutes once blocks are held, breaks excluded,
  late arrivals and early departures against the blocks' real intervals);
- only blocks that were held give blocks and goals; breaks never do;
- each held block lists the participant's own part of it (clipped to arrival and departure), in
  whole minutes that sum to the gathering's credited minutes (``attendance.block_minutes``: rows
  and total are one computation); a block they missed entirely is not listed;
- with a recorded arrival or departure, a block's goals count only when the participant was there
  for at least half of it; with partial attendance given only as minutes the held blocks are
  listed and the gathering is marked partial;
- "presented" only when the presenter was there from the block's start;
- the status: attended n of the half-year's gatherings, the held ones missed named, and
  provisional while a gathering of the half-year is still to be held.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from groupguide.domain.attendance import block_minutes, participant_minutes
from groupguide.domain.goals import Goal, GoalCatalogue
from groupguide.domain.model import Attendance, Block, Gathering, Group
from groupguide.domain.people import Participant
from groupguide.domain.timeline import (
    Interval,
    any_held,
    held_intervals,
    own_span,
    presence,
    there_from_start,
    was_there,
)


def is_held(gathering: Gathering) -> bool:
    """Held (at least partly): attendance taken or a block has held minutes."""
    return gathering.attendance is not None or any(b.held for b in gathering.blocks)


@dataclass(frozen=True)
class HeldBlock:
    """A held block as the participant attended it: ``start``–``end`` and ``minutes`` are their
    own part of it; ``goals_count``: there for at least half of it (its goals are theirs)."""

    interval: Interval
    presented: (
        bool  # the participant presented (a case, a buzz case, an audit), there from the start
    )
    start: datetime
    end: datetime
    minutes: int
    goals_count: bool = True

    @property
    def block(self) -> Block:
        return self.interval.block

    @property
    def goals(self) -> list[str]:
        return list(self.block.goals) if self.goals_count else []


@dataclass
class AttendedGathering:
    number: int  # 1-based position in the term
    gathering: Gathering
    minutes: int
    record: Attendance
    blocks: list[HeldBlock] = field(default_factory=list)

    @property
    def partial(self) -> bool:
        return (
            self.record.status == "partial"
            or self.record.arrived is not None
            or self.record.left is not None
        )


@dataclass(frozen=True)
class HalfYearStatus:
    """Where the participant stands in the half-year: ``attended`` of ``total`` gatherings,
    the held ones ``missed``, and ``remaining`` still to be held (provisional while any)."""

    attended: int
    total: int
    held: int
    missed: tuple[tuple[int, Gathering], ...]
    remaining: tuple[tuple[int, Gathering], ...]

    @property
    def provisional(self) -> bool:
        return bool(self.remaining)


@dataclass
class ParticipantRecord:
    participant: Participant
    attended: list[AttendedGathering]
    missed: list[tuple[int, Gathering]]  # attendance taken, participant absent (0 minutes)
    goals: list[Goal]  # catalogue goals worked on, document order
    unknown_goals: list[str]  # codes on held blocks the catalogue does not know
    status: HalfYearStatus | None = None

    @property
    def minutes(self) -> int:
        return sum(item.minutes for item in self.attended)


def held_programme(gathering: Gathering) -> list[Interval]:
    """The held programme blocks at their real times."""
    return [row for row in held_intervals(gathering) if row.programme]


def half_year_status(group: Group, participant_id: str) -> HalfYearStatus:
    attended, missed, remaining, held = 0, [], [], 0
    for number, gathering in enumerate(group.gatherings, start=1):
        if not is_held(gathering):
            remaining.append((number, gathering))
            continue
        held += 1
        if participant_minutes(group, gathering, participant_id) > 0:
            attended += 1
        else:
            missed.append((number, gathering))
    return HalfYearStatus(attended, len(group.gatherings), held, tuple(missed), tuple(remaining))


def participant_record(
    group: Group,
    participant: Participant,
    goals: GoalCatalogue,
    numbers: list[int] | None = None,
) -> ParticipantRecord:
    """``numbers``: only these gatherings (1-based); the status is always the half-year's."""
    attended: list[AttendedGathering] = []
    missed: list[tuple[int, Gathering]] = []
    for number, gathering in enumerate(group.gatherings, start=1):
        if gathering.attendance is None or (numbers is not None and number not in numbers):
            continue
        minutes = participant_minutes(group, gathering, participant.id)
        record = gathering.attendance.get(participant.id)
        if minutes <= 0 or record is None:
            missed.append((number, gathering))
            continue
        item = AttendedGathering(number, gathering, minutes, record)
        item.blocks = attended_blocks(gathering, record, participant.id)
        attended.append(item)
    codes = [code for item in attended for held in item.blocks for code in held.goals]
    found, unknown = goals_of(codes, goals)
    status = half_year_status(group, participant.id)
    return ParticipantRecord(participant, attended, missed, found, unknown, status)


def attended_blocks(
    gathering: Gathering, record: Attendance, participant_id: str
) -> list[HeldBlock]:
    """The held programme blocks the participant was there for, each with their own minutes."""
    if not any_held(gathering):
        return []
    arrived, left = presence(gathering, record)
    result = []
    for row, minutes in block_minutes(gathering, record):
        if minutes <= 0 and not (row.wall_minutes <= 0 and was_there(row, arrived, left)):
            continue
        start, end = own_span(row, arrived, left)
        presented = participant_id in row.block.presenters and there_from_start(row, arrived, left)
        counts = was_there(row, arrived, left)
        result.append(HeldBlock(row, presented, start, end, minutes, counts))
    return result


def goals_of(codes: list[str], goals: GoalCatalogue) -> tuple[list[Goal], list[str]]:
    """Catalogue goals for the codes, in catalogue order, each once; unknown codes kept aside."""
    wanted: set[str] = set()
    unknown: list[str] = []
    for code in codes:
        goal = goals.get(code)
        if goal is None:
            if code not in unknown:
                unknown.append(code)
        else:
            wanted.add(goal.code)
    return [g for g in goals if g.code in wanted], unknown
