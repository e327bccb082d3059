"""What a participant truthfully did: the gatherings attended, the held blocks they were there for,
the hours and the learning goals. Pure: built from domain objects only.

Rules (design.md §3, "documentation is truthful"):
- only gatherings where attendance was taken and the participant attended some minutes count;
- hours come from ``domain.attendance`` (held minutes once blocks are held, breaks excluded);
- only blocks that were held give blocks and goals; breaks never do;
- with a recorded arrival or departure, a block counts only when the participant was there for at
  least half of it; with partial attendance given only as minutes the held blocks are listed and the
  gathering is marked partial.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from groupguide.domain.attendance import participant_minutes
from groupguide.domain.goals import Goal, GoalCatalogue
from groupguide.domain.model import Attendance, Block, Gathering, Group, Participant, minutes_of
from groupguide.domain.schedule import is_programme, schedule


@dataclass(frozen=True)
class HeldBlock:
    block: Block
    start_minute: int
    end_minute: int
    presented: bool  # the participant presented (case reflection)

    @property
    def minutes(self) -> int:
        return self.block.held_minutes or 0


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


@dataclass
class ParticipantRecord:
    participant: Participant
    attended: list[AttendedGathering]
    missed: list[tuple[int, Gathering]]  # attendance taken, participant absent (0 minutes)
    goals: list[Goal]  # catalogue goals worked on, document order
    unknown_goals: list[str]  # codes on held blocks the catalogue does not know

    @property
    def minutes(self) -> int:
        return sum(item.minutes for item in self.attended)


def held_rows(gathering: Gathering) -> list[tuple[Block, int, int]]:
    """Held programme blocks with their clock minutes as held."""
    return [
        (row.block, row.start_minute, row.end_minute)
        for row in schedule(gathering, use_held=True)
        if row.block.held and is_programme(row.block)
    ]


def _was_there(record: Attendance, start: int, end: int) -> bool:
    if record.arrived is None and record.left is None:
        return True
    arrived = minutes_of(record.arrived) if record.arrived else 0
    left = minutes_of(record.left) if record.left else 24 * 60
    overlap = max(0, min(end, left) - max(start, arrived))
    length = end - start
    return overlap > 0 and overlap * 2 >= length


def participant_record(
    group: Group, participant: Participant, goals: GoalCatalogue
) -> ParticipantRecord:
    attended: list[AttendedGathering] = []
    missed: list[tuple[int, Gathering]] = []
    for number, gathering in enumerate(group.gatherings, start=1):
        if gathering.attendance is None:
            continue
        minutes = participant_minutes(group, gathering, participant.id)
        record = gathering.attendance.get(participant.id)
        if minutes <= 0 or record is None:
            missed.append((number, gathering))
            continue
        item = AttendedGathering(number, gathering, minutes, record)
        for block, start, end in held_rows(gathering):
            if _was_there(record, start, end):
                item.blocks.append(
                    HeldBlock(block, start, end, presented=block.presenter == participant.id)
                )
        attended.append(item)
    codes: list[str] = []
    for item in attended:
        for held in item.blocks:
            codes.extend(held.block.goals)
    found, unknown = goals_of(codes, goals)
    return ParticipantRecord(participant, attended, missed, found, unknown)


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


def block_title(block: Block, activities) -> str:
    """The block's own title, else its activity's title in the current language."""
    if block.title:
        return block.title
    activity = activities.get(block.activity) if activities is not None else None
    if activity is None:
        return block.activity
    from groupguide.i18n import get_language

    return (activity.title_en or activity.title) if get_language() == "en" else activity.title
