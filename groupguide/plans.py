"""Plan files: a group's whole half-year as portable YAML (see sessions/SCHEMA.md).

``read_plan`` turns a file into a ``Group`` plus every problem found, each located by file, line and
field; ``plan_writer`` writes a group back. Every free text that can reach a document (titles,
places, notes, the leader's evaluation, the oral round's notes) is checked by the confidentiality
guard: what looks like a patient identifier is a warning with file, line and field. Import → export → import is lossless: participants are
named by name in the file, blocks, attendance and pair history included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from groupguide.domain.activities import ActivityLibrary
from groupguide.domain.goals import GoalCatalogue
from groupguide.domain.model import Gathering, Group
from groupguide.domain.people import TRACKS, Participant
from groupguide.domain.problems import Problem
from groupguide.domain.rules import DEFAULT_RULES, PlanningRules, validate_group
from groupguide.domain.values import parse_time
from groupguide.plan_blocks import (  # noqa: F401 - the keys are the format's, read by tests
    BLOCK_KEYS,
    HeldClock,
    read_block,
    read_measures,
)
from groupguide.plan_fields import Reader as _Reader
from groupguide.plan_people import (  # noqa: F401 - the keys are the format's
    NOTE_KEYS,
    read_attendance,
    read_notes,
    read_oral_wishes,
    read_teachers,
)
from groupguide.plan_supervision import read_assessments, read_criteria, read_email
from groupguide.yamlsource import LocatedDict, LocatedList, read_yaml

TOP_KEYS = {"group", "participants", "gatherings", "pair_history", "criteria", "measures"}
GROUP_KEYS = {"name", "term", "facilitator", "organiser", "track", "archived"}
PARTICIPANT_KEYS = {
    "name",
    "email",
    "workplace",
    "municipality",
    "track",
    "supervisor",
    "supervisor_email",
    "notes",
    "assessments",
}
GATHERING_KEYS = {
    "title",
    "date",
    "start",
    "end",
    "location",
    "blocks",
    "attendance",
    "leader_evaluation",
    "oral_round_notes",
    "oral_wishes",
    "teachers",
    "held_date",
    "held_start",
}


@dataclass
class PlanResult:
    group: Group | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def ok(self) -> bool:
        return self.group is not None and not self.errors


def parse_plan(
    data: Any,
    file: str,
    goals: GoalCatalogue,
    activities: ActivityLibrary,
    rules: PlanningRules = DEFAULT_RULES,
) -> PlanResult:
    reader = _Reader(file)
    if not isinstance(data, dict):
        reader.problems.append(Problem.of("plan.not_mapping", file=file, line=1))
        return PlanResult(None, reader.problems)
    reader.mapping(data, "plan", None, None, TOP_KEYS)
    head = reader.mapping(data.get("group"), "group", data, "group", GROUP_KEYS)
    if head is None:
        return PlanResult(None, reader.problems)
    group = Group(
        name=reader.text(head, "name", "group", required=True),
        term=reader.text(head, "term", "group"),
        facilitator=reader.text(head, "facilitator", "group"),
        organiser=reader.text(head, "organiser", "group"),
        track=reader.text(head, "track", "group") or "LIS1",
        archived=bool(head.get("archived", False)),
    )
    if group.track not in TRACKS:
        reader.problem(
            "domain.participants.track",
            head,
            "group.track",
            "track",
            track=group.track,
            tracks=", ".join(TRACKS),
        )
    people = data.get("participants") or []
    if not isinstance(people, list):
        reader.problem("plan.type.list", data, "participants", "participants")
        people = []
    for i, raw in enumerate(people):
        where = f"participants[{i}]"
        if isinstance(raw, str):
            raw = {"name": raw}
        item = reader.mapping(raw, where, people, i, PARTICIPANT_KEYS)
        if item is None:
            continue
        group.participants.append(
            Participant(
                name=reader.text(item, "name", where, required=True).strip(),
                email=read_email(reader, item, where),
                workplace=reader.text(item, "workplace", where),
                municipality=reader.text(item, "municipality", where),
                track=reader.text(item, "track", where) or group.track,
                supervisor=reader.text(item, "supervisor", where),
                notes=read_notes(reader, item, where),
                supervisor_email=read_email(reader, item, where, "supervisor_email"),
                assessments=read_assessments(reader, item, where, goals),
            )
        )
    group.criteria = read_criteria(reader, data, goals)
    group.measures = read_measures(reader, data)
    by_name = {p.name.casefold(): p for p in group.participants}
    gatherings = data.get("gatherings") or []
    if not isinstance(gatherings, list):
        reader.problem("plan.type.list", data, "gatherings", "gatherings")
        gatherings = []
    for gi, raw in enumerate(gatherings):
        gathering = _read_gathering(reader, raw, gi, gatherings, by_name, goals)
        if gathering is not None:
            group.gatherings.append(gathering)
    history = data.get("pair_history") or []
    if isinstance(history, list):
        for hi, unit in enumerate(history):
            ids = (
                [
                    by_name[n.casefold()].id
                    for n in unit
                    if isinstance(n, str) and n.casefold() in by_name
                ]
                if isinstance(unit, list)
                else []
            )
            if len(ids) < 2 or len(ids) != len(unit):
                reader.problem("plan.pair_history", history, f"pair_history[{hi}]", hi)
            else:
                group.pair_history.append(ids)
    else:
        reader.problem("plan.type.list", data, "pair_history", "pair_history")
    for problem in validate_group(group, goals, activities, rules):
        if problem.key in {"domain.participants.track"} and problem.field == "group.track":
            continue
        reader.problems.append(problem.located(file, _line_for(data, problem.field)))
    return PlanResult(group, _dedupe(reader.problems))


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen, result = set(), []
    for problem in problems:
        key = (problem.key, problem.params, problem.line, problem.field)
        if key not in seen:
            seen.add(key)
            result.append(problem)
    return result


def _read_gathering(
    reader: _Reader,
    raw: Any,
    gi: int,
    container: list,
    by_name: dict[str, Participant],
    goals: GoalCatalogue,
) -> Gathering | None:
    where = f"gatherings[{gi}]"
    item = reader.mapping(raw, where, container, gi, GATHERING_KEYS)
    if item is None:
        return None
    gathering = Gathering(
        title=reader.text(item, "title", where, guard=True) or f"Samling {gi + 1}",
        location=reader.text(item, "location", where, guard=True),
        leader_evaluation=reader.text(item, "leader_evaluation", where, guard=True),
        oral_round_notes=reader.text(item, "oral_round_notes", where, guard=True),
        oral_wishes=read_oral_wishes(reader, item, where),
        teachers=read_teachers(reader, item, where),
    )
    gathering.date = _read_date(reader, item, "date", where)
    gathering.held_date = _read_date(reader, item, "held_date", where)
    for key in ("start", "end", "held_start"):
        if key in item:
            try:
                value = parse_time(item[key])
            except ValueError:
                reader.problem("plan.time", item, f"{where}.{key}", key, value=item[key])
                continue
            if key == "start" and value is not None:
                gathering.start = value
            elif key == "end":
                gathering.end = value
            elif key == "held_start":
                gathering.held_start = value
    blocks = item.get("blocks") or []
    if not isinstance(blocks, list):
        reader.problem("plan.type.list", item, f"{where}.blocks", "blocks")
        blocks = []
    clock = HeldClock(gathering)
    for bi, raw_block in enumerate(blocks):
        bwhere = f"{where}.blocks[{bi}]"
        block = read_block(reader, raw_block, bwhere, blocks, bi, by_name, goals)
        if block is not None:
            clock.read(reader, raw_block, bwhere, block)
            gathering.blocks.append(block)
    if item.get("attendance") is not None:
        gathering.attendance = read_attendance(reader, item, where, by_name)
    return gathering


def _read_date(reader: _Reader, item: dict, key: str, where: str) -> date | None:
    when = item.get(key)
    if when is None or (isinstance(when, date) and not isinstance(when, datetime)):
        return when
    try:
        return date.fromisoformat(str(when))
    except ValueError:
        reader.problem("plan.date", item, f"{where}.{key}", key, value=when)
        return None


_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _line_for(data: Any, path: str | None) -> int | None:
    """The line of a field path such as ``gatherings[0].blocks[2].goals`` in located data."""
    if not path:
        return None
    node, line = data, getattr(data, "line", None)
    for name, index in _PATH_PART.findall(path):
        key: Any = int(index) if index else name
        if isinstance(node, LocatedDict) and key in node:
            line, node = node.line_of(key), node[key]
        elif isinstance(node, LocatedList) and isinstance(key, int) and key < len(node):
            line, node = node.line_of(key), node[key]
        else:
            break
    return line


def read_plan(
    path: Path,
    goals: GoalCatalogue,
    activities: ActivityLibrary,
    rules: PlanningRules = DEFAULT_RULES,
) -> PlanResult:
    data, problems = read_yaml(path)
    if problems:
        return PlanResult(None, problems)
    return parse_plan(data, str(path), goals, activities, rules)
