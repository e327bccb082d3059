"""Minutes attended per participant per gathering.

Counted in programme minutes (breaks and meals excluded). Once blocks are held, only held blocks
count, with their held minutes; before that the plan counts. A late arrival or an early departure
counts each block in proportion to the part of its real interval (``domain.timeline``) the
participant was there for; clock times are placed on the day as it was held, so a day that ran
late or past midnight is counted as it happened. An explicit number of minutes (plan files:
``{"Kari": 240}``) is taken as given, capped at the gathering's length.
"""

from __future__ import annotations

import math
from datetime import datetime

from groupguide.domain.model import Attendance, Gathering, Group
from groupguide.domain.timeline import Interval, credit_intervals, credited_minutes, presence

STATUSES = ("present", "partial", "absent")


def gathering_minutes(gathering: Gathering) -> int:
    """The programme minutes a participant present throughout would have attended."""
    return sum(row.minutes for row in credit_intervals(gathering))


def attended_minutes(
    gathering: Gathering, record: Attendance | None, now: datetime | None = None
) -> int:
    """``now``: while the day has not begun, an arrival is placed against the moment it is
    about to begin (check-in before the clock starts)."""
    if record is None or record.status == "absent":
        return 0
    rows = credit_intervals(gathering, now)
    total = sum(row.minutes for row in rows)
    if record.arrived is None and record.left is None:
        if record.minutes is not None:
            return max(0, min(record.minutes, total))
        return total
    return sum(minutes for _, minutes in block_minutes(gathering, record, now))


def apportion(shares: list[float]) -> list[int]:
    """Whole minutes for each share, summing to the rounded total (largest remainder first), so
    the rows of a document add up to the total it prints."""
    total = round(sum(shares))
    whole = [math.floor(share) for share in shares]
    rest = total - sum(whole)
    order = sorted(range(len(shares)), key=lambda i: (whole[i] - shares[i], i))
    for i in order[: max(0, rest)]:
        whole[i] += 1
    return whole


def block_minutes(
    gathering: Gathering, record: Attendance | None, now: datetime | None = None
) -> list[tuple[Interval, int]]:
    """Each programme block that gives credit with the participant's own minutes in it: the
    part of its real interval between arrival and departure, in whole minutes that sum to
    ``attended_minutes``. Without an arrival or a departure every block counts in full (a number
    of minutes given instead is a total only: it says nothing about which blocks)."""
    if record is None or record.status == "absent":
        return []
    rows = credit_intervals(gathering, now)
    if record.arrived is None and record.left is None:
        return [(row, row.minutes) for row in rows]
    arrived, left = presence(gathering, record, now)
    shares = [credited_minutes(row, arrived, left) for row in rows]
    return list(zip(rows, apportion(shares), strict=True))


def participant_minutes(group: Group, gathering: Gathering, participant_id: str) -> int:
    if gathering.attendance is None:
        return 0
    return attended_minutes(gathering, gathering.attendance.get(participant_id))


def attendance_status(gathering: Gathering, participant_id: str) -> str | None:
    """ "present", "partial" or "absent" as every document shows it (None: attendance not
    taken). Someone recorded as there who attended no minute of what was held is absent: the
    CSV, the report and the certificate say the same."""
    if gathering.attendance is None:
        return None
    record = gathering.attendance.get(participant_id)
    if record is None or attended_minutes(gathering, record) <= 0:
        return "absent"
    if record.status == "partial" or record.arrived is not None or record.left is not None:
        return "partial"
    return "present"


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
