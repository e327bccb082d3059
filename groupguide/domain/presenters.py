"""Who presents what over the half-year: every participant is expected to bring cases, a buzz
exercise starts with one participant's case, and two participants present an audit
(Gruppeveiledning v5.0 §2.2). Pure: the participants tab's column and presentations view, and
the hint about who has not presented yet, are built from this."""

from __future__ import annotations

from dataclasses import dataclass

from groupguide.domain.activities import ActivityLibrary
from groupguide.domain.model import Block, Gathering, Group
from groupguide.domain.people import Participant


@dataclass(frozen=True)
class Presentation:
    number: int  # the gathering's number in the half-year (1-based)
    gathering: Gathering
    block: Block
    kind: str  # how the activity behaves: "case-reflection", "buzz", "audit", …

    @property
    def held(self) -> bool:
        return self.block.held


@dataclass(frozen=True)
class OpenSlots:
    """Blocks that take presenters and have fewer named than they take."""

    blocks: int
    slots: int


def presentations(group: Group, activities: ActivityLibrary) -> dict[str, list[Presentation]]:
    """Participant id → what they present, in plan order (every participant has a list)."""
    found: dict[str, list[Presentation]] = {p.id: [] for p in group.participants}
    for number, gathering in enumerate(group.gatherings, start=1):
        for block in gathering.blocks:
            activity = activities.get(block.activity)
            kind = activity.behaves_like if activity is not None else block.activity
            for participant_id in block.presenters:
                if participant_id in found:
                    found[participant_id].append(Presentation(number, gathering, block, kind))
    return found


def not_presenting(group: Group, activities: ActivityLibrary) -> list[Participant]:
    """Participants who are not down to present anything in the half-year (planned or held)."""
    found = presentations(group, activities)
    return [p for p in group.participants if not found[p.id]]


def open_slots(group: Group, activities: ActivityLibrary) -> OpenSlots:
    """Blocks of gatherings not yet held whose activity takes presenters and that have fewer
    than it takes."""
    blocks = slots = 0
    for gathering in group.gatherings:
        if gathering.attendance is not None or any(b.held for b in gathering.blocks):
            continue
        for block in gathering.blocks:
            activity = activities.get(block.activity)
            missing = (activity.presenter_slots if activity else 0) - len(block.presenters)
            if missing > 0:
                blocks += 1
                slots += missing
    return OpenSlots(blocks, slots)


def presenter_names(group: Group, block: Block) -> list[str]:
    names = []
    for participant_id in block.presenters:
        person = group.participant(participant_id)
        if person is not None:
            names.append(person.name)
    return names
