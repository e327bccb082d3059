"""The store: groups and settings on disk, one small TinyDB file per group.

Layout of the data folder::

    groups/<group_id>.json     one TinyDB file per group: table "meta" {"schema": N},
                               table "group" with one document, Group.to_dict()
    settings.json              a plain dict
    evaluations/               owned by groupguide.evaluation (the store only creates it)
    (the names: groupguide.paths)
    backups/<timestamp>/       copies of groups/ and settings.json made on open (last 10)
    groupguide.lock            held (flock) while a Store is open for writing

Threading: every call is synchronous and must be made from one thread — in the app, the Textual
event-loop thread (TinyDB is not thread-safe, see tech-notes). One process per data folder is
enforced by the lock; a second copy gets ``StoreLocked``.

Opening reads the folder through ``loading`` (schema upgrades, damaged files set aside).

Writes go to disk at once and atomically (``files.atomic_write_bytes``). A failed write raises
``StoreWriteError``, leaves the old file and the in-memory cache as they were. The cache holds the
group documents exactly as they are on disk (``Group.to_dict()`` form); every getter builds a
fresh ``Group`` from them, so a caller that changes a group and does not (or cannot) save never
changes what the store holds. (``from_dict`` is about 4× cheaper than ``copy.deepcopy``.)
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from groupguide.domain.model import Group
from groupguide.domain.ordering import natural_key
from groupguide.domain.problems import Problem
from groupguide.fileio import (
    atomic_write_bytes,
    dump_json,
    make_private_dir,
    remove_file,
    remove_stale_temp_files,
)
from groupguide.i18n import t
from groupguide.paths import DataPaths
from groupguide.store import backups
from groupguide.store.errors import (
    StoreError,
    StoreLocked,
    StoreNotOpen,
    StoreReadOnly,
    StoreWriteError,
    reason_text,
)
from groupguide.store.loading import GROUP_TABLE, group_document, load_folder
from groupguide.store.lock import DataDirLock
from groupguide.store.privacy import tighten_data_folder


def _safe_id(group_id: object) -> bool:
    return (
        isinstance(group_id, str)
        and 0 < len(group_id) <= 120
        and not group_id.startswith(".")
        and not any(c in group_id for c in "/\\\0:")
        and group_id.strip() == group_id
    )


def _order(document: dict[str, Any]) -> tuple[Any, ...]:
    """By term, then name, in natural order ("Nummer5" before "Nummer10"; æ, ø, å after z)."""
    return (
        natural_key(str(document.get("term", ""))),
        natural_key(str(document.get("name", ""))),
        str(document.get("id", "")),
    )


class Store:
    """Groups and settings in one data folder. ``open()`` before use, ``close()`` after (or use
    ``with Store(path) as store:``). ``read_only=True``: no lock, no backups, nothing written —
    for commands that only read; every write then raises ``StoreReadOnly``."""

    def __init__(self, data_dir: Path, read_only: bool = False) -> None:
        self.data_dir = Path(data_dir)
        self.paths = DataPaths(self.data_dir)
        self.read_only = read_only
        self.problems: list[Problem] = []  # what open() found
        self._lock = DataDirLock(self.data_dir)
        self._open = False
        self._groups: dict[str, dict[str, Any]] = {}  # id → document as on disk
        self._settings: dict[str, Any] = {}
        self._protected: set[str] = set()  # ids whose file we could not load: never overwrite
        self._settings_protected = False  # settings.json unreadable and still in place

    # -- paths ---------------------------------------------------------------------------------

    @property
    def groups_dir(self) -> Path:
        return self.paths.groups

    @property
    def evaluations_dir(self) -> Path:
        return self.paths.evaluations

    @property
    def backups_dir(self) -> Path:
        return self.paths.backups

    @property
    def settings_path(self) -> Path:
        return self.paths.settings

    @property
    def lock_path(self) -> Path:
        return self._lock.path

    def group_path(self, group_id: str) -> Path:
        return self.groups_dir / f"{group_id}.json"

    @property
    def is_open(self) -> bool:
        return self._open

    # -- open / close --------------------------------------------------------------------------

    def open(self) -> list[Problem]:
        """Lock the folder, create what is missing, back up, migrate and load.

        Returns notices for the user (corrupt files set aside, backups that failed…). Raises
        ``StoreLocked`` when another process has the folder, ``StoreWriteError`` when the folder
        or its lock file cannot be created."""
        if self._open:
            return list(self.problems)
        self.problems = []
        self._groups, self._settings, self._protected = {}, {}, set()
        self._settings_protected = False
        if self.read_only:
            self._load_all()
            self._open = True
            return list(self.problems)
        try:
            make_private_dir(self.data_dir)
        except OSError as exc:
            raise StoreWriteError(self.data_dir, exc) from exc
        try:
            acquired = self._lock.acquire()
        except OSError as exc:
            raise StoreWriteError(self._lock.path, exc) from exc
        if not acquired:
            raise StoreLocked(self.data_dir)
        try:
            for folder in (self.groups_dir, self.evaluations_dir):
                try:
                    make_private_dir(folder)
                except OSError as exc:
                    raise StoreWriteError(folder, exc) from exc
            # Tightened silently, except copies an older version left readable in backups/.
            opened_to_others = [
                path
                for path in tighten_data_folder(self.data_dir)
                if path.is_file() and self.backups_dir in path.parents
            ]
            if opened_to_others:
                self.problems.append(
                    Problem.of(
                        "store.tightened",
                        severity="warning",
                        path=str(self.backups_dir),
                        count=len(opened_to_others),
                    )
                )
            remove_stale_temp_files(self.groups_dir)
            remove_stale_temp_files(self.data_dir)
            try:
                backups.make_backup(self.data_dir)
            except OSError as exc:
                self.problems.append(
                    Problem.of(
                        "store.backup_failed",
                        severity="warning",
                        path=str(self.backups_dir),
                        reason=reason_text(exc),
                    )
                )
            self._load_all()
        except BaseException:
            self._lock.release()
            raise
        self._open = True
        return list(self.problems)

    def open_read_only(self) -> list[Problem]:
        """Open without the lock and without ever writing (see ``read_only``)."""
        self.read_only = True
        return self.open()

    def close(self) -> None:
        self._open = False
        self._groups, self._settings = {}, {}
        self._lock.release()

    def __enter__(self) -> Store:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- groups --------------------------------------------------------------------------------

    def groups(self, include_archived: bool = True) -> list[Group]:
        """All groups (fresh copies), sorted by term, then name."""
        self._check_open()
        found = [
            d for d in self._groups.values() if include_archived or not d.get("archived", False)
        ]
        found.sort(key=_order)
        return [Group.from_dict(d) for d in found]

    def group(self, group_id: str) -> Group | None:
        """The group (a fresh copy), or None."""
        self._check_open()
        found = self._groups.get(group_id)
        return Group.from_dict(found) if found is not None else None

    def find_group(self, name_or_id: str) -> Group | None:
        """By id, else by name (case and surrounding spaces ignored); a fresh copy, or None."""
        self._check_open()
        if name_or_id in self._groups:
            return self.group(name_or_id)
        wanted = name_or_id.strip().casefold()
        for document in sorted(self._groups.values(), key=_order):
            if str(document.get("name", "")).strip().casefold() == wanted:
                return Group.from_dict(document)
        return None

    def save_group(self, group: Group) -> None:
        """Write the group's file at once (atomic); creates it on the first save."""
        self._check_writable()
        if not _safe_id(group.id):
            raise StoreError(t("store.bad_id", id=str(group.id)))
        path = self.group_path(group.id)
        if group.id in self._protected:
            raise StoreError(t("store.file_protected", path=str(path)))
        data = group_document(group)
        payload = dump_json(data)  # TypeError here (a bug) leaves everything untouched
        try:
            atomic_write_bytes(path, payload)
        except OSError as exc:
            raise StoreWriteError(path, exc) from exc
        self._groups[group.id] = data[GROUP_TABLE]["1"]  # to_dict() shares nothing with group

    def delete_group(self, group_id: str) -> Group:
        """Remove the group's file; returns the group so that saving it again undoes the delete.
        ``KeyError`` for an unknown id."""
        self._check_writable()
        if group_id not in self._groups:
            raise KeyError(group_id)
        path = self.group_path(group_id)
        try:
            remove_file(path)
        except FileNotFoundError:
            pass  # already gone: the cache follows the disk
        except OSError as exc:
            raise StoreWriteError(path, exc) from exc
        return Group.from_dict(self._groups.pop(group_id))

    # -- settings ------------------------------------------------------------------------------

    def settings(self) -> dict[str, Any]:
        self._check_open()
        return copy.deepcopy(self._settings)

    def save_settings(self, settings: dict[str, Any]) -> None:
        self._check_writable()
        if not isinstance(settings, dict):
            raise TypeError("settings must be a dict")
        if self._settings_protected:
            raise StoreError(t("store.file_protected", path=str(self.settings_path)))
        payload = dump_json(settings)
        try:
            atomic_write_bytes(self.settings_path, payload)
        except OSError as exc:
            raise StoreWriteError(self.settings_path, exc) from exc
        self._settings = json.loads(payload)

    # -- internals -----------------------------------------------------------------------------

    def _check_open(self) -> None:
        if not self._open:
            raise StoreNotOpen()

    def _check_writable(self) -> None:
        self._check_open()
        if self.read_only:
            raise StoreReadOnly(self.data_dir)

    def _load_all(self) -> None:
        found = load_folder(self.paths, self.read_only)
        self.problems.extend(found.problems)
        self._groups, self._settings = found.groups, found.settings
        self._protected, self._settings_protected = found.protected, found.settings_protected
