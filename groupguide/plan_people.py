"""Reading a plan file's people (``plans.read_plan``): the leader's notes about participants,
who attended each gathering, and a gathering's co-leaders and guest teachers."""

from __future__ import annotations

from datetime import date
from typing import Any

from groupguide.domain.model import Attendance
from groupguide.domain.people import TEACHER_ROLES, Participant, ParticipantNote, Teacher
from groupguide.domain.values import parse_time
from groupguide.plan_fields import Reader as _Reader

NOTE_KEYS = {"text", "shared", "date"}
TEACHER_KEYS = {"name", "role", "evaluation"}


def read_teachers(reader: _Reader, item: dict, where: str) -> list[Teacher]:
    """``teachers``: co-leaders and guest teachers (§2.1 "Kursledere"), each with a name, a role
    and their own evaluation of the gathering."""
    raw = item.get("teachers") or []
    if not isinstance(raw, list):
        reader.problem("plan.type.list", item, f"{where}.teachers", "teachers")
        return []
    found = []
    for ti, entry in enumerate(raw):
        twhere = f"{where}.teachers[{ti}]"
        if isinstance(entry, str):
            entry = {"name": entry}
        data = reader.mapping(entry, twhere, raw, ti, TEACHER_KEYS)
        if data is None:
            continue
        name = reader.text(data, "name", twhere, required=True, guard=True).strip()
        role = str(data.get("role", "co-leader"))
        if role not in TEACHER_ROLES:
            reader.problem(
                "plan.teacher_role",
                data,
                f"{twhere}.role",
                "role",
                role=role,
                roles=", ".join(TEACHER_ROLES),
            )
            role = "co-leader"
        evaluation = reader.text(data, "evaluation", twhere, guard=True)
        if name:
            found.append(Teacher(name, role, evaluation))
    return found


def read_oral_wishes(reader: _Reader, item: dict, where: str) -> list[str]:
    """``oral_wishes``: topic wishes noted from the oral evaluation round, one text each."""
    raw = item.get("oral_wishes") or []
    if not isinstance(raw, list):
        reader.problem("plan.type.list", item, f"{where}.oral_wishes", "oral_wishes")
        return []
    wishes = []
    for wi, text in enumerate(raw):
        if isinstance(text, (dict, list)) or text is None:
            reader.problem("plan.type.text", raw, f"{where}.oral_wishes[{wi}]", wi)
            continue
        reader.guard(str(text), raw, f"{where}.oral_wishes[{wi}]", wi)
        if str(text).strip():
            wishes.append(str(text).strip())
    return wishes


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
