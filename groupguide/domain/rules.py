"""The programme's rules: group size, planned days, known goals and activities."""

from __future__ import annotations

from dataclasses import dataclass

from groupguide.domain.activities import ActivityLibrary
from groupguide.domain.goals import GoalCatalogue
from groupguide.domain.model import (
    ATTENDANCE_STATUSES,
    TRACKS,
    Block,
    Group,
    Participant,
    format_time,
    minutes_of,
)
from groupguide.domain.problems import DomainError, Problem
from groupguide.domain.schedule import clashes, overrun_minutes, programme_minutes
from groupguide.i18n import decimal

MAX_BLOCK_MINUTES = 24 * 60
# Evaluation results are shown once this many have answered (design.md §1); the setting
# ``evaluation_threshold`` may raise it but never take it below the minimum.
ANONYMITY_THRESHOLD = 3
MIN_ANONYMITY_THRESHOLD = 2


@dataclass(frozen=True)
class PlanningRules:
    """From the programme (§2.1): max 12 participants, 8 ideal, 2–3 days over the half-year."""

    max_participants: int = 12
    ideal_participants: int = 8
    day_minutes: int = 360  # one day's programme: 6 hours of blocks
    min_days: float = 2.0
    max_days: float = 3.0


DEFAULT_RULES = PlanningRules()


def check_can_add_participant(group: Group, rules: PlanningRules = DEFAULT_RULES) -> None:
    if len(group.participants) >= rules.max_participants:
        raise DomainError("domain.participants.cap", cap=rules.max_participants)


def add_participant(
    group: Group, participant: Participant, rules: PlanningRules = DEFAULT_RULES
) -> list[Problem]:
    """Add ``participant``; refuses a 13th (DomainError naming the cap) and a duplicate name.
    Returns hints (above the ideal size)."""
    check_can_add_participant(group, rules)
    if not participant.name.strip():
        raise DomainError("domain.participants.name_empty")
    if group.participant_by_name(participant.name) is not None:
        raise DomainError("domain.participants.duplicate", name=participant.name)
    group.participants.append(participant)
    return size_hints(group, rules)


def size_hints(group: Group, rules: PlanningRules = DEFAULT_RULES) -> list[Problem]:
    count = len(group.participants)
    if count > rules.max_participants:
        return [Problem.of("domain.participants.cap", cap=rules.max_participants)]
    if count > rules.ideal_participants:
        return [
            Problem.of(
                "domain.participants.above_ideal",
                severity="hint",
                count=count,
                ideal=rules.ideal_participants,
            )
        ]
    return []


def planned_days(group: Group, rules: PlanningRules = DEFAULT_RULES) -> float:
    minutes = sum(programme_minutes(g) for g in group.gatherings)
    return minutes / rules.day_minutes if rules.day_minutes else 0.0


def days_problems(group: Group, rules: PlanningRules = DEFAULT_RULES) -> list[Problem]:
    days = planned_days(group, rules)
    if days < rules.min_days or days > rules.max_days:
        return [
            Problem.of(
                "domain.days.outside",
                severity="warning",
                days=decimal(days),
                low=f"{rules.min_days:g}",
                high=f"{rules.max_days:g}",
            )
        ]
    return []


