"""Minutes attended per participant per gathering.

Counted in programme minutes (breaks and meals excluded). Once blocks are held, only held blocks
count, with their held minutes; before that the plan counts. A late arrival or an early departure
counts only the part of each block inside the time the participant was there. An explicit number
of minutes (plan files: ``{"Kari": 240}``) is taken as given, capped at the gathering's length.
"""

from __future__ import annotations

from groupguide.domain.model import Attendance, Gathering, Group, minutes_of
from groupguide.domain.schedule import is_programme, schedule


def gathering_minutes(gathering: Gathering) -> int:
    """The programme minutes a participant present throughout would have attended."""
    return sum(
        _counted_length(row.block)
        for row in schedule(gathering, use_held=True)
        if is_programme(row.block) and _counts(gathering, row.block)
    )


def gathering_span(gathering: Gathering) -> tuple[int, int]:
    """The gathering's first and last minute of the day: its start, and the latest of its set
    end, its planned end and its end as held."""
    start = minutes_of(gathering.start)
    ends = [start] + [
        row.end_minute for held in (False, True) for row in schedule(gathering, use_held=held)
    ]
    if gathering.end is not None:
        ends.append(minutes_of(gathering.end))
    return start, max(ends)


def _any_held(gathering: Gathering) -> bool:
    return any(b.held for b in gathering.blocks)


def _counts(gathering: Gathering, block) -> bool:
    return block.held if _any_held(gathering) else True


def _counted_length(block) -> int:
    return block.held_minutes if block.held else block.minutes


def attended_minutes(gathering: Gathering, record: Attendance | None) -> int:
    if record is None or record.status == "absent":
        return 0
    total = gathering_minutes(gathering)
    if record.status == "present" and record.arrived is None and record.left is None:
        return total
    if record.minutes is not None and record.arrived is None and record.left is None:
        return max(0, min(record.minutes, total))
    arrived = minutes_of(record.arrived) if record.arrived else 0
    left = minutes_of(record.left) if record.left else 24 * 60
    attended = 0
    for row in schedule(gathering, use_held=True):
        if not is_programme(row.block) or not _counts(gathering, row.block):
            continue
        attended += max(0, min(row.end_minute, left) - max(row.start_minute, arrived))
    return attended


def participant_minutes(group: Group, gathering: Gathering, participant_id: str) -> int:
    if gathering.attendance is None:
        return 0
    return attended_minutes(gathering, gathering.attendance.get(participant_id))


def attended_gatherings(group: Group, participant_id: str) -> list[tuple[Gathering, int]]:
    """Gatherings where attendance was taken and the participant attended some minutes."""
    result = []
    for gathering in group.gatherings:
        minutes = participant_minutes(group, gathering, participant_id)
        if minutes > 0:
            result.append((gathering, minutes))
    return result


def default_attendance(group: Group) -> dict[str, Attendance]:
    """Check-in starts with everyone present."""
    return {p.id: Attendance("present") for p in group.participants}


def present_ids(group: Group, gathering: Gathering) -> list[str]:
    """Participants taking part now (everyone until attendance is taken)."""
    if gathering.attendance is None:
        return [p.id for p in group.participants]
    return [
        p.id
        for p in group.participants
        if (rec := gathering.attendance.get(p.id)) is not None and rec.status != "absent"
    ]
