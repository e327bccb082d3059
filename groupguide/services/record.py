"""Recording a gathering afterwards (etterregistrering): what it holds now as a record to
correct, a preview of a record being entered, and saving it with the attendance.

The rules (placing clock times on the day, refusing overlaps, marking what changed) are in
``domain.record``; this module reads and writes through the workspace.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from groupguide.domain.model import Attendance, Gathering, Group
from groupguide.domain.problems import DomainError
from groupguide.domain.record import DayRecord, apply_record, current_record
from groupguide.i18n import t
from groupguide.services.errors import NotFound, ServiceError
from groupguide.services.workspace import Workspace


@dataclass
class RecordDraft:
    """The group (a fresh copy), the gathering in it, and the record as it stands."""

    group: Group
    gathering: Gathering
    record: DayRecord

    def preview(self) -> Gathering:
        """A copy of the gathering with the record written on it (for the check-in's window
        and the totals). ``ServiceError`` naming the block when the record cannot stand."""
        gathering = copy.deepcopy(self.gathering)
        try:
            apply_record(gathering, self.record)
        except DomainError as exc:
            raise ServiceError(str(exc)) from None
        return gathering


def open_record(workspace: Workspace, group_id: str, gathering_id: str) -> RecordDraft:
    """``NotFound`` when the group or the gathering is gone."""
    found = workspace.gathering(group_id, gathering_id)
    if found is None:
        raise NotFound(t("run.not_found"))
    group, gathering = found
    return RecordDraft(group, gathering, current_record(gathering, workspace.clock().date()))


def save_record(
    workspace: Workspace, draft: RecordDraft, attendance: dict[str, Attendance] | None
) -> list[str]:
    """Write the record (and the attendance, when given) and save the group; returns the ids of
    the blocks recorded afterwards now. ``ServiceError`` for a record that cannot stand (nothing
    saved), ``StorageFailed``."""
    gathering = copy.deepcopy(draft.gathering)
    try:
        changed = apply_record(gathering, draft.record)
    except DomainError as exc:
        raise ServiceError(str(exc)) from None
    if attendance is not None:
        gathering.attendance = copy.deepcopy(attendance)
    group = copy.deepcopy(draft.group)
    index = next(i for i, g in enumerate(group.gatherings) if g.id == gathering.id)
    group.gatherings[index] = gathering
    workspace.save_group(group)
    draft.group, draft.gathering = group, group.gatherings[index]
    return changed
