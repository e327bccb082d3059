"""The half-year as a whole, for its close-out: who attended which gathering (present, partial
with the minutes, absent), each participant's total, and who needs to catch up. Pure; every
minute comes from ``domain.attendance`` and every count from ``domain.credit``, so the close-out
says what the certificates and the attendance sheet say.

Needs to catch up (trenger å ta igjen): the programme lasts "2–3 dager totalt" (§2.1). A
participant needs to catch up when the programme time credited to them, together with the
planned programme of the gatherings still to be held (all of it, as if they attend every
minute), stays below the programme's least: ``min_days`` days of ``day_minutes`` programme
minutes each (2 × 6 hours by default; the setting ``day_minutes``). Before the half-year is over
this names only those who cannot reach the least any more without catching up elsewhere; at its
end it is simply "credited less than 2 days".
"""

from __future__ import annotations

from dataclasses import dataclass

from groupguide.domain.attendance import attendance_status, gathering_minutes, participant_minutes
from groupguide.domain.credit import HalfYearStatus, half_year_status, is_held
from groupguide.domain.model import Gathering, Group
from groupguide.domain.people import Participant
from groupguide.domain.rules import DEFAULT_RULES, PlanningRules

# What a cell of the matrix says: attendance as every document shows it, or why there is none.
CELL_STATES = ("present", "partial", "absent", "not_taken", "remaining")


@dataclass(frozen=True)
class Cell:
    """One participant at one gathering."""

    number: int  # 1-based position in the half-year
    gathering: Gathering
    state: str  # one of CELL_STATES ("not_taken": held, attendance not recorded)
    minutes: int  # programme minutes credited (0 unless present or partial)


@dataclass(frozen=True)
class ParticipantHalfYear:
    participant: Participant
    cells: tuple[Cell, ...]
    status: HalfYearStatus  # attended n of the half-year's gatherings (``domain.credit``)
    still_to_come: int  # planned programme minutes of the gatherings not yet held
    required: int  # the programme's least, in minutes

    @property
    def minutes(self) -> int:
        """Programme minutes credited so far."""
        return sum(cell.minutes for cell in self.cells)

    @property
    def reachable(self) -> int:
        """What the participant can have at the half-year's end, attending all that is left."""
        return self.minutes + self.still_to_come

    @property
    def needs_catch_up(self) -> bool:
        return self.reachable < self.required

    @property
    def short_by(self) -> int:
        """Minutes missing to the programme's least, even attending all that is left."""
        return max(0, self.required - self.reachable)

    @property
    def missed(self) -> tuple[Cell, ...]:
        """The held gatherings the participant was absent from or only partly at."""
        return tuple(c for c in self.cells if c.state in ("absent", "partial"))


@dataclass(frozen=True)
class HalfYear:
    gatherings: tuple[tuple[int, Gathering], ...]
    participants: tuple[ParticipantHalfYear, ...]
    held: tuple[int, ...]  # numbers of the gatherings held
    minutes_held: int  # programme minutes of the held gatherings (present throughout)
    minutes_to_come: int  # planned programme minutes of the gatherings not yet held
    rules: PlanningRules

    @property
    def finished(self) -> bool:
        """Every gathering of the half-year has been held (and there is at least one)."""
        return bool(self.gatherings) and len(self.held) == len(self.gatherings)

    @property
    def remaining(self) -> tuple[tuple[int, Gathering], ...]:
        return tuple((n, g) for n, g in self.gatherings if n not in self.held)

    @property
    def required(self) -> int:
        return required_minutes(self.rules)

    @property
    def programme_short(self) -> bool:
        """The half-year's own programme (held and still planned) is below the programme's
        least: then everyone falls short, and the plan is what needs to change."""
        return self.minutes_held + self.minutes_to_come < self.required

    @property
    def catching_up(self) -> tuple[ParticipantHalfYear, ...]:
        return tuple(p for p in self.participants if p.needs_catch_up)

    @property
    def not_taken(self) -> tuple[tuple[int, Gathering], ...]:
        """Held gatherings whose attendance was never recorded (nobody has credit for them)."""
        return tuple((n, g) for n, g in self.gatherings if n in self.held and g.attendance is None)


def required_minutes(rules: PlanningRules = DEFAULT_RULES) -> int:
    """The programme's least (2 days of ``day_minutes``), in minutes."""
    return round(rules.min_days * rules.day_minutes)


def cell(group: Group, number: int, gathering: Gathering, participant_id: str) -> Cell:
    if not is_held(gathering):
        return Cell(number, gathering, "remaining", 0)
    status = attendance_status(gathering, participant_id)
    if status is None:
        return Cell(number, gathering, "not_taken", 0)
    minutes = participant_minutes(group, gathering, participant_id) if status != "absent" else 0
    return Cell(number, gathering, status, minutes)


def half_year(group: Group, rules: PlanningRules = DEFAULT_RULES) -> HalfYear:
    gatherings = tuple(enumerate(group.gatherings, start=1))
    held = tuple(n for n, g in gatherings if is_held(g))
    to_come = sum(gathering_minutes(g) for n, g in gatherings if n not in held)
    people = tuple(
        ParticipantHalfYear(
            person,
            tuple(cell(group, n, g, person.id) for n, g in gatherings),
            half_year_status(group, person.id),
            to_come,
            required_minutes(rules),
        )
        for person in group.participants
    )
    minutes_held = sum(gathering_minutes(g) for n, g in gatherings if n in held)
    return HalfYear(gatherings, people, held, minutes_held, to_come, rules)
