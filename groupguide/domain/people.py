"""The people of a group, with their plain-dict form: the participants (with the leader's notes
about each and the formative assessment per learning goal) and the teachers at a gathering
besides the leader. The gatherings that hold them: ``model``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from groupguide.domain.values import new_id

TRACKS = ("LIS1", "ALIS", "SamLIS")


@dataclass
class ParticipantNote:
    """A formative note by the leader about one participant. Shared with the participant's
    individual supervisor only when ``shared`` is set (opt-in per note)."""

    text: str
    shared: bool = False
    date: date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "shared": self.shared,
            "date": self.date.isoformat() if self.date else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ParticipantNote:
        return cls(
            text=data.get("text", ""),
            shared=bool(data.get("shared", False)),
            date=date.fromisoformat(data["date"]) if data.get("date") else None,
        )


@dataclass
class Assessment:
    """The leader's formative assessment (§2.3) of one participant on one learning goal:
    status one of ``supervision.ASSESSMENT_STATUSES``."""

    goal: str  # canonical goal code
    status: str = "not_assessed"
    comment: str = ""
    date: date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "goal": self.goal,
            "status": self.status,
            "comment": self.comment,
            "date": self.date.isoformat() if self.date else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Assessment:
        return cls(
            goal=data["goal"],
            status=data.get("status", "not_assessed"),
            comment=data.get("comment", ""),
            date=date.fromisoformat(data["date"]) if data.get("date") else None,
        )


@dataclass
class Participant:
    name: str
    email: str = ""
    workplace: str = ""
    track: str = "LIS1"
    supervisor: str = ""  # the individual supervisor (individuell veileder)
    # the municipality the participant works in (one group often spans several): on the
    # certificates and the half-year's close-out
    municipality: str = ""
    notes: list[ParticipantNote] = field(default_factory=list)
    supervisor_email: str = ""
    # the leader's formative assessment per learning goal (§2.3); never the anonymous evaluation
    assessments: list[Assessment] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "email": self.email,
            "workplace": self.workplace,
            "track": self.track,
            "supervisor": self.supervisor,
            "municipality": self.municipality,
            "notes": [n.to_dict() for n in self.notes],
            "supervisor_email": self.supervisor_email,
            "assessments": [a.to_dict() for a in self.assessments],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Participant:
        return cls(
            name=data["name"],
            email=data.get("email", ""),
            workplace=data.get("workplace", ""),
            track=data.get("track", "LIS1"),
            supervisor=data.get("supervisor", ""),
            municipality=data.get("municipality", ""),
            notes=[ParticipantNote.from_dict(n) for n in data.get("notes", [])],
            supervisor_email=data.get("supervisor_email", ""),
            assessments=[Assessment.from_dict(a) for a in data.get("assessments", [])],
            id=data.get("id") or new_id(),
        )


TEACHER_ROLES = ("co-leader", "guest-teacher")


@dataclass
class Teacher:
    """Someone besides the group leader who leads or teaches at a gathering (§2.1
    "Kursledere"): a co-leader or a guest teacher, with their own evaluation of it (§2.4
    point 3), kept beside the leader's."""

    name: str
    role: str = "co-leader"  # one of TEACHER_ROLES
    evaluation: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "evaluation": self.evaluation}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Teacher:
        role = data.get("role", "co-leader")
        return cls(
            name=str(data.get("name", "")),
            role=role if role in TEACHER_ROLES else "co-leader",
            evaluation=str(data.get("evaluation", "")),
        )
