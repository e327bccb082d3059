"""Reading a plan file's blocks (``plans.read_plan``): the agenda item itself, who presents, the
clock times it was held, and an audit's measures and kept distribution."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from groupguide.domain.audit import MAX_FIGURE, AuditMeasure, AuditResult
from groupguide.domain.goals import GoalCatalogue
from groupguide.domain.model import Block, Gathering
from groupguide.domain.people import Participant
from groupguide.domain.timeline import held_moment
from groupguide.domain.values import parse_moment, parse_time
from groupguide.plan_fields import Reader as _Reader

BLOCK_KEYS = {
    "activity",
    "title",
    "minutes",
    "goals",
    "presenter",
    "presenters",
    "notes",
    "pinned",
    "held_minutes",
    "held_start",
    "held_end",
    "recorded_afterwards",
    "measures",
    "audit",
}
MEASURE_KEYS = {"id", "title", "unit", "title_en", "unit_en", "maximum", "goals"}
AUDIT_KEYS = {"measure", "label", "label_en", "count", "median_range", "bins"}


class HeldClock:
    """Reads blocks' ``held_start``/``held_end`` (see ``held_moment``)."""

    def __init__(self, gathering: Gathering) -> None:
        self.gathering = gathering
        self.cursor: datetime | None = None

    def read(self, reader: _Reader, item: dict, where: str, block: Block) -> None:
        for key in ("held_start", "held_end"):
            if item.get(key) is None:
                continue
            moment = self._moment(reader, item, key, where)
            if moment is not None:
                setattr(block, key, moment)
                self.cursor = moment

    def _moment(self, reader: _Reader, item: dict, key: str, where: str) -> datetime | None:
        raw = item[key]
        if isinstance(raw, datetime):
            return parse_moment(raw)
        text = str(raw).strip()
        try:
            if len(text) > 5:
                return parse_moment(text.replace(" ", "T", 1))
            clock = parse_time(text)
        except ValueError:
            reader.problem("plan.moment", item, f"{where}.{key}", key, value=raw)
            return None
        if clock is None:
            return None
        if self.gathering.day is None:
            reader.problem("plan.moment_undated", item, f"{where}.{key}", key)
            return None
        return held_moment(self.gathering, self.cursor, clock)


def read_block(
    reader: _Reader,
    raw: Any,
    where: str,
    container: list,
    index: int,
    by_name: dict[str, Participant],
    goals: GoalCatalogue,
) -> Block | None:
    item = reader.mapping(raw, where, container, index, BLOCK_KEYS)
    if item is None:
        return None
    activity = reader.text(item, "activity", where, required=True)
    block = Block(
        activity=activity,
        title=reader.text(item, "title", where, guard=True),
        minutes=reader.integer(item, "minutes", where, 30) or 0,
        notes=reader.text(item, "notes", where, guard=True),
        held_minutes=reader.integer(item, "held_minutes", where, None),
        recorded_afterwards=bool(item.get("recorded_afterwards", False)),
    )
    raw_goals = item.get("goals") or []
    if isinstance(raw_goals, str):
        raw_goals = [raw_goals]
    if not isinstance(raw_goals, list):
        reader.problem("plan.type.list", item, f"{where}.goals", "goals")
        raw_goals = []
    block.goals = [goals.canonical(str(c)) or str(c) for c in raw_goals]
    if item.get("pinned") is not None:
        try:
            block.pinned = parse_time(item["pinned"])
        except ValueError:
            reader.problem("plan.time", item, f"{where}.pinned", "pinned", value=item["pinned"])
    block.presenters = _read_presenters(reader, item, where, by_name)
    block.measures = _read_measure_ids(reader, item, where)
    block.audit = _read_audit(reader, item, where)
    return block


