"""Reading a plan file's participants (``plans.read_plan``): the leader's notes about them and
who attended each gathering."""

from __future__ import annotations

from datetime import date
from typing import Any

from groupguide.domain.model import Attendance, Participant, ParticipantNote, parse_time
from groupguide.plan_fields import Reader as _Reader

NOTE_KEYS = {"text", "shared", "date"}


def read_notes(reader: _Reader, item: dict, where: str) -> list[ParticipantNote]:
    raw = item.get("notes") or []
    if not isinstance(raw, list):
        reader.problem("plan.type.list", item, f"{where}.notes", "notes")
        return []
    notes = []
    for ni, entry in enumerate(raw):
        nwhere = f"{where}.notes[{ni}]"
        if isinstance(entry, str):
            entry = {"text": entry}
        note = reader.mapping(entry, nwhere, raw, ni, NOTE_KEYS)
        if note is None:
            continue
        when = note.get("date")
        if when is not None and not isinstance(when, date):
            reader.problem("plan.date", note, f"{nwhere}.date", "date", value=when)
            when = None
        notes.append(
            ParticipantNote(
                text=reader.text(note, "text", nwhere, required=True, guard=True),
                shared=bool(note.get("shared", False)),
                date=when,
            )
        )
    return notes


def read_attendance(
    reader: _Reader, item: dict, where: str, by_name: dict[str, Participant]
) -> dict[str, Attendance]:
    raw = item["attendance"]
    result: dict[str, Attendance] = {}
    if not isinstance(raw, dict):
        reader.problem("plan.type.mapping", item, f"{where}.attendance", "attendance")
        return result
    for name, value in raw.items():
        field_name = f"{where}.attendance.{name}"
        person = by_name.get(str(name).casefold())
        if person is None:
            reader.problem("plan.unknown_participant", raw, field_name, name, name=name)
            continue
        record = _attendance_value(value)
        if record is None:
            reader.problem("domain.attendance.status", raw, field_name, name, status=value)
            continue
        result[person.id] = record
    return result


def _attendance_value(value: Any) -> Attendance | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Attendance("partial", minutes=value) if value >= 0 else None
    if isinstance(value, str) and value in ("present", "absent"):
        return Attendance(value)
    if isinstance(value, dict):
        try:
            return Attendance(
                status=str(value.get("status", "present")),
                minutes=value.get("minutes"),
                arrived=parse_time(value.get("arrived")),
                left=parse_time(value.get("left")),
            )
        except (ValueError, TypeError):
            return None
    return None
