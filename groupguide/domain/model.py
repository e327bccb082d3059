"""Groups, gatherings, blocks and attendance, with their plain-dict form.

The dict form (``to_dict``/``from_dict``) is what the store writes: JSON-safe, dates as ISO
strings, times as "HH:MM" (``values``). The participants and teachers: ``people``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from groupguide.domain.audit import AuditMeasure, AuditResult
from groupguide.domain.people import Participant, Teacher
from groupguide.domain.values import (
    format_moment,
    format_time,
    new_id,
    parse_moment,
    parse_time,
)

ATTENDANCE_STATUSES = ("present", "absent", "partial")


@dataclass
class Attendance:
    """One participant at one gathering: present, absent, or partial with the minutes attended.

    ``arrived``/``left`` record a late arrival or an early departure (run mode); ``minutes`` is
    then derived by the rules, or given directly (plan files: ``{"Kari": 240}``).
    """

    status: str = "present"
    minutes: int | None = None
    arrived: time | None = None
    left: time | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "minutes": self.minutes,
            "arrived": format_time(self.arrived),
            "left": format_time(self.left),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Attendance:
        return cls(
            status=data.get("status", "present"),
            minutes=data.get("minutes"),
            arrived=parse_time(data.get("arrived")),
            left=parse_time(data.get("left")),
        )


@dataclass
class Block:
    """One item on a gathering's agenda (økt / programpost)."""

    activity: str
    title: str = ""
    minutes: int = 30
    goals: list[str] = field(default_factory=list)
    # participant ids of those who present (a case, a buzz case; an audit has two)
    presenters: list[str] = field(default_factory=list)
    notes: str = ""  # Markdown; confidential, never in participant documents
    pinned: time | None = None  # fixed clock time (lunch, a guest's talk)
    held_minutes: int | None = None  # set when the block was actually held
    # When it actually began and ended (run mode's clock, or recorded afterwards); None for a
    # block recorded with held minutes only (then laid out after the block held before it).
    held_start: datetime | None = None
    held_end: datetime | None = None
    recorded_afterwards: bool = False  # held minutes and times entered after the day
    # an audit: the measures it collects (ids; empty: the activity's default ones), and the
    # group's distribution for each once the collection has ended (never a single figure)
    measures: list[str] = field(default_factory=list)
    audit: list[AuditResult] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    @property
    def held(self) -> bool:
        return self.held_minutes is not None

    @property
    def presenter(self) -> str:
        """The first presenter ("" when none)."""
        return self.presenters[0] if self.presenters else ""

    @presenter.setter
    def presenter(self, participant_id: str) -> None:
        self.presenters = [participant_id] if participant_id else []

    def clear_held(self) -> None:
        """Not held (skipped, or not yet run): no minutes, no times."""
        self.held_minutes = None
        self.held_start = self.held_end = None
        self.recorded_afterwards = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "activity": self.activity,
            "title": self.title,
            "minutes": self.minutes,
            "goals": list(self.goals),
            "presenters": list(self.presenters),
            "notes": self.notes,
            "pinned": format_time(self.pinned),
            "held_minutes": self.held_minutes,
            "held_start": format_moment(self.held_start),
            "held_end": format_moment(self.held_end),
            "recorded_afterwards": self.recorded_afterwards,
            "measures": list(self.measures),
            "audit": [r.to_dict() for r in self.audit],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Block:
        return cls(
            activity=data["activity"],
            title=data.get("title", ""),
            minutes=int(data.get("minutes", 30)),
            goals=list(data.get("goals", [])),
            presenters=_presenters(data),
            notes=data.get("notes", ""),
            pinned=parse_time(data.get("pinned")),
            held_minutes=data.get("held_minutes"),
            held_start=parse_moment(data.get("held_start")),
            held_end=parse_moment(data.get("held_end")),
            recorded_afterwards=bool(data.get("recorded_afterwards", False)),
            measures=[str(m) for m in data.get("measures") or []],
            audit=[AuditResult.from_dict(r) for r in data.get("audit") or []],
            id=data.get("id") or new_id(),
        )


def _presenters(data: dict[str, Any]) -> list[str]:
    """``presenters`` (a list), or the single ``presenter`` of files written before two could
    present."""
    if "presenters" in data:
        return [str(p) for p in data.get("presenters") or [] if p]
    single = data.get("presenter") or ""
    return [str(single)] if single else []


