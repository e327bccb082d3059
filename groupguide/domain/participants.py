"""Operations on a group's participants: check a name and a track, change one's details, remove
one with everything that named them (presenter places, attendance) and put it all back (undo).

Pure: no Textual, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from groupguide.domain.model import Attendance, Group
from groupguide.domain.people import TRACKS, Participant
from groupguide.domain.problems import DomainError

# One address: no spaces, one "@", and a domain of at least two dot-separated parts.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+$")
_EMAIL_PROBLEM = {
    "participant": "domain.email.participant",
    "supervisor": "domain.supervisor.email",
}


def check_email(value: str, whose: str = "participant") -> None:
    """The one e-mail check of every e-mail field: a participant's own and her or his
    individual supervisor's (``whose``), typed in the app or read from a plan file. Refuses
    what does not look like an address ("lan@", "ikke-epost"); "" is fine (not known)."""
    value = value.strip()
    if value and not _EMAIL.match(value):
        raise DomainError(_EMAIL_PROBLEM[whose], value=value)


def check_participant_name(group: Group, name: str, exclude_id: str | None = None) -> None:
    """DomainError for an empty name or one that another participant already has."""
    if not name.strip():
        raise DomainError("domain.participants.name_empty")
    other = group.participant_by_name(name)
    if other is not None and other.id != exclude_id:
        raise DomainError("domain.participants.duplicate", name=name.strip())


def check_track(track: str) -> None:
    if track not in TRACKS:
        raise DomainError("domain.participants.track", track=track, tracks=", ".join(TRACKS))


def update_participant(
    group: Group,
    participant_id: str,
    *,
    name: str,
    email: str = "",
    workplace: str = "",
    track: str = "LIS1",
    supervisor: str = "",
    municipality: str = "",
    supervisor_email: str | None = None,
) -> Participant:
    """Change a participant's details; refuses an empty or duplicate name, an unknown track and
    an e-mail, the participant's or the supervisor's, that is not one (``None`` leaves the
    supervisor's e-mail as it is)."""
    person = group.participant(participant_id)
    if person is None:
        raise KeyError(participant_id)
    check_participant_name(group, name, exclude_id=participant_id)
    check_track(track)
    check_email(email)
    if supervisor_email is not None:
        check_email(supervisor_email, "supervisor")
        person.supervisor_email = supervisor_email.strip()
    person.name, person.email, person.workplace = name.strip(), email.strip(), workplace.strip()
    person.track, person.supervisor = track, supervisor.strip()
    person.municipality = municipality.strip()
    return person


@dataclass
class RemovedParticipant:
    """A removed participant with everything that named them, for undo."""

    index: int
    participant: Participant
    # (gathering id, block id, position among the block's presenters)
    presenter_of: list[tuple[str, str, int]] = field(default_factory=list)
    attendance: dict[str, Attendance] = field(default_factory=dict)  # gathering id → record

    @property
    def label(self) -> str:
        return self.participant.name

    def restore(self, group: Group) -> bool:
        if group.participant(self.participant.id) is not None:
            return False
        group.participants.insert(min(self.index, len(group.participants)), self.participant)
        for gathering_id, block_id, position in self.presenter_of:
            gathering = group.gathering(gathering_id)
            block = gathering.block(block_id) if gathering else None
            if block is not None and self.participant.id not in block.presenters:
                block.presenters.insert(min(position, len(block.presenters)), self.participant.id)
        for gathering_id, record in self.attendance.items():
            gathering = group.gathering(gathering_id)
            if gathering is not None and gathering.attendance is not None:
                gathering.attendance.setdefault(self.participant.id, record)
        return True


def remove_participant(group: Group, participant_id: str) -> RemovedParticipant:
    """Remove a participant, and with them their presenter slots and attendance records (a
    certificate must not name someone who is no longer in the group). ``KeyError`` if unknown."""
    person = group.participant(participant_id)
    if person is None:
        raise KeyError(participant_id)
    removed = RemovedParticipant(group.participants.index(person), person)
    group.participants.remove(person)
    for gathering in group.gatherings:
        for block in gathering.blocks:
            if participant_id in block.presenters:
                position = block.presenters.index(participant_id)
                block.presenters.remove(participant_id)
                removed.presenter_of.append((gathering.id, block.id, position))
        if gathering.attendance and participant_id in gathering.attendance:
            removed.attendance[gathering.id] = gathering.attendance.pop(participant_id)
    return removed
