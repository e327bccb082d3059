"""Planning operations on a group's half-year: gatherings, blocks and templates (participants:
``participants.py``).

Pure: no Textual, no I/O. Every operation changes the ``Group`` (or ``Gathering``) in place and
returns what the caller needs to show it or to undo it. A delete returns a record whose
``restore(group)`` puts back exactly what was removed, references included, so a front door can
offer "undo the last delete" (``UndoSlot``).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from datetime import date, time, timedelta

from groupguide.domain.activities import Activity
from groupguide.domain.credit import is_held
from groupguide.domain.goals import GoalCatalogue
from groupguide.domain.model import Block, Gathering, Group
from groupguide.domain.participants import RemovedParticipant
from groupguide.domain.schedule import (
    clashes,
    is_programme,
    planned_end_minute,
    programme_minutes,
    schedule,
)
from groupguide.domain.term import term_span
from groupguide.domain.values import minutes_of, time_of

WISH_ACTIVITY = "open-topic"
DEFAULT_GAP_DAYS = 28  # a new gathering is suggested four weeks after the last one


# -- values typed by the user -------------------------------------------------------------------


def parse_date(text: str) -> date | None:
    """ "16.09.2026", "16.9.2026", "16.9.26", "2026-09-16" → date; "" → None; ValueError else."""
    text = text.strip()
    if not text:
        return None
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if iso:
        year, month, day = (int(x) for x in iso.groups())
        return date(year, month, day)
    nordic = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})", text)
    if nordic:
        day, month, year = (int(x) for x in nordic.groups())
        if year < 100:
            year += 2000
        return date(year, month, day)
    raise ValueError(text)


# -- gatherings ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class GatheringDefaults:
    date: date | None
    start: time
    end: time | None
    location: str


def suggest_next(group: Group, today: date | None = None) -> GatheringDefaults:
    """Sensible values for a new gathering: the last gathering's times and place, four weeks after
    its date; when nothing is dated, four weeks after today, or after the first day of the
    group's half-year when its term names one that has not begun ("2027 vår")."""
    last = group.gatherings[-1] if group.gatherings else None
    dated = [g.date for g in group.gatherings if g.date]
    span = term_span(group.term)
    base = max(dated) if dated else today
    if not dated and span is not None and (today is None or span[0] > today):
        base = span[0]
    when = base + timedelta(days=DEFAULT_GAP_DAYS) if base else None
    if last is None:
        return GatheringDefaults(when, time(9, 0), time(15, 30), "")
    return GatheringDefaults(when, last.start, last.end, last.location)


def add_gathering(group: Group, gathering: Gathering) -> Gathering:
    """Add a gathering at its place in time (undated ones go last)."""
    group.gatherings.append(gathering)
    sort_by_date(group)
    return gathering


def sort_by_date(group: Group) -> None:
    """Dated gatherings in time order; undated ones keep their order after them."""
    group.gatherings.sort(key=lambda g: (g.date is None, g.date or date.min))


def fresh_copy(
    gathering: Gathering,
    title: str | None = None,
    *,
    keep_presenters: bool = False,
    keep_notes: bool = True,
) -> Gathering:
    """A new, not yet held gathering with the same agenda: new ids, no date, no attendance, no
    held minutes and no evaluations."""
    result = Gathering(
        title=gathering.title if title is None else title,
        date=None,
        start=gathering.start,
        end=gathering.end,
        location=gathering.location,
    )
    for block in gathering.blocks:
        result.blocks.append(
            Block(
                activity=block.activity,
                title=block.title,
                minutes=block.minutes,
                goals=list(block.goals),
                presenters=list(block.presenters) if keep_presenters else [],
                notes=block.notes if keep_notes else "",
                pinned=block.pinned,
            )
        )
    return result


