"""The programme's rules: group size, planned days, known goals and activities."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from groupguide.domain.activities import (
    MAX_PRESENTERS,
    Activity,
    ActivityLibrary,
    known_measures,
)
from groupguide.domain.audit import MAX_BLOCK_MEASURES, AuditMeasure
from groupguide.domain.goals import GoalCatalogue
from groupguide.domain.model import ATTENDANCE_STATUSES, Block, Group
from groupguide.domain.participants import check_email
from groupguide.domain.people import TRACKS, Participant
from groupguide.domain.problems import DomainError, Problem
from groupguide.domain.schedule import clashes, overrun_minutes, programme_minutes
from groupguide.domain.values import format_time, minutes_of
from groupguide.i18n import decimal, format_date

MAX_BLOCK_MINUTES = 24 * 60
# Evaluation results are shown once this many have answered (design.md §1); the setting
# ``evaluation_threshold`` may raise it but never take it below the minimum.
ANONYMITY_THRESHOLD = 3
MIN_ANONYMITY_THRESHOLD = 2


# One programme day: 6 hours of blocks (breaks not counted). The setting ``day_minutes``
# changes it; these are the bounds it may take (1 to 12 hours).
DAY_MINUTES = 360
MIN_DAY_MINUTES = 60
MAX_DAY_MINUTES = 720
# "Gjennom halvåret" (§2.1): the gatherings lie within the half-year. LIS1's municipal service
# lasts six months, so the first and the last gathering of one group are at most about 183 days
# apart; a month's margin lets a gathering moved for holidays, or set a little before or after
# the half-year for a participant who started later, pass. Beyond that the plan most likely has
# a wrong year or holds two half-years' groups.
HALF_YEAR_DAYS = 183
SPAN_MARGIN_DAYS = 31
DAYS_PER_MONTH = 30.44


@dataclass(frozen=True)
class PlanningRules:
    """From the programme (§2.1): max 12 participants, 8 ideal, 2–3 days over the half-year."""

    max_participants: int = 12
    ideal_participants: int = 8
    day_minutes: int = DAY_MINUTES  # one day's programme (the setting ``day_minutes``)
    min_days: float = 2.0
    max_days: float = 3.0
    max_span_days: int = HALF_YEAR_DAYS + SPAN_MARGIN_DAYS  # first to last gathering


DEFAULT_RULES = PlanningRules()


@dataclass(frozen=True)
class HalfYearSpan:
    """From the first gathering's date to the last one's, against about half a year."""

    first: date
    last: date
    limit_days: int

    @property
    def days(self) -> int:
        return (self.last - self.first).days

    @property
    def months(self) -> float:
        return self.days / DAYS_PER_MONTH

    @property
    def too_long(self) -> bool:
        return self.days > self.limit_days


def half_year_span(group: Group, rules: PlanningRules = DEFAULT_RULES) -> HalfYearSpan | None:
    """The span of the dated gatherings, each on the day it was held when held on another day
    than planned (``Gathering.day``, as the plan's rows show it); None with fewer than two."""
    dates = [g.day for g in group.gatherings if g.day is not None]
    if len(dates) < 2:
        return None
    return HalfYearSpan(min(dates), max(dates), rules.max_span_days)


def span_problems(group: Group, rules: PlanningRules = DEFAULT_RULES) -> list[Problem]:
    span = half_year_span(group, rules)
    if span is None or not span.too_long:
        return []
    return [
        Problem.of(
            "domain.span.too_long",
            severity="warning",
            months=round(span.months),
            first=format_date(span.first),
            last=format_date(span.last),
            field="gatherings",
        )
    ]


def check_can_add_participant(group: Group, rules: PlanningRules = DEFAULT_RULES) -> None:
    if len(group.participants) >= rules.max_participants:
        raise DomainError("domain.participants.cap", cap=rules.max_participants)


def add_participant(
    group: Group, participant: Participant, rules: PlanningRules = DEFAULT_RULES
) -> list[Problem]:
    """Add ``participant``; refuses a 13th (DomainError naming the cap), a duplicate name and an
    e-mail that is not one.
    Returns hints (above the ideal size)."""
    check_can_add_participant(group, rules)
    if not participant.name.strip():
        raise DomainError("domain.participants.name_empty")
    if group.participant_by_name(participant.name) is not None:
        raise DomainError("domain.participants.duplicate", name=participant.name)
    check_email(participant.email)
    check_email(participant.supervisor_email, "supervisor")
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


def _measure_problems(block: Block, known: dict[str, AuditMeasure], where: str) -> list[Problem]:
    """An audit block's measures exist (the library's or the group's own), at most four."""
    problems = []
    for measure in block.measures:
        if measure not in known:
            problems.append(
                Problem.of(
                    "domain.block.unknown_measure",
                    measure=measure,
                    known=", ".join(known),
                    field=where + ".measures",
                )
            )
    if len(block.measures) > MAX_BLOCK_MEASURES:
        problems.append(
            Problem.of(
                "domain.block.too_many_measures", most=MAX_BLOCK_MEASURES, field=where + ".measures"
            )
        )
    return problems


def _presenter_problems(
    block: Block, activity: Activity | None, ids: set[str], where: str
) -> list[Problem]:
    """Presenters are participants of the group, each named once, and no more than the
    activity takes (a case has one presenter, an audit two)."""
    problems = []
    field_name = where + (".presenters" if len(block.presenters) > 1 else ".presenter")
    if any(p not in ids for p in block.presenters):
        problems.append(Problem.of("domain.block.unknown_presenter", field=field_name))
    if len(set(block.presenters)) != len(block.presenters):
        problems.append(Problem.of("domain.block.presenter_twice", field=field_name))
    slots = activity.presenter_slots if activity is not None else MAX_PRESENTERS
    if len(block.presenters) > slots:
        problems.append(
            Problem.of(
                "domain.block.too_many_presenters",
                count=len(block.presenters),
                most=slots,
                activity=activity.title if activity is not None else block.activity,
                field=field_name,
            )
        )
    return problems


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
    known = known_measures(group, activities)
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
            problems += _presenter_problems(block, activities.get(block.activity), ids, bwhere)
            problems += _measure_problems(block, known, bwhere)
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
    problems += span_problems(group, rules)
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


@dataclass(frozen=True)
class DaysMeter:
    days: float
    low: float
    high: float
    span: HalfYearSpan | None = None  # first to last gathering, against about half a year

    @property
    def status(self) -> str:
        """ "under", "ok" or "over" the programme's range."""
        if self.days < self.low - 1e-9:
            return "under"
        if self.days > self.high + 1e-9:
            return "over"
        return "ok"


def days_meter(group: Group, rules: PlanningRules = DEFAULT_RULES) -> DaysMeter:
    return DaysMeter(
        planned_days(group, rules), rules.min_days, rules.max_days, half_year_span(group, rules)
    )
