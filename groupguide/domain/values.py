"""Plain values in the form the store writes them: a short random id for every stored thing, clock
times as "HH:MM", moments to the minute as ``2026-10-22T13:41``, and a time of day as minutes
since midnight.
"""

from __future__ import annotations

import uuid
from datetime import datetime, time
from typing import Any


def new_id() -> str:
    return uuid.uuid4().hex[:12]


def format_time(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def parse_time(value: Any) -> time | None:
    """ "9:00", "09:00", "0900" → time; None/"" → None; ValueError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, time):
        return value
    text = str(value).strip()
    if ":" in text:
        hours, _, minutes = text.partition(":")
    elif text.isdigit() and len(text) in (3, 4):
        hours, minutes = text[:-2], text[-2:]
    else:
        raise ValueError(text)
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ValueError(text)
    return time(int(hours), int(minutes))


def format_moment(value: datetime | None) -> str | None:
    """A moment to the minute, as stored: ``2026-10-22T13:41``."""
    return value.strftime("%Y-%m-%dT%H:%M") if value is not None else None


def parse_moment(value: Any) -> datetime | None:
    """ "2026-10-22T13:41" (or a ``datetime``) → datetime to the minute; None/"" → None;
    ValueError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        moment = datetime.fromisoformat(str(value).strip())
    return moment.replace(second=0, microsecond=0, tzinfo=None)


def minutes_of(value: time) -> int:
    return value.hour * 60 + value.minute


def time_of(minutes: int) -> time:
    minutes = max(0, min(minutes, 24 * 60 - 1))
    return time(minutes // 60, minutes % 60)
