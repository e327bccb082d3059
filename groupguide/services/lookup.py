"""Finding a group, a gathering or a participant the way a person names it: a group by id or name
(exact, then a unique beginning), a gathering by its number in the group (1, 2, …), its id or its title (exact, then a unique
beginning), a participant by name (exact, then a unique beginning) or id."""

from __future__ import annotations

from groupguide.domain.model import Gathering, Group
from groupguide.domain.people import Participant
from groupguide.i18n import t
from groupguide.services.errors import NotFound
from groupguide.services.workspace import Workspace


def find_group(workspace: Workspace, name_or_id: str) -> Group:
    """By id, name (case-insensitive) or a name's unique beginning, as gatherings and
    participants are found; ``NotFound`` naming the groups there are."""
    group = workspace.find_group(name_or_id)
    if group is not None:
        return group
    groups = workspace.groups()
    folded = " ".join(name_or_id.split()).casefold()
    prefix = [g for g in groups if g.name.strip().casefold().startswith(folded)]
    if folded and len(prefix) == 1:
        return prefix[0]
    names = ", ".join(g.name for g in groups) or "–"
    raise NotFound(t("cli.group_not_found", name=name_or_id, names=names))


def find_gathering(group: Group, wanted: str) -> Gathering:
    """By 1-based number, id, title (case-insensitive), or a title's unique beginning;
    ``NotFound`` listing the group's gatherings with their numbers."""
    text = str(wanted).strip()
    if text.isdigit() and 1 <= int(text) <= len(group.gatherings):
        return group.gatherings[int(text) - 1]
    for gathering in group.gatherings:
        if gathering.id == text:
            return gathering
    folded = text.casefold()
    exact = [g for g in group.gatherings if g.title.strip().casefold() == folded]
    if len(exact) == 1:
        return exact[0]
    prefix = [g for g in group.gatherings if g.title.strip().casefold().startswith(folded)]
    if folded and len(prefix) == 1:
        return prefix[0]
    names = "; ".join(f"{i}. {g.title}" for i, g in enumerate(group.gatherings, start=1)) or "–"
    raise NotFound(t("run.cli.gathering_not_found", wanted=text, group=group.name, names=names))


def find_participant(group: Group, wanted: str) -> Participant:
    """By name (case-insensitive), id, or a name's unique beginning; ``NotFound`` listing the
    group's participants."""
    text = " ".join(str(wanted).split())
    person = group.participant_by_name(text) or group.participant(text)
    if person is not None:
        return person
    folded = text.casefold()
    prefix = [p for p in group.participants if p.name.strip().casefold().startswith(folded)]
    if folded and len(prefix) == 1:
        return prefix[0]
    names = "; ".join(p.name for p in group.participants) or "–"
    raise NotFound(
        t("documents.cli.participant_not_found", wanted=text, group=group.name, names=names)
    )
