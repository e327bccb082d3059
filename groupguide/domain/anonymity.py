"""The anonymity rules of the written evaluation (design.md §1). Pure.

- Results only after the evaluation is closed: while it is open, reading them at 3 answers and
  again at 4 would show exactly what the 4th person said. A closed evaluation takes no more
  answers, so its results can no longer change.
- Even closed, results only from the threshold up (default 3, never below 2); below it nothing but
  the count, topic wishes included.
- No more answers than participants present (the group's size while attendance is not taken);
  the leader may raise the limit deliberately, one answer at a time.
"""

from __future__ import annotations

from datetime import date

from groupguide.domain.attendance import present_ids
from groupguide.domain.model import Gathering, Group
from groupguide.domain.rules import MIN_ANONYMITY_THRESHOLD


def effective_threshold(threshold: int) -> int:
    return max(MIN_ANONYMITY_THRESHOLD, threshold)


def results_visible(closed: bool, count: int, threshold: int) -> bool:
    return closed and count >= effective_threshold(threshold)


def answer_limit(group: Group, gathering: Gathering) -> int:
    """The most answers the gathering's evaluation takes: the participants present, or the
    group's size while attendance is not taken (at least 1)."""
    return max(1, len(present_ids(group, gathering)))


def not_yet_held(gathering: Gathering, today: date) -> bool:
    """Nothing says the gathering has taken place: no block recorded as held, no attendance
    taken, and its date (if any) still ahead. Opening its evaluation then deserves a question
    (answers given now are about a day nobody has had)."""
    if any(block.held for block in gathering.blocks) or gathering.attendance is not None:
        return False
    day = gathering.day  # the day it was held, when it ran on another day than planned
    return day is None or day > today
