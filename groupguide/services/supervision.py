"""Use cases around the individual supervisors: ``supervisor_letters``, the letters before the
half-year, one per individual supervisor and one per participant without one (``groupguide
export letters`` and the documents screen build the same). The leader's assessments (§2.3) reach
the half-year's close-out report as its own section (``export/closeout.py``)."""

from __future__ import annotations

from datetime import datetime

from groupguide.domain.model import Group
from groupguide.export import Export
from groupguide.services.documents import build_export
from groupguide.services.workspace import Workspace


def supervisor_letters(
    workspace: Workspace,
    group: Group,
    numbers: list[int] | None = None,
    formats: tuple[str, ...] = ("pdf",),
    now: datetime | None = None,
) -> Export:
    """The letters to the individual supervisors (``numbers``: only these gatherings)."""
    return build_export(workspace, group, "letters", numbers, now, formats)
