"""Recording a gathering afterwards (etterregistrering): the day it was held, when it began, and
for each block whether it was held (for how many minutes, from when) or skipped.

For a day run on paper, or to correct what run mode recorded (a block ended under half a minute,
minutes with the clock paused). Clock times are placed on the day as held: a block's start is
the first moment with that clock time from the end of the block before (so a day past midnight
goes on into the next date); a block that would begin before the block before it ends is refused.
Blocks whose record changes are marked ``recorded_afterwards``; a block left as run mode recorded
it keeps its record.

Pure: no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from groupguide.domain.model import Gathering
from groupguide.domain.problems import DomainError
from groupguide.domain.rules import MAX_BLOCK_MINUTES
from groupguide.domain.timeline import nearest


@dataclass
class HeldEntry:
    """One block as recorded: ``minutes`` None = skipped; ``start`` None = right after the block
    held before it (the first at the day's start); ``end`` None = start + minutes (a block
    recorded by run mode keeps its end, which a paused clock makes later than that)."""

    block_id: str
    minutes: int | None
    start: time | None = None
    end: time | None = None

    @property
    def held(self) -> bool:
        return self.minutes is not None


@dataclass
class DayRecord:
    day: date
    start: time
    entries: list[HeldEntry]


def current_record(gathering: Gathering, today: date) -> DayRecord:
    """What a gathering holds now, as a record to correct. A gathering not held yet starts
    with every block held as planned (the leader marks what was skipped)."""
    held_any = any(b.held for b in gathering.blocks)
    starts = [b.held_start for b in gathering.blocks if b.held_start is not None]
    day = gathering.held_date or (min(starts).date() if starts else None) or gathering.date
    start = gathering.held_start or (min(starts).time() if starts else gathering.start)
    entries = []
    for block in gathering.blocks:
        if block.held:
            entries.append(
                HeldEntry(
                    block.id,
                    block.held_minutes,
                    block.held_start.time() if block.held_start else None,
                    block.held_end.time() if block.held_end else None,
                )
            )
        else:
            entries.append(HeldEntry(block.id, None if held_any else block.minutes))
    return DayRecord(day or today, start, entries)


@dataclass(frozen=True)
class LaidOut:
    entry: HeldEntry
    start: datetime
    end: datetime


def lay_out(gathering: Gathering, record: DayRecord) -> list[LaidOut]:
    """The held entries with their moments, in agenda order. ``DomainError`` for minutes out of
    range or a block that begins before the one before it ends."""
    cursor = datetime.combine(record.day, record.start)
    titles = {b.id: b.title or b.activity for b in gathering.blocks}
    result = []
    for entry in record.entries:
        if entry.minutes is None:
            continue
        title = titles.get(entry.block_id, "?")
        if not 0 < entry.minutes <= MAX_BLOCK_MINUTES:
            raise DomainError("record.minutes", title=title, max=MAX_BLOCK_MINUTES)
        begin = nearest(cursor, entry.start) if entry.start is not None else cursor
        if begin < cursor:
            raise DomainError(
                "record.overlap" if result else "record.before_start",
                title=title,
                start=begin.strftime("%H:%M"),
                end=cursor.strftime("%H:%M"),
            )
        if entry.end is not None:
            end = datetime.combine(begin.date(), entry.end)
            if end < begin:
                end += timedelta(days=1)
        else:
            end = begin + timedelta(minutes=entry.minutes)
        result.append(LaidOut(entry, begin, end))
        cursor = end
    return result


def apply_record(gathering: Gathering, record: DayRecord) -> list[str]:
    """Write the record onto the gathering; returns the ids of the blocks whose record changed
    (now marked recorded afterwards when held). ``DomainError`` (see ``lay_out``); nothing is
    changed then."""
    laid = {row.entry.block_id: row for row in lay_out(gathering, record)}
    changed = []
    for block in gathering.blocks:
        row = laid.get(block.id)
        if row is None:
            if block.held:
                block.clear_held()
                changed.append(block.id)
            continue
        new = (row.entry.minutes, row.start, row.end)
        if (block.held_minutes, block.held_start, block.held_end) != new:
            block.held_minutes, block.held_start, block.held_end = new
            block.recorded_afterwards = True
            changed.append(block.id)
    gathering.held_date = record.day
    gathering.held_start = record.start
    return changed