def duplicate_gathering(group: Group, gathering_id: str, title: str) -> Gathering:
    """A copy of the gathering placed right after it, without a date (presenters are cleared:
    the same case is rarely presented twice)."""
    original = group.gathering(gathering_id)
    if original is None:
        raise KeyError(gathering_id)
    duplicate = fresh_copy(original, title)
    group.gatherings.insert(group.gatherings.index(original) + 1, duplicate)
    return duplicate


def gathering_from_template(
    template: Gathering, title: str | None = None, defaults: GatheringDefaults | None = None
) -> Gathering:
    """A new gathering from a template (a gathering of any plan file): the agenda with its goals,
    pins and minutes; no presenters (they belong to another group), no notes (they may be about
    that group's cases), nothing held."""
    result = fresh_copy(template, title, keep_presenters=False, keep_notes=False)
    if defaults is not None:
        result.date = defaults.date
        result.location = result.location or defaults.location
    return result


def move_gathering(group: Group, gathering_id: str, offset: int) -> bool:
    """Move a gathering ``offset`` places earlier (<0) or later (>0) in the term. When both it and
    the one it passes have dates, they swap dates, so the timeline stays in time order."""
    gathering = group.gathering(gathering_id)
    if gathering is None:
        raise KeyError(gathering_id)
    index = group.gatherings.index(gathering)
    target = index + offset
    if offset == 0 or not 0 <= target < len(group.gatherings):
        return False
    step = 1 if offset > 0 else -1
    while index != target:
        other = group.gatherings[index + step]
        if gathering.date and other.date:
            gathering.date, other.date = other.date, gathering.date
        group.gatherings[index], group.gatherings[index + step] = other, gathering
        index += step
    return True


@dataclass
class RemovedGathering:
    index: int
    gathering: Gathering

    @property
    def label(self) -> str:
        return self.gathering.title

    def restore(self, group: Group) -> bool:
        if group.gathering(self.gathering.id) is not None:
            return False
        group.gatherings.insert(min(self.index, len(group.gatherings)), self.gathering)
        return True


def delete_gathering(group: Group, gathering_id: str) -> RemovedGathering:
    gathering = group.gathering(gathering_id)
    if gathering is None:
        raise KeyError(gathering_id)
    removed = RemovedGathering(group.gatherings.index(gathering), gathering)
    group.gatherings.remove(gathering)
    return removed


def progress(gathering: Gathering, today: date, finished: bool = False) -> str:
    """ "planned", "started" (attendance or some blocks recorded, more to come) or "held" (every
    programme block recorded, a day recorded afterwards, a day ``finished`` — run mode went
    through every block, held or skipped — or a past day with records)."""
    if not is_held(gathering):
        return "planned"
    if finished or any(b.recorded_afterwards for b in gathering.blocks):
        return "held"  # every block was either held or skipped
    programme = [b for b in gathering.blocks if is_programme(b)]
    if programme and all(b.held for b in programme):
        return "held"
    if gathering.day is not None and gathering.day < today:
        return "held"
    return "started"


# -- blocks -------------------------------------------------------------------------------------


def block_from_activity(activity: Activity, title: str | None = None) -> Block:
    """A block with the activity's default minutes and no goals: the goals a block claims are
    the leader's decision (``suggested_goals`` offers the activity's, to confirm)."""
    return Block(
        activity=activity.id,
        title=activity.title if title is None else title,
        minutes=activity.minutes,
    )


def suggested_goals(activity: Activity, goals: GoalCatalogue | None = None) -> list[str]:
    """The activity's suggested goals, to offer pre-selected (canonical codes when a catalogue
    is given; unknown codes are left out)."""
    codes = list(activity.suggested_goals)
    if goals is not None:
        codes = [goals.canonical(c) for c in codes if goals.canonical(c)]
    return _unique(codes)


def add_block(gathering: Gathering, block: Block, after_id: str | None = None) -> Block:
    """Insert ``block`` after the block ``after_id`` (at the end when None or unknown)."""
    index = len(gathering.blocks)
    for i, existing in enumerate(gathering.blocks):
        if existing.id == after_id:
            index = i + 1
    gathering.blocks.insert(index, block)
    return block


