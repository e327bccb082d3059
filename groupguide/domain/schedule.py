"""Agenda clock times derived from a gathering's start and its blocks' minutes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from groupguide.domain.model import Block, Gathering
from groupguide.domain.values import minutes_of, time_of

NON_PROGRAMME_ACTIVITIES = frozenset({"break"})


@dataclass(frozen=True)
class ScheduledBlock:
    block: Block
    start_minute: int  # minutes after midnight
    end_minute: int
    clash_minutes: int = 0  # a pinned block starts this much before the previous one ends
    gap_minutes: int = 0  # idle time before a pinned block

    @property
    def start(self) -> time:
        return time_of(self.start_minute)

    @property
    def end(self) -> time:
        return time_of(self.end_minute)

    @property
    def clashes(self) -> bool:
        return self.clash_minutes > 0


def schedule(gathering: Gathering, use_held: bool = False) -> list[ScheduledBlock]:
    """Clock times for every block. A pinned block starts at its pinned time; when that is before
    the previous block ends, the clash is reported, never silently resolved."""
    cursor = minutes_of(gathering.start)
    result: list[ScheduledBlock] = []
    for block in gathering.blocks:
        length = block.held_minutes if use_held and block.held else block.minutes
        clash = gap = 0
        if block.pinned is not None:
            pinned = minutes_of(block.pinned)
            if pinned < cursor:
                clash = cursor - pinned
            else:
                gap = pinned - cursor
            begin = pinned
        else:
            begin = cursor
        end = begin + max(0, length)
        result.append(ScheduledBlock(block, begin, end, clash, gap))
        cursor = max(cursor, end)
    return result


def planned_end_minute(gathering: Gathering) -> int:
    rows = schedule(gathering)
    return max((r.end_minute for r in rows), default=minutes_of(gathering.start))


def overrun_minutes(gathering: Gathering) -> int:
    """Minutes the agenda runs past the gathering's planned end (0 when no end is set)."""
    if gathering.end is None:
        return 0
    return max(0, planned_end_minute(gathering) - minutes_of(gathering.end))


def is_programme(block: Block) -> bool:
    return block.activity not in NON_PROGRAMME_ACTIVITIES


def programme_minutes(gathering: Gathering) -> int:
    """Planned minutes of learning activity (breaks and meals excluded)."""
    return sum(b.minutes for b in gathering.blocks if is_programme(b))


def held_programme_minutes(gathering: Gathering) -> int:
    return sum(b.held_minutes or 0 for b in gathering.blocks if is_programme(b) and b.held)


def clashes(gathering: Gathering) -> list[ScheduledBlock]:
    return [row for row in schedule(gathering) if row.clashes]