def validate_group(
    group: Group,
    goals: GoalCatalogue,
    activities: ActivityLibrary,
    rules: PlanningRules = DEFAULT_RULES,
) -> list[Problem]:
    """Every problem with a group, located by a field path such as ``gatherings[0].blocks[2]``."""
    problems: list[Problem] = []
    if not group.name.strip():
        problems.append(Problem.of("domain.group.name_empty", field="group.name"))
    if not group.organiser.strip():
        problems.append(
            Problem.of("domain.group.no_organiser", severity="warning", field="group.organiser")
        )
    problems += size_hints(group, rules)
    seen: set[str] = set()
    for i, person in enumerate(group.participants):
        where = f"participants[{i}]"
        key = person.name.strip().casefold()
        if not key:
            problems.append(Problem.of("domain.participants.name_empty", field=where + ".name"))
        elif key in seen:
            problems.append(
                Problem.of("domain.participants.duplicate", name=person.name, field=where + ".name")
            )
        seen.add(key)
        if person.track not in TRACKS:
            problems.append(
                Problem.of(
                    "domain.participants.track",
                    track=person.track,
                    tracks=", ".join(TRACKS),
                    field=where + ".track",
                )
            )
    ids = {p.id for p in group.participants}
    for gi, gathering in enumerate(group.gatherings):
        gwhere = f"gatherings[{gi}]"
        for bi, block in enumerate(gathering.blocks):
            bwhere = f"{gwhere}.blocks[{bi}]"
            if block.activity not in activities:
                problems.append(
                    Problem.of(
                        "domain.block.unknown_activity",
                        activity=block.activity,
                        ids=", ".join(a.id for a in activities),
                        field=bwhere + ".activity",
                    )
                )
            if not 0 < block.minutes <= MAX_BLOCK_MINUTES:
                problems.append(Problem.of("domain.block.minutes", field=bwhere + ".minutes"))
            if block.held_minutes is not None and block.held_minutes < 0:
                problems.append(
                    Problem.of("domain.block.held_minutes", field=bwhere + ".held_minutes")
                )
            problems += _held_time_problems(block, bwhere)
            for code in block.goals:
                if code not in goals:
                    near = goals.nearest(code)
                    problems.append(
                        Problem.of(
                            "domain.block.unknown_goal_near"
                            if near
                            else "domain.block.unknown_goal",
                            code=code,
                            field=bwhere + ".goals",
                            **({"near": ", ".join(near)} if near else {}),
                        )
                    )
            if block.presenter and block.presenter not in ids:
                problems.append(
                    Problem.of("domain.block.unknown_presenter", field=bwhere + ".presenter")
                )
        if gathering.end is not None and minutes_of(gathering.end) <= minutes_of(gathering.start):
            problems.append(
                Problem.of(
                    "domain.gathering.end_before_start",
                    start=format_time(gathering.start),
                    end=format_time(gathering.end),
                    field=gwhere + ".end",
                )
            )
        for row in clashes(gathering):
            problems.append(
                Problem.of(
                    "domain.block.clash",
                    severity="warning",
                    title=row.block.title or row.block.activity,
                    minutes=row.clash_minutes,
                    field=gwhere,
                )
            )
        late = overrun_minutes(gathering)
        if late:
            problems.append(
                Problem.of(
                    "domain.gathering.overrun", severity="warning", minutes=late, field=gwhere
                )
            )
        for pid, record in (gathering.attendance or {}).items():
            if pid not in ids:
                problems.append(Problem.of("domain.attendance.unknown", field=gwhere))
            if record.status not in ATTENDANCE_STATUSES:
                problems.append(
                    Problem.of(
                        "domain.attendance.status",
                        status=record.status,
                        field=gwhere + ".attendance",
                    )
                )
            if record.minutes is not None and record.minutes < 0:
                problems.append(
                    Problem.of("domain.attendance.minutes", field=gwhere + ".attendance")
                )
    problems += days_problems(group, rules)
    return problems


def _held_time_problems(block: Block, where: str) -> list[Problem]:
    """A block's real times: only with held minutes, and the end not before the start."""
    if block.held_start is None and block.held_end is None:
        return []
    if not block.held:
        return [Problem.of("domain.block.held_times_unheld", field=where + ".held_start")]
    if block.held_start is None:
        return [Problem.of("domain.block.held_end_alone", field=where + ".held_end")]
    if block.held_end is not None and block.held_end < block.held_start:
        return [
            Problem.of(
                "domain.block.held_order",
                start=block.held_start.strftime("%H:%M"),
                end=block.held_end.strftime("%H:%M"),
                field=where + ".held_end",
            )
        ]
    return []
