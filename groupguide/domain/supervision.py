"""The individual supervisors (individuell veileder) and the group leader's assessment of
achieved competence.

§2.2 ("Koordinering av tema") asks the group leader to contact the participants' individual
supervisors; §2.3 asks for an assessment, after the gatherings, of whether each participant
reached the learning goals, against criteria the participants were told beforehand. The booklet
places the group leader's part as formative (underveisvurdering): the individual supervisor and
the leader of the training institution make the final one.

The assessment is the leader's, about a named participant: it never touches the anonymous
evaluation, which is the participants' about the gathering. Pure: no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from groupguide.domain.model import Group
from groupguide.domain.people import Assessment, Participant
from groupguide.domain.problems import DomainError

ASSESSMENT_STATUSES = ("reached", "not_yet", "not_assessed")
MAX_COMMENT = 600  # a short comment, not a report
MAX_CRITERION = 600


def check_status(status: str) -> None:
    if status not in ASSESSMENT_STATUSES:
        raise DomainError(
            "domain.assessment.status", status=status, statuses=", ".join(ASSESSMENT_STATUSES)
        )


def planned_goals(group: Group) -> list[str]:
    """The goal codes the half-year's plan works on, in the order they first appear."""
    codes: dict[str, None] = {}
    for gathering in group.gatherings:
        for block in gathering.blocks:
            for code in block.goals:
                codes.setdefault(code, None)
    return list(codes)


# A goal text's opening (an infinitive, as the programme writes its goals) and the same words
# said to the participant, so that a goal becomes a criterion the leader can start from.
_OPENINGS = (
    ("under supervisjon kunne ", "Du kan under supervisjon "),
    ("under veiledning kunne ", "Du kan under veiledning "),
    ("selvstendig kunne ", "Du kan selvstendig "),
    ("kunne ", "Du kan "),
    ("kjenne til ", "Du kjenner til "),
    ("være kjent med ", "Du er kjent med "),
    ("ha ", "Du har "),
)


def suggest_criterion(goal_text: str) -> str:
    """A criterion offered from the goal's own words ("Kunne drøfte …" → "Du kan drøfte …"),
    for the leader to sharpen. The goals are Norwegian, so the offer is too."""
    text = " ".join(goal_text.split())
    folded = text.casefold()
    for opening, said in _OPENINGS:
        if folded.startswith(opening):
            rest = text[len(opening) :]
            if opening == "kjenne til ":
                rest = (" " + rest).replace(" og ha ", " og har ", 1)[1:]
            return said + rest
    if text[:1].islower():
        return "Du kan " + text
    return text


def set_criterion(group: Group, code: str, text: str) -> None:
    """The leader's criterion for one goal; an empty text removes it."""
    text = text.strip()
    if len(text) > MAX_CRITERION:
        raise DomainError("domain.criterion.too_long", code=code, limit=MAX_CRITERION)
    if text:
        group.criteria[code] = text
    else:
        group.criteria.pop(code, None)


def assessment_of(person: Participant, code: str) -> Assessment | None:
    return next((a for a in person.assessments if a.goal == code), None)


def set_assessment(
    group: Group,
    participant_id: str,
    code: str,
    status: str,
    comment: str = "",
    on: date | None = None,
) -> Assessment | None:
    """Record the leader's assessment of one participant on one planned goal. "Not assessed"
    with no comment removes the record (returns None). A goal no longer in the plan is refused:
    what was recorded before stays, shown as no longer planned."""
    person = group.participant(participant_id)
    if person is None:
        raise KeyError(participant_id)
    check_status(status)
    if code not in planned_goals(group):
        raise DomainError("domain.assessment.not_planned", code=code)
    comment = comment.strip()
    if len(comment) > MAX_COMMENT:
        raise DomainError("domain.assessment.too_long", code=code, limit=MAX_COMMENT)
    existing = assessment_of(person, code)
    if status == "not_assessed" and not comment:
        if existing is not None:
            person.assessments.remove(existing)
        return None
    if existing is None:
        existing = Assessment(code)
        person.assessments.append(existing)
    existing.status, existing.comment, existing.date = status, comment, on
    return existing


@dataclass(frozen=True)
class AssessmentRow:
    code: str
    status: str  # one of ASSESSMENT_STATUSES
    comment: str
    date: date | None
    planned: bool  # False: assessed earlier, the goal has since left the plan
    criterion: str  # the leader's criterion for the goal ("" when none)


def assessment_rows(group: Group, person: Participant) -> list[AssessmentRow]:
    """Every planned goal with the participant's assessment (not assessed when none), then the
    assessments on goals that have left the plan."""
    planned = planned_goals(group)
    rows = []
    for code in planned:
        found = assessment_of(person, code)
        rows.append(
            AssessmentRow(
                code,
                found.status if found else "not_assessed",
                found.comment if found else "",
                found.date if found else None,
                True,
                group.criteria.get(code, ""),
            )
        )
    for found in person.assessments:
        if found.goal not in planned:
            rows.append(
                AssessmentRow(
                    found.goal,
                    found.status,
                    found.comment,
                    found.date,
                    False,
                    group.criteria.get(found.goal, ""),
                )
            )
    return rows


def has_assessments(person: Participant) -> bool:
    return any(a.status != "not_assessed" or a.comment.strip() for a in person.assessments)


@dataclass(frozen=True)
class SupervisorBucket:
    """One letter's addressee: an individual supervisor with their participants, or one
    participant who has none (``name`` empty)."""

    name: str
    emails: tuple[str, ...]
    participants: tuple[Participant, ...]


def _distinct_emails(people: list[Participant]) -> tuple[str, ...]:
    """The supervisor's e-mail addresses as first written, each once: addresses compare
    case-insensitively ("per.olsen@example.no" and "PER.OLSEN@example.no" are one)."""
    seen: dict[str, str] = {}
    for person in people:
        email = person.supervisor_email.strip()
        if email:
            seen.setdefault(email.casefold(), email)
    return tuple(seen.values())


def supervisor_buckets(participants: list[Participant]) -> list[SupervisorBucket]:
    """One bucket per individual supervisor (the same name, however written, is one person),
    covering their participants in the group's order; then one bucket for each participant
    without a supervisor: never lumped together. Their e-mail addresses: ``_distinct_emails``."""
    named: dict[str, list[Participant]] = {}
    alone: list[Participant] = []
    for person in participants:
        key = " ".join(person.supervisor.split()).casefold()
        if key:
            named.setdefault(key, []).append(person)
        else:
            alone.append(person)
    buckets = []
    for people in named.values():
        name = " ".join(people[0].supervisor.split())
        buckets.append(SupervisorBucket(name, _distinct_emails(people), tuple(people)))
    buckets.sort(key=lambda b: b.name.casefold())
    buckets += [SupervisorBucket("", (), (person,)) for person in alone]
    return buckets
