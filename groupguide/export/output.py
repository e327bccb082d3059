"""What an export produces, and the small writer that puts it on disk.

Builders return an ``Export``: files (a safe name and the content) plus a Markdown preview and
notes for the user. ``write_export`` refuses to overwrite existing files unless ``force`` is set
(checked for every file before the first one is written), keeps every file inside the chosen folder
and writes each one atomically.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from groupguide.export.document import Printable
from groupguide.fileio import atomic_write_bytes
from groupguide.i18n import t

ENCODINGS = {".csv": "utf-8-sig"}  # Excel needs the BOM to read UTF-8


@dataclass(frozen=True)
class ExportFile:
    name: str  # a plain file name built with ``fmt.safe_name`` (no folder part)
    content: str

    def data(self) -> bytes:
        suffix = os.path.splitext(self.name)[1].lower()
        return self.content.encode(ENCODINGS.get(suffix, "utf-8"))


@dataclass
class Export:
    kind: str
    files: list[ExportFile] = field(default_factory=list)
    preview: str = ""  # Markdown shown in the TUI
    notes: list[str] = field(default_factory=list)  # e.g. participants without attendance
    # documents to print: ``formats.add_files`` turns each into an .html and/or a .pdf file
    printables: list[Printable] = field(default_factory=list)


class ExportError(Exception):
    """A user-facing failure: ``message`` is translated and names the path."""

    def __init__(self, message: str, paths: list[Path] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.paths = paths or []


class ExportExists(ExportError):
    """Some target files exist and ``force`` was not given; nothing was written."""


def _target(folder: Path, name: str) -> Path:
    if (
        not name
        or name != os.path.basename(name)
        or name in (".", "..")
        or name.startswith(".")
        or "/" in name
        or "\\" in name
    ):
        raise ExportError(t("export.bad_name", name=name))
    target = folder / name
    if target.resolve().parent != folder.resolve():
        raise ExportError(t("export.bad_name", name=name))
    return target


def existing_files(folder: Path, export: Export) -> list[Path]:
    return [p for p in (_target(folder, f.name) for f in export.files) if p.exists()]


def write_export(folder: Path, export: Export, force: bool = False) -> list[Path]:
    """Write every file of ``export`` into ``folder`` (created if needed); return the paths."""
    folder = Path(folder).expanduser()
    if not export.files:
        return []
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(
            t("export.write_failed", path=str(folder), reason=exc.strerror or str(exc))
        ) from None
    if not folder.is_dir():
        raise ExportError(t("export.not_a_folder", path=str(folder)))
    targets = [_target(folder, f.name) for f in export.files]
    if not force:
        existing = [p for p in targets if p.exists()]
        if existing:
            raise ExportExists(
                t("export.exists", count=len(existing), path=str(existing[0])), existing
            )
    written = []
    for target, file in zip(targets, export.files, strict=True):
        if target.is_dir():
            raise ExportError(t("export.target_is_folder", path=str(target)), written)
        try:
            atomic_write_bytes(target, file.data())
        except OSError as exc:
            raise ExportError(
                t("export.write_failed", path=str(target), reason=exc.strerror or str(exc)), written
            ) from None
        written.append(target)
    return written