def move_block(gathering: Gathering, block_id: str, offset: int) -> bool:
    block = gathering.block(block_id)
    if block is None:
        raise KeyError(block_id)
    index = gathering.blocks.index(block)
    target = index + offset
    if offset == 0 or not 0 <= target < len(gathering.blocks):
        return False
    gathering.blocks.insert(target, gathering.blocks.pop(index))
    return True


@dataclass
class RemovedBlock:
    gathering_id: str
    index: int
    block: Block

    @property
    def label(self) -> str:
        return self.block.title or self.block.activity

    def restore(self, group: Group) -> bool:
        gathering = group.gathering(self.gathering_id)
        if gathering is None or gathering.block(self.block.id) is not None:
            return False
        gathering.blocks.insert(min(self.index, len(gathering.blocks)), self.block)
        return True


def delete_block(gathering: Gathering, block_id: str) -> RemovedBlock:
    block = gathering.block(block_id)
    if block is None:
        raise KeyError(block_id)
    removed = RemovedBlock(gathering.id, gathering.blocks.index(block), block)
    gathering.blocks.remove(block)
    return removed


def toggle_pin(gathering: Gathering, block_id: str) -> time | None:
    """Pin a block to the clock time it has now, or unpin a pinned one. Returns the new pin."""
    block = gathering.block(block_id)
    if block is None:
        raise KeyError(block_id)
    if block.pinned is not None:
        block.pinned = None
        return None
    row = next(r for r in schedule(gathering) if r.block is block)
    block.pinned = row.start
    return block.pinned


def set_goals(block: Block, codes: list[str], goals: GoalCatalogue | None = None) -> None:
    """The block's goals, canonical and without repeats, in the order given."""
    if goals is not None:
        codes = [goals.canonical(c) or c for c in codes]
    block.goals = _unique(codes)


def wish_block(text: str, minutes: int = 30) -> Block:
    """An open-topic block that carries a participant's topic wish into a gathering."""
    title = " ".join(text.split())
    return Block(activity=WISH_ACTIVITY, title=title, minutes=minutes)


def _unique(codes: list[str]) -> list[str]:
    return list(dict.fromkeys(codes))


# -- what a gathering and a term add up to ------------------------------------------------------


@dataclass(frozen=True)
class GatheringSummary:
    programme_minutes: int  # learning activity (breaks excluded)
    total_minutes: int  # from start to the end of the last block
    planned_end: time
    end: time | None
    overrun_minutes: int
    clash_count: int


def summarise(gathering: Gathering) -> GatheringSummary:
    end_minute = planned_end_minute(gathering)
    overrun = 0
    if gathering.end is not None:
        overrun = max(0, end_minute - minutes_of(gathering.end))
    return GatheringSummary(
        programme_minutes=programme_minutes(gathering),
        total_minutes=end_minute - minutes_of(gathering.start),
        planned_end=time_of(end_minute),
        end=gathering.end,
        overrun_minutes=overrun,
        clash_count=len(clashes(gathering)),
    )


# -- undo ---------------------------------------------------------------------------------------

Removal = RemovedParticipant | RemovedGathering | RemovedBlock


class UndoSlot:
    """Holds every delete in one group so they can be undone, newest first, while the app runs."""

    def __init__(self, group_id: str) -> None:
        self.group_id = group_id
        self._removals: list[Removal] = []

    def push(self, removal: Removal) -> None:
        self._removals.append(copy.deepcopy(removal))

    @property
    def ready(self) -> bool:
        return bool(self._removals)

    def undo(self, group: Group) -> Removal | None:
        """Put the newest removal back into ``group``; the removal, or None when nothing could be
        restored (another group, nothing left, or what it belonged to is gone)."""
        if group.id != self.group_id or not self._removals:
            return None
        removal = self._removals.pop()
        if not removal.restore(group):
            return None
        return removal
