"""Use cases around the individual supervisors and §2.3, for the front doors and for the
documents that other branches build (the documents screen, the half-year's close-out report):

- ``supervisor_letters``: the letters before the half-year, one per individual supervisor and
  one per participant without one (``groupguide export letters`` builds the same);
- ``assessments_section``: the close-out report's section on the leader's assessments (Markdown
  with its own ``##`` heading), made with the workspace's clock and organiser.
"""

from __future__ import annotations

from datetime import datetime

from groupguide.domain.model import Group
from groupguide.export import Export, make_context
from groupguide.export.assessments import assessments_section as _section
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


def assessments_section(workspace: Workspace, group: Group, now: datetime | None = None) -> str:
    ctx = make_context(
        group, workspace.library, now or workspace.clock(), workspace.settings.organiser
    )
    return _section(ctx)
