"""Writing plan files (see sessions/SCHEMA.md): ``plan_to_dict``/``dump_plan`` turn a group into
the portable YAML that ``plans.read_plan`` reads back losslessly, and ``merge_imported`` updates a
stored group from a re-imported plan without duplicating anything."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from groupguide.domain.model import Attendance, Block, Gathering, Group
from groupguide.domain.people import ParticipantNote, Teacher
from groupguide.domain.timeline import held_moment
from groupguide.domain.values import format_moment, format_time
from groupguide.plan_supervision import criteria_list, participant_extra
from groupguide.yamlsource import dump_yaml


def plan_to_dict(group: Group, include_notes: bool = True) -> dict[str, Any]:
    names = {p.id: p.name for p in group.participants}
    head: dict[str, Any] = {
        "name": group.name,
        "term": group.term,
        "facilitator": group.facilitator,
    }
    if group.organiser:
        head["organiser"] = group.organiser
    if group.track != "LIS1":
        head["track"] = group.track
    if group.archived:
        head["archived"] = True
    result: dict[str, Any] = {"group": head, "participants": [], "gatherings": []}
    for person in group.participants:
        entry: dict[str, Any] = {"name": person.name}
        for key in ("email", "workplace", "municipality", "supervisor"):
            if getattr(person, key):
                entry[key] = getattr(person, key)
        if person.track != group.track:
            entry["track"] = person.track
        if include_notes and person.notes:
            entry["notes"] = [_note_dict(n) for n in person.notes]
        entry.update(participant_extra(person, include_notes))
        result["participants"].append(entry)
    for gathering in group.gatherings:
        item: dict[str, Any] = {"title": gathering.title}
        if gathering.date:
            item["date"] = gathering.date
        item["start"] = format_time(gathering.start)
        if gathering.end:
            item["end"] = format_time(gathering.end)
        if gathering.location:
            item["location"] = gathering.location
        if gathering.held_date:
            item["held_date"] = gathering.held_date
        if gathering.held_start:
            item["held_start"] = format_time(gathering.held_start)
        moments = _HeldMoments(gathering)
        item["blocks"] = [_block_dict(b, names, include_notes, moments) for b in gathering.blocks]
        if gathering.attendance is not None:
            item["attendance"] = {
                names[pid]: _attendance_out(rec)
                for pid, rec in gathering.attendance.items()
                if pid in names
            }
        if gathering.teachers:
            item["teachers"] = [_teacher_dict(x, include_notes) for x in gathering.teachers]
        if include_notes:
            for key in ("leader_evaluation", "oral_round_notes"):
                if getattr(gathering, key):
                    item[key] = getattr(gathering, key)
            if gathering.oral_wishes:
                item["oral_wishes"] = list(gathering.oral_wishes)
        result["gatherings"].append(item)
    if group.criteria:
        result["criteria"] = criteria_list(group)
    if group.pair_history:
        result["pair_history"] = [
            [names[i] for i in unit if i in names] for unit in group.pair_history
        ]
    if group.measures:
        result["measures"] = [m.to_dict() for m in group.measures]
    return result


def _note_dict(note: ParticipantNote) -> dict[str, Any]:
    out: dict[str, Any] = {"text": note.text}
    if note.shared:
        out["shared"] = True
    if note.date:
        out["date"] = note.date
    return out


class _HeldMoments:
    """Blocks' real times as a person writes them: "13:41" where that reads back as the same
    moment (``timeline.held_moment``), else date and time ("2026-10-23T00:30")."""

    def __init__(self, gathering: Gathering) -> None:
        self.gathering = gathering
        self.previous: datetime | None = None

    def text(self, moment: datetime) -> str:
        clock = moment.time()
        short = self.gathering.day is not None and (
            held_moment(self.gathering, self.previous, clock) == moment
        )
        self.previous = moment
        return format_time(clock) if short else format_moment(moment)


def _block_dict(
    block: Block, names: dict[str, str], include_notes: bool, moments: _HeldMoments
) -> dict[str, Any]:
    out: dict[str, Any] = {"activity": block.activity}
    if block.title:
        out["title"] = block.title
    out["minutes"] = block.minutes
    if block.goals:
        out["goals"] = list(block.goals)
    presenters = [names[p] for p in block.presenters if p in names]
    if len(presenters) == 1:
        out["presenter"] = presenters[0]
    elif presenters:
        out["presenters"] = presenters
    if block.pinned:
        out["pinned"] = format_time(block.pinned)
    if block.held_minutes is not None:
        out["held_minutes"] = block.held_minutes
    for key in ("held_start", "held_end"):
        moment = getattr(block, key)
        if moment is not None:
            out[key] = moments.text(moment)
    if block.recorded_afterwards:
        out["recorded_afterwards"] = True
    if block.measures:
        out["measures"] = list(block.measures)
    if block.audit:
        out["audit"] = [r.to_dict() for r in block.audit]
    if include_notes and block.notes:
        out["notes"] = block.notes
    return out


def _attendance_out(record: Attendance) -> Any:
    if record.arrived is None and record.left is None:
        if record.status in ("present", "absent") and record.minutes is None:
            return record.status
        if record.status == "partial" and record.minutes is not None:
            return record.minutes
    out: dict[str, Any] = {"status": record.status}
    if record.minutes is not None:
        out["minutes"] = record.minutes
    if record.arrived:
        out["arrived"] = format_time(record.arrived)
    if record.left:
        out["left"] = format_time(record.left)
    return out


def _teacher_dict(teacher: Teacher, include_notes: bool) -> dict[str, Any]:
    """A co-leader or guest teacher; their evaluation is a confidential note."""
    entry: dict[str, Any] = {"name": teacher.name, "role": teacher.role}
    if include_notes and teacher.evaluation:
        entry["evaluation"] = teacher.evaluation
    return entry


def dump_plan(group: Group, include_notes: bool = True) -> str:
    return dump_yaml(plan_to_dict(group, include_notes))


def merge_imported(existing: Group, imported: Group) -> Group:
    """Update ``existing`` from a re-imported plan without duplicating anything: the group keeps its
    id, participants keep theirs (matched by name), gatherings keep theirs (matched by title and
    date, else position) and blocks keep theirs (matched by position and activity)."""
    old_people = {p.name.casefold(): p for p in existing.participants}
    remap: dict[str, str] = {}
    for person in imported.participants:
        old = old_people.get(person.name.casefold())
        if old is not None:
            remap[person.id] = old.id
            person.id = old.id
    for gathering in imported.gatherings:
        if gathering.attendance:
            gathering.attendance = {remap.get(k, k): v for k, v in gathering.attendance.items()}
        for block in gathering.blocks:
            block.presenters = [remap.get(p, p) for p in block.presenters]
    imported.pair_history = [[remap.get(i, i) for i in unit] for unit in imported.pair_history]
    by_key = {(g.title, g.date): g for g in existing.gatherings}
    for index, gathering in enumerate(imported.gatherings):
        old = by_key.get((gathering.title, gathering.date))
        if old is None and index < len(existing.gatherings):
            old = existing.gatherings[index]
        if old is None:
            continue
        gathering.id = old.id
        for block, old_block in zip(gathering.blocks, old.blocks, strict=False):
            if block.activity == old_block.activity:
                block.id = old_block.id
    imported.id = existing.id
    return imported
