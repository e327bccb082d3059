"""The day as it was actually held: real clock intervals for the held blocks, and clock times
(an arrival, a departure) placed on that day.

A held block keeps when it began and ended (``Block.held_start``/``held_end``: run mode's clock,
or recorded afterwards). A block recorded with held minutes only (an older file, a plan written by
hand) is taken to have begun when the block held before it ended, the first at the gathering's
actual start: a skipped block takes no time and a pin is a plan, not a record, so no gap is
invented. The day begins at ``Gathering.held_start`` on ``held_date`` when recorded, else at the
first recorded block start, else as planned.

A clock time typed for an arrival or a departure ("00:30") is placed on the day as held: within
the 24 hours that begin ``SLACK_BEFORE`` before the day's start, so that a day that began 22:40
puts 00:30 after midnight, and 09:40 on the next morning (after the day), never before it.

Pure: no I/O, no clock of its own (``now`` comes in).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from groupguide.domain.model import Attendance, Block, Gathering
from groupguide.domain.schedule import is_programme, schedule

SLACK_BEFORE = timedelta(hours=6)  # an early arrival before the start still belongs to the day
HALF_DAY = timedelta(hours=12)
UNDATED = date(2000, 1, 1)  # arithmetic only, for a gathering with no date at all


@dataclass(frozen=True)
class Interval:
    """One block on the day: from ``start`` to ``end``, worth ``minutes`` (held minutes, or the
    planned ones before anything is held). ``recorded``: the times were recorded, not derived."""

    block: Block
    start: datetime
    end: datetime
    minutes: int
    recorded: bool = True

    @property
    def programme(self) -> bool:
        return is_programme(self.block)

    @property
    def wall_minutes(self) -> float:
        return (self.end - self.start).total_seconds() / 60


def _combine(day: date | None, clock: time) -> datetime:
    return datetime.combine(day or UNDATED, clock)


def started(gathering: Gathering) -> bool:
    """The day has an actual start (run mode started it, or it was recorded)."""
    return gathering.held_start is not None or any(b.held_start for b in gathering.blocks)


def day_start(gathering: Gathering, now: datetime | None = None) -> datetime:
    """When the gathering began: its recorded start, else the first recorded block start, else
    the planned start — or ``now`` when that is later on the same day (a day about to begin
    late: check-in before the clock starts)."""
    if gathering.held_start is not None:
        return _combine(gathering.day, gathering.held_start)
    recorded = [b.held_start for b in gathering.blocks if b.held_start is not None]
    if recorded:
        return min(recorded)
    planned = _combine(gathering.day, gathering.start)
    if now is not None and now.date() == planned.date() and now > planned:
        return now.replace(second=0, microsecond=0)
    return planned


def place(gathering: Gathering, clock: time, now: datetime | None = None) -> datetime:
    """The moment a clock time names on the day as held (see the module's note)."""
    anchor = day_start(gathering, now)
    moment = datetime.combine(anchor.date(), clock)
    if moment < anchor - SLACK_BEFORE:
        moment += timedelta(days=1)
    elif moment >= anchor - SLACK_BEFORE + timedelta(days=1):
        moment -= timedelta(days=1)
    return moment


def nearest(anchor: datetime, clock: time) -> datetime:
    """The moment with this clock time nearest to ``anchor`` (within half a day either way):
    times recorded one after another, where 00:20 after 23:50 is the next date."""
    moment = datetime.combine(anchor.date(), clock)
    if moment < anchor - HALF_DAY:
        moment += timedelta(days=1)
    elif moment >= anchor + HALF_DAY:
        moment -= timedelta(days=1)
    return moment


def held_moment(gathering: Gathering, previous: datetime | None, clock: time) -> datetime:
    """Where a plan file's clock time for a block's start or end lies: the first one at the
    gathering's recorded start (or on its day when no start is recorded), every later one at
    the moment nearest the time before it — so a day past midnight goes on into the next date.
    ``plans`` reads with it and ``plan_writer`` writes a clock time only where it reads back
    the same moment."""
    if previous is not None:
        return nearest(previous, clock)
    if gathering.held_start is not None:
        return nearest(day_start(gathering), clock)
    return datetime.combine(gathering.day or UNDATED, clock)


def any_held(gathering: Gathering) -> bool:
    return any(b.held for b in gathering.blocks)


def held_intervals(gathering: Gathering) -> list[Interval]:
    """Every held block (breaks too) with its real interval, in agenda order."""
    cursor = day_start(gathering)
    result: list[Interval] = []
    for block in gathering.blocks:
        if not block.held:
            continue
        minutes = max(0, block.held_minutes or 0)
        if block.held_start is not None:
            start = block.held_start
            end = block.held_end or start + timedelta(minutes=minutes)
            end = max(end, start)
            recorded = True
        else:
            start, end, recorded = cursor, cursor + timedelta(minutes=minutes), False
        result.append(Interval(block, start, end, minutes, recorded))
        cursor = max(cursor, end)
    return result


def expected_intervals(gathering: Gathering, now: datetime | None = None) -> list[Interval]:
    """The planned agenda moved to the day's actual (or expected) start: before anything is
    held, what a participant present throughout would attend."""
    planned_start = _combine(gathering.day, gathering.start)
    shift = day_start(gathering, now) - planned_start
    base = datetime.combine(planned_start.date(), time(0, 0)) + shift
    return [
        Interval(
            row.block,
            base + timedelta(minutes=row.start_minute),
            base + timedelta(minutes=row.end_minute),
            row.block.minutes,
            recorded=False,
        )
        for row in schedule(gathering)
    ]


def credit_intervals(gathering: Gathering, now: datetime | None = None) -> list[Interval]:
    """The programme blocks that give credit: the held ones once any block is held, else the
    plan (a record of attendance without held blocks counts the plan)."""
    rows = held_intervals(gathering) if any_held(gathering) else expected_intervals(gathering, now)
    return [row for row in rows if row.programme]


def presence(
    gathering: Gathering, record: Attendance, now: datetime | None = None
) -> tuple[datetime | None, datetime | None]:
    """A participant's arrival and departure as moments on the day (None: from the start, to
    the end)."""
    arrived = place(gathering, record.arrived, now) if record.arrived is not None else None
    left = place(gathering, record.left, now) if record.left is not None else None
    return arrived, left


def overlap_minutes(row: Interval, arrived: datetime | None, left: datetime | None) -> float:
    """The wall-clock minutes of the block the participant was there for."""
    begin = max(row.start, arrived) if arrived is not None else row.start
    finish = min(row.end, left) if left is not None else row.end
    return max(0.0, (finish - begin).total_seconds() / 60)


def own_span(
    row: Interval, arrived: datetime | None, left: datetime | None
) -> tuple[datetime, datetime]:
    """The part of the block's real interval the participant was there for."""
    begin = max(row.start, arrived) if arrived is not None else row.start
    finish = min(row.end, left) if left is not None else row.end
    return begin, max(begin, finish)


def there_from_start(row: Interval, arrived: datetime | None, left: datetime | None) -> bool:
    """Present when the block began (and still there after): a presenter who came late did
    not present it."""
    return (arrived is None or arrived <= row.start) and (left is None or left > row.start)


def credited_minutes(row: Interval, arrived: datetime | None, left: datetime | None) -> float:
    """The block's minutes in proportion to the part of its real interval the participant was
    there for (a block paused halfway is worth its held minutes, not its wall-clock length)."""
    length = row.wall_minutes
    if length <= 0:
        inside = (arrived is None or arrived <= row.start) and (left is None or left > row.start)
        return float(row.minutes) if inside else 0.0
    return row.minutes * min(1.0, overlap_minutes(row, arrived, left) / length)


def was_there(row: Interval, arrived: datetime | None, left: datetime | None) -> bool:
    """There for at least half of the block (its goals count for the participant)."""
    if arrived is None and left is None:
        return True
    length = row.wall_minutes
    if length <= 0:
        return credited_minutes(row, arrived, left) > 0
    overlap = overlap_minutes(row, arrived, left)
    return overlap > 0 and overlap * 2 >= length


def day_end(gathering: Gathering) -> datetime | None:
    """When the day as held ended: the last held block's end (None before anything is held)."""
    rows = held_intervals(gathering)
    return max((row.end for row in rows), default=None)


def span_text(start: datetime, end: datetime | None) -> str:
    """ "13:41–15:10"; "22:40–01:10" across midnight; "13:41–" while the end is open."""
    head = start.strftime("%H:%M")
    return f"{head}–{end.strftime('%H:%M')}" if end is not None else f"{head}–"


def expected_end(gathering: Gathering, now: datetime | None = None) -> datetime:
    """When a day not yet over should end: its planned length from its actual (or expected)
    start, or later when the clock or the blocks held are already past that."""
    planned = expected_intervals(gathering, now)
    start = day_start(gathering, now)
    ends = [start] + [row.end for row in planned]
    if gathering.end is not None:
        shift = start - _combine(gathering.day, gathering.start)
        ends.append(_combine(gathering.day, gathering.end) + shift)
    held = day_end(gathering)
    if held is not None:
        ends.append(held)
    if now is not None:
        ends.append(now.replace(second=0, microsecond=0))
    return max(ends)


def outside_day(
    gathering: Gathering,
    which: str,
    clock: time,
    now: datetime | None = None,
    finished: bool = False,
) -> tuple[datetime, datetime | None] | None:
    """Check-in's rule for a typed arrival or departure: an arrival must be before the day's
    end (as held once it is ``finished``, else as expected: its planned length from its actual
    start, or the clock when the day runs later), a departure after its start. Returns the
    day's span (start, end) when ``clock`` lies outside it, else None."""
    start = day_start(gathering, now)
    end = day_end(gathering) if finished else expected_end(gathering, now)
    moment = place(gathering, clock, now)
    if which == "arrived" and end is not None and moment >= end:
        return start, end
    if which == "left" and moment <= start:
        return start, end
    return None
