"""The supervisors' and the assessment's part of a plan file (see sessions/SCHEMA.md): a
participant's ``supervisor_email`` and ``assessments``, and the group's ``criteria`` per learning
goal (§2.3). Read with every mistake located by file, line and field; comments and criteria pass
the confidentiality guard like every text that can reach a document."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from groupguide.domain.goals import GoalCatalogue
from groupguide.domain.model import Group
from groupguide.domain.participants import check_email
from groupguide.domain.people import Participant
from groupguide.domain.problems import DomainError
from groupguide.domain.supervision import ASSESSMENT_STATUSES, Assessment
from groupguide.plan_fields import Reader

ASSESSMENT_KEYS = {"goal", "status", "comment", "date"}
CRITERION_KEYS = {"goal", "text"}


def _goal(reader: Reader, container: Any, where: str, item: Any, code: Any, goals) -> str | None:
    """A goal code in any accepted spelling → canonical; an unknown one is an error that names
    the nearest."""
    if not isinstance(code, str) or not code.strip():
        reader.problem("plan.required", container, where, item, key="goal")
        return None
    canonical = goals.canonical(code)
    if canonical is None:
        near = goals.nearest(code)
        reader.problem(
            "domain.block.unknown_goal_near" if near else "domain.block.unknown_goal",
            container,
            where,
            item,
            code=code,
            **({"near": ", ".join(near)} if near else {}),
        )
    return canonical


def read_email(reader: Reader, item: dict, where: str, key: str = "email") -> str:
    """A participant's ``email`` or ``supervisor_email``, checked as the app checks it."""
    value = reader.text(item, key, where).strip()
    try:
        check_email(value, "supervisor" if key == "supervisor_email" else "participant")
    except DomainError as exc:
        reader.problem(exc.problem.key, item, f"{where}.{key}", key, **dict(exc.problem.params))
        return ""
    return value


def read_assessments(
    reader: Reader, item: dict, where: str, goals: GoalCatalogue
) -> list[Assessment]:
    raw = item.get("assessments") or []
    if not isinstance(raw, list):
        reader.problem("plan.type.list", item, f"{where}.assessments", "assessments")
        return []
    found: list[Assessment] = []
    seen: set[str] = set()
    for ai, entry in enumerate(raw):
        awhere = f"{where}.assessments[{ai}]"
        data = reader.mapping(entry, awhere, raw, ai, ASSESSMENT_KEYS)
        if data is None:
            continue
        code = _goal(reader, data, f"{awhere}.goal", "goal", data.get("goal"), goals)
        status = reader.text(data, "status", awhere) or "not_assessed"
        if status not in ASSESSMENT_STATUSES:
            reader.problem(
                "domain.assessment.status",
                data,
                f"{awhere}.status",
                "status",
                status=status,
                statuses=", ".join(ASSESSMENT_STATUSES),
            )
            continue
        when = data.get("date")
        if when is not None and (not isinstance(when, date) or isinstance(when, datetime)):
            reader.problem("plan.date", data, f"{awhere}.date", "date", value=when)
            when = None
        comment = reader.text(data, "comment", awhere, guard=True).strip()
        if code is None:
            continue
        if code in seen:
            reader.problem("plan.assessment.twice", data, f"{awhere}.goal", "goal", code=code)
            continue
        seen.add(code)
        found.append(Assessment(code, status, comment, when))
    return found


def read_criteria(reader: Reader, data: dict, goals: GoalCatalogue) -> dict[str, str]:
    """``criteria: [{goal: FKM LM-02, text: "…"}]``: the leader's criterion per goal."""
    raw = data.get("criteria") or []
    if not isinstance(raw, list):
        reader.problem("plan.type.list", data, "criteria", "criteria")
        return {}
    criteria: dict[str, str] = {}
    for ci, entry in enumerate(raw):
        cwhere = f"criteria[{ci}]"
        item = reader.mapping(entry, cwhere, raw, ci, CRITERION_KEYS)
        if item is None:
            continue
        code = _goal(reader, item, f"{cwhere}.goal", "goal", item.get("goal"), goals)
        text = reader.text(item, "text", cwhere, required=True, guard=True).strip()
        if code is None or not text:
            continue
        if code in criteria:
            reader.problem("plan.criterion.twice", item, f"{cwhere}.goal", "goal", code=code)
            continue
        criteria[code] = text
    return criteria


def participant_extra(person: Participant, include_notes: bool) -> dict[str, Any]:
    """What a participant's entry in a written plan holds beyond name, contact and notes."""
    out: dict[str, Any] = {}
    if person.supervisor_email:
        out["supervisor_email"] = person.supervisor_email
    if include_notes and person.assessments:
        out["assessments"] = [_assessment_dict(a) for a in person.assessments]
    return out


def _assessment_dict(found: Assessment) -> dict[str, Any]:
    out: dict[str, Any] = {"goal": found.goal, "status": found.status}
    if found.comment:
        out["comment"] = found.comment
    if found.date:
        out["date"] = found.date
    return out


def criteria_list(group: Group) -> list[dict[str, str]]:
    return [{"goal": code, "text": text} for code, text in group.criteria.items()]
