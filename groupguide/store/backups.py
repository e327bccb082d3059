"""Backups made when the store opens: ``backups/<timestamp>/`` holds a copy of ``groups/`` and
``settings.json``. The last ``KEEP_BACKUPS`` are kept; none is made when nothing changed since the
newest one. A backup is copied into a hidden temp folder first and renamed into place, so a backup
folder with a timestamp name is always complete."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from contextlib import suppress
from datetime import datetime
from pathlib import Path

from groupguide.fileio import copy_private, fsync_dir, make_private_dir
from groupguide.paths import GROUPS_DIR, SETTINGS_FILE, DataPaths

KEEP_BACKUPS = 10
_NAME = re.compile(r"^\d{8}-\d{6}-\d{6}(?:-\d+)?$")
_TEMP_PREFIX = ".tmp-"


def _sources(data_dir: Path) -> dict[str, Path]:
    """relative path → file, for everything a backup holds."""
    found: dict[str, Path] = {}
    groups = data_dir / GROUPS_DIR
    if groups.is_dir():
        for path in sorted(groups.glob("*.json")):
            if path.is_file():
                found[f"{GROUPS_DIR}/{path.name}"] = path
    settings = data_dir / SETTINGS_FILE
    if settings.is_file():
        found[SETTINGS_FILE] = settings
    return found


def _fingerprint(files: dict[str, Path]) -> dict[str, str]:
    return {rel: hashlib.sha256(path.read_bytes()).hexdigest() for rel, path in files.items()}


def _backup_files(backup: Path) -> dict[str, Path]:
    return _sources(backup)


def list_backups(data_dir: Path) -> list[Path]:
    """Complete backups, oldest first."""
    folder = DataPaths(data_dir).backups
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if p.is_dir() and _NAME.match(p.name)), key=_order)


def _order(path: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in path.name.split("-"))


def make_backup(
    data_dir: Path, keep: int = KEEP_BACKUPS, now: datetime | None = None
) -> Path | None:
    """Back up the data folder if it changed since the newest backup; rotate. Returns the new
    backup's folder, or None when there was nothing (new) to back up. Raises ``OSError``."""
    folder = DataPaths(data_dir).backups
    make_private_dir(folder)
    for leftover in folder.glob(f"{_TEMP_PREFIX}*"):  # from a process killed mid-backup
        shutil.rmtree(leftover, ignore_errors=True)
    sources = _sources(data_dir)
    existing = list_backups(data_dir)
    created: Path | None = None
    if sources and (
        not existing or _fingerprint(sources) != _fingerprint(_backup_files(existing[-1]))
    ):
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
        target = folder / stamp
        if existing and _order(target) <= _order(existing[-1]):
            # Same microsecond, or the clock went back: a suffix keeps the order chronological.
            parts = _order(existing[-1])
            suffix = parts[3] + 1 if len(parts) > 3 else 1
            base = "-".join(existing[-1].name.split("-")[:3])
            target = folder / f"{base}-{suffix}"
        temp = folder / f"{_TEMP_PREFIX}{stamp}"
        try:
            make_private_dir(temp / GROUPS_DIR)
            for rel, path in sources.items():
                copy_private(path, temp / rel)
            os.replace(temp, target)
        except BaseException:
            shutil.rmtree(temp, ignore_errors=True)
            raise
        fsync_dir(folder)
        created = target
    for old in list_backups(data_dir)[:-keep] if keep > 0 else []:
        with suppress(OSError):
            shutil.rmtree(old)
    return created
