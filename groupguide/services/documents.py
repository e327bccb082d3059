"""Documents for Kompetanseportalen and the people around the group: gather what a build needs
(on the loop thread: the store, the settings, the evaluation files), build (pure: any thread),
write (atomic, never overwriting without ``force``), and the folder they go to."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from groupguide.domain.model import Group
from groupguide.export import KINDS, Export, ExportContext, ExportError, build, make_context
from groupguide.export.output import existing_files, write_export
from groupguide.services.errors import ServiceError
from groupguide.services.workspace import Workspace

__all__ = [
    "KINDS",
    "ExportJob",
    "build_export",
    "default_export_dir",
    "existing",
    "prepare_export",
    "remember_export_dir",
    "write_documents",
]


@dataclass(frozen=True)
class ExportJob:
    """Everything one build needs, read from the workspace; ``build()`` touches no store."""

    kind: str
    context: ExportContext
    numbers: list[int] | None
    evaluations: dict | None
    formats: tuple[str, ...] = ("html",)  # of the printable documents: "html", "pdf"

    def build(self) -> Export:
        return build(self.kind, self.context, self.numbers, self.evaluations, self.formats)


def prepare_export(
    workspace: Workspace,
    group: Group,
    kind: str,
    numbers: list[int] | None = None,
    now: datetime | None = None,
    formats: tuple[str, ...] = ("html",),
    people: list[str] | None = None,
) -> ExportJob:
    """``numbers``: the gatherings (1-based) a document covers; None = every one (a report:
    every held one). ``people``: the participants (ids) certificates and supervisor summaries
    cover; None = everyone. ``formats``: what the printable documents are written as
    (``export.formats.FORMATS``)."""
    settings = workspace.settings
    ctx = make_context(group, workspace.library, now or workspace.clock(), settings.organiser)
    ctx = replace(ctx, rules=workspace.rules, people=None if people is None else tuple(people))
    evaluations = None
    if kind in ("report", "closeout"):
        from groupguide.export.evaluation import evaluation_status

        chosen = (
            group.gatherings
            if numbers is None or kind == "closeout"
            else [group.gatherings[n - 1] for n in numbers if 1 <= n <= len(group.gatherings)]
        )
        evaluations = {
            g.id: evaluation_status(workspace.data_dir, group, g, settings.evaluation_threshold)
            for g in chosen
        }
    if kind == "closeout":
        numbers = None  # the close-out is the whole half-year's
    return ExportJob(kind, ctx, numbers, evaluations, tuple(formats))


def build_export(
    workspace: Workspace,
    group: Group,
    kind: str,
    numbers: list[int] | None = None,
    now: datetime | None = None,
    formats: tuple[str, ...] = ("html",),
    people: list[str] | None = None,
) -> Export:
    return prepare_export(workspace, group, kind, numbers, now, formats, people).build()


def existing(folder: Path, export: Export) -> list[Path]:
    """The files that writing would overwrite. ``ServiceError`` for a name that is unsafe."""
    try:
        return existing_files(folder, export)
    except ExportError as exc:
        raise ServiceError(exc.message) from None


def write_documents(folder: Path, export: Export, force: bool = False) -> list[Path]:
    """Write every file into ``folder`` (created if needed). ``ServiceError`` naming the path
    (a file exists and ``force`` is off, a full disk, a file where the folder should be)."""
    try:
        return write_export(Path(folder), export, force=force)
    except ExportError as exc:
        raise ServiceError(exc.message) from None


def default_export_dir(workspace: Workspace) -> Path:
    """The folder of the last export (setting ``export_dir``), else ~/Documents/groupguide."""
    configured = workspace.settings.export_dir
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_documents_path

    return user_documents_path() / "groupguide"


def remember_export_dir(workspace: Workspace, folder: Path) -> None:
    """``StorageFailed`` when the settings cannot be written (a convenience only)."""
    if workspace.settings.export_dir != str(folder):
        workspace.update_settings(export_dir=str(folder))
