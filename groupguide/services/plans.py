"""Plan files: check one, import one (a group imported again is updated in place), write one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from groupguide.domain.confidentiality import find_identifiers, mask
from groupguide.domain.model import Group
from groupguide.domain.problems import Problem
from groupguide.domain.rules import DEFAULT_RULES, PlanningRules
from groupguide.fileio import atomic_write_text
from groupguide.i18n import t
from groupguide.library import Library
from groupguide.plan_writer import dump_plan, merge_imported
from groupguide.plans import PlanResult, read_plan
from groupguide.services.errors import PlanInvalid, ServiceError
from groupguide.services.workspace import Workspace


def check_plan(path: Path, library: Library, rules: PlanningRules = DEFAULT_RULES) -> PlanResult:
    """Every problem of the file, located; ``result.ok`` when it can be imported. ``rules``:
    the workspace's (the length of a day is a setting)."""
    return read_plan(Path(path), library.goals, library.activities, rules)


def import_plan(
    workspace: Workspace, path: Path, warnings: list[Problem] | None = None
) -> tuple[Group, bool]:
    """Validate and store a plan; returns the group and whether it is new. A group of the same
    name is updated (``plans.merge_imported``). ``PlanInvalid`` with every error, or
    ``StorageFailed``; nothing is stored then. ``warnings`` (when given) receives what was
    imported but deserves a look (e.g. what looks like a patient identifier), located."""
    result = check_plan(path, workspace.library, workspace.rules)
    if not result.ok or result.group is None:
        raise PlanInvalid(result.errors)
    if warnings is not None:
        warnings.extend(p for p in result.problems if p.severity == "warning")
    group = result.group
    existing = workspace.find_group(group.name)
    if existing is not None:
        group = merge_imported(existing, group)
    workspace.save_group(group)
    return group, existing is None


def export_plan(group: Group, out_dir: Path, include_notes: bool = True) -> tuple[Path, int]:
    """Write the group's plan file into ``out_dir`` (created if missing); returns its path and
    how many patient identifiers were masked in its notes on the way out (a plan file leaves the
    app, where nobody can be asked: design rule 2). ``ServiceError`` naming the folder when the
    disk refuses."""
    from groupguide.export.fmt import safe_name

    group, masked = masked_copy(group) if include_notes else (group, 0)
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"{safe_name(group.name, fallback='gruppe')}.yaml"
        atomic_write_text(target, dump_plan(group, include_notes=include_notes))
    except OSError as exc:
        raise ServiceError(
            t("cli.write_failed", path=str(out_dir), reason=exc.strerror or exc)
        ) from None
    return target, masked


def masked_copy(group: Group) -> tuple[Group, int]:
    """A copy of ``group`` whose free texts (case notes, notes to supervisors, the leader's
    evaluation, the oral round's notes) have every patient identifier masked, and how many."""
    copy = Group.from_dict(group.to_dict())
    count = 0

    def clean(text: str) -> str:
        nonlocal count
        found = find_identifiers(text) if text else []
        count += len(found)
        return mask(text, found) if found else text

    for gathering in copy.gatherings:
        gathering.leader_evaluation = clean(gathering.leader_evaluation)
        gathering.oral_round_notes = clean(gathering.oral_round_notes)
        for block in gathering.blocks:
            block.notes = clean(block.notes)
    for person in copy.participants:
        person.notes = [replace(note, text=clean(note.text)) for note in person.notes]
    return copy, count
