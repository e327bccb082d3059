"""The group document's schema versions and the steps between them.

``MIGRATIONS[v]`` turns a group document of schema v into one of schema v + 1; the store runs
them in order on a file older than ``CURRENT_SCHEMA`` (keeping the old file in the backup) and
writes the result back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CURRENT_SCHEMA = 2
FIRST_SCHEMA = 1  # a group file without a "meta" table is read as this version


def _real_times(document: dict[str, Any]) -> dict[str, Any]:
    """1 → 2: gatherings keep the day and clock time they were actually held, blocks their
    actual start and end and whether they were recorded afterwards. Schema-1 files knew only
    held minutes: nothing is invented, the new fields start empty (a held block without times is
    laid out after the one held before it, as it was printed before)."""
    for gathering in document.get("gatherings") or []:
        if not isinstance(gathering, dict):
            continue
        gathering.setdefault("held_date", None)
        gathering.setdefault("held_start", None)
        for block in gathering.get("blocks") or []:
            if isinstance(block, dict):
                block.setdefault("held_start", None)
                block.setdefault("held_end", None)
                block.setdefault("recorded_afterwards", False)
    return document


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _real_times}