@dataclass
class Gathering:
    """One meeting day or half day (samling)."""

    title: str
    date: date | None = None
    start: time = field(default_factory=lambda: time(9, 0))
    end: time | None = None  # planned end; None = derived from the blocks
    location: str = ""
    blocks: list[Block] = field(default_factory=list)
    attendance: dict[str, Attendance] | None = None  # participant id → record; None = not taken
    leader_evaluation: str = ""  # the organisers' own evaluation (§2.4 point 3)
    oral_round_notes: str = ""  # notes from the oral evaluation round (§2.4 point 1)
    oral_wishes: list[str] = field(default_factory=list)  # topic wishes raised in that round
    teachers: list[Teacher] = field(default_factory=list)  # co-leaders and guest teachers
    held_date: date | None = None  # the day it was actually held (None: not recorded)
    held_start: time | None = None  # the clock time it actually began
    id: str = field(default_factory=new_id)

    @property
    def day(self) -> date | None:
        """The date it was held, else the date it is planned for."""
        return self.held_date or self.date

    def block(self, block_id: str) -> Block | None:
        return next((b for b in self.blocks if b.id == block_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "start": format_time(self.start),
            "end": format_time(self.end),
            "location": self.location,
            "blocks": [b.to_dict() for b in self.blocks],
            "attendance": None
            if self.attendance is None
            else {pid: a.to_dict() for pid, a in self.attendance.items()},
            "leader_evaluation": self.leader_evaluation,
            "oral_round_notes": self.oral_round_notes,
            "oral_wishes": list(self.oral_wishes),
            "teachers": [x.to_dict() for x in self.teachers],
            "held_date": self.held_date.isoformat() if self.held_date else None,
            "held_start": format_time(self.held_start),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Gathering:
        attendance = data.get("attendance")
        return cls(
            title=data.get("title", ""),
            date=date.fromisoformat(data["date"]) if data.get("date") else None,
            start=parse_time(data.get("start")) or time(9, 0),
            end=parse_time(data.get("end")),
            location=data.get("location", ""),
            blocks=[Block.from_dict(b) for b in data.get("blocks", [])],
            attendance=None
            if attendance is None
            else {pid: Attendance.from_dict(a) for pid, a in attendance.items()},
            leader_evaluation=data.get("leader_evaluation", ""),
            oral_round_notes=data.get("oral_round_notes", ""),
            oral_wishes=[str(w) for w in data.get("oral_wishes") or []],
            teachers=[Teacher.from_dict(x) for x in data.get("teachers") or []],
            held_date=date.fromisoformat(data["held_date"]) if data.get("held_date") else None,
            held_start=parse_time(data.get("held_start")),
            id=data.get("id") or new_id(),
        )


@dataclass
class Group:
    """One group for one half-year (term)."""

    name: str
    term: str = ""
    facilitator: str = ""
    organiser: str = ""  # municipality or office named on certificates
    track: str = "LIS1"
    participants: list[Participant] = field(default_factory=list)
    gatherings: list[Gathering] = field(default_factory=list)
    pair_history: list[list[str]] = field(default_factory=list)  # participant-id pairs used
    # §2.3: the leader's assessment criterion per learning goal (goal code → text)
    criteria: dict[str, str] = field(default_factory=dict)
    measures: list[AuditMeasure] = field(default_factory=list)  # the leader's own audit measures
    archived: bool = False
    id: str = field(default_factory=new_id)

    def participant(self, participant_id: str) -> Participant | None:
        return next((p for p in self.participants if p.id == participant_id), None)

    def participant_by_name(self, name: str) -> Participant | None:
        wanted = name.strip().casefold()
        return next((p for p in self.participants if p.name.strip().casefold() == wanted), None)

    def gathering(self, gathering_id: str) -> Gathering | None:
        return next((g for g in self.gatherings if g.id == gathering_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "term": self.term,
            "facilitator": self.facilitator,
            "organiser": self.organiser,
            "track": self.track,
            "archived": self.archived,
            "participants": [p.to_dict() for p in self.participants],
            "gatherings": [g.to_dict() for g in self.gatherings],
            "pair_history": [list(p) for p in self.pair_history],
            "criteria": dict(self.criteria),
            "measures": [m.to_dict() for m in self.measures],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Group:
        return cls(
            name=data["name"],
            term=data.get("term", ""),
            facilitator=data.get("facilitator", ""),
            organiser=data.get("organiser", ""),
            track=data.get("track", "LIS1"),
            archived=bool(data.get("archived", False)),
            participants=[Participant.from_dict(p) for p in data.get("participants", [])],
            gatherings=[Gathering.from_dict(g) for g in data.get("gatherings", [])],
            pair_history=[list(p) for p in data.get("pair_history", [])],
            criteria={str(k): str(v) for k, v in (data.get("criteria") or {}).items()},
            measures=[AuditMeasure.from_dict(m) for m in data.get("measures") or []],
            id=data.get("id") or new_id(),
        )
