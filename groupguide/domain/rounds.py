"""The room during a run: who is present at a given minute, the order of a speaking round, and a
block's phases scaled to its length. Pure: no Textual, no I/O."""

from __future__ import annotations

from groupguide.domain.activities import Activity, Phase
from groupguide.domain.model import Block, Gathering, Group
from groupguide.domain.values import minutes_of

ROUND_ACTIVITIES = frozenset({"case-reflection", "open-topic", "evaluation-round"})


def phase_plan(activity: Activity | None, block: Block) -> list[tuple[Phase, int]]:
    """The activity's phases with their minutes scaled to the block's planned length."""
    if activity is None or not activity.phases:
        return []
    total = sum(p.minutes for p in activity.phases) or 1
    scaled = [(p, max(1, round(p.minutes * block.minutes / total))) for p in activity.phases]
    return scaled


def speaking_order(present: list[str], block: Block, block_index: int) -> list[str]:
    """A round of the present participants: the presenters (if any) left out, the starting
    person rotating from block to block so that the same person does not always begin."""
    people = [p for p in present if p not in block.presenters]
    if not people:
        return []
    start = block_index % len(people)
    return people[start:] + people[:start]


def present_now(group: Group, gathering: Gathering, minute_of_day: int | None = None) -> list[str]:
    """Participants in the room: not absent, and (when a time is given) arrived and not left."""
    if gathering.attendance is None:
        return [p.id for p in group.participants]
    result = []
    for participant in group.participants:
        record = gathering.attendance.get(participant.id)
        if record is None or record.status == "absent":
            continue
        if minute_of_day is not None:
            if record.arrived is not None and minutes_of(record.arrived) > minute_of_day:
                continue
            if record.left is not None and minutes_of(record.left) <= minute_of_day:
                continue
        result.append(participant.id)
    return result