def _read_presenters(
    reader: _Reader, item: dict, where: str, by_name: dict[str, Participant]
) -> list[str]:
    """``presenter: Kari Nordmann`` or ``presenters: [Kari Nordmann, Ola Hansen]``, by name."""
    names: list[tuple[str, Any, Any, str]] = []  # (name, container, key, field)
    single = reader.text(item, "presenter", where).strip()
    if single:
        names.append((single, item, "presenter", f"{where}.presenter"))
    raw = item.get("presenters")
    if isinstance(raw, str):
        raw = [raw]
    if raw is not None and not isinstance(raw, list):
        reader.problem("plan.type.list", item, f"{where}.presenters", "presenters")
        raw = []
    for pi, name in enumerate(raw or []):
        if isinstance(name, str) and name.strip():
            names.append((name.strip(), raw, pi, f"{where}.presenters[{pi}]"))
    ids = []
    for name, container, key, field_name in names:
        person = by_name.get(name.casefold())
        if person is None:
            reader.problem("plan.unknown_participant", container, field_name, key, name=name)
        else:
            ids.append(person.id)
    return ids


def read_measures(reader: _Reader, data: dict) -> list[AuditMeasure]:
    """The group's own audit measures (top-level ``measures``)."""
    raw = data.get("measures")
    if raw is None:
        return []
    if not isinstance(raw, list):
        reader.problem("plan.type.list", data, "measures", "measures")
        return []
    measures: list[AuditMeasure] = []
    for mi, entry in enumerate(raw):
        where = f"measures[{mi}]"
        item = reader.mapping(entry, where, raw, mi, MEASURE_KEYS)
        if item is None:
            continue
        measure_id = reader.text(item, "id", where, required=True).strip()
        title = reader.text(item, "title", where, required=True, guard=True).strip()
        maximum = item.get("maximum", MAX_FIGURE)
        if isinstance(maximum, bool) or not isinstance(maximum, (int, float)) or maximum <= 0:
            reader.problem(
                "curricula.bad_maximum", item, f"{where}.maximum", "maximum", found=maximum
            )
            maximum = MAX_FIGURE
        if not measure_id or not title:
            continue
        if any(m.id == measure_id for m in measures):
            reader.problem("curricula.duplicate_measure", item, f"{where}.id", "id", id=measure_id)
            continue
        goals = item.get("goals") or []
        measures.append(
            AuditMeasure(
                id=measure_id,
                title=title,
                unit=reader.text(item, "unit", where, guard=True).strip(),
                title_en=reader.text(item, "title_en", where).strip(),
                unit_en=reader.text(item, "unit_en", where).strip(),
                maximum=float(maximum),
                goals=tuple(str(c) for c in goals) if isinstance(goals, list) else (),
            )
        )
    return measures


def _read_measure_ids(reader: _Reader, item: dict, where: str) -> list[str]:
    raw = item.get("measures")
    if raw is None:
        return []
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list):
        reader.problem("plan.type.list", item, f"{where}.measures", "measures")
        return []
    return [str(m).strip() for m in raw if str(m).strip()]


def _read_audit(reader: _Reader, item: dict, where: str) -> list[AuditResult]:
    """An audit block's kept distribution (count, median, bins); what issue 15's rule would
    not show is dropped (``AuditResult.from_dict``)."""
    raw = item.get("audit")
    if raw is None:
        return []
    if not isinstance(raw, list):
        reader.problem("plan.type.list", item, f"{where}.audit", "audit")
        return []
    results = []
    for ai, entry in enumerate(raw):
        awhere = f"{where}.audit[{ai}]"
        data = reader.mapping(entry, awhere, raw, ai, AUDIT_KEYS)
        if data is None:
            continue
        if not data.get("measure"):
            reader.problem("plan.required", data, f"{awhere}.measure", "measure", key="measure")
            continue
        try:
            results.append(AuditResult.from_dict(dict(data)))
        except (TypeError, ValueError, KeyError):
            reader.problem("plan.audit", data, awhere, None)
    return results
