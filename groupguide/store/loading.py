"""Reading a data folder as the store opens it: ``settings.json`` and every group file, each
group file's schema brought up to date (``migrations``) and written back, and a file that cannot
be read either set aside (renamed ``<name>.corrupt-<time>``, never overwritten) or, when it cannot
be moved or is newer than this version, protected: the store then refuses to write over it.

Also the shape of a group file (``group_document``), which the store writes the same way.
What ``load_folder`` found, problems included: ``FolderContents``.
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from groupguide.domain.model import Group
from groupguide.domain.problems import Problem
from groupguide.fileio import atomic_write_bytes, dump_json, loads_json
from groupguide.paths import DataPaths
from groupguide.store.errors import reason_text
from groupguide.store.migrations import CURRENT_SCHEMA, FIRST_SCHEMA, MIGRATIONS
from groupguide.store.storage import AtomicJSONStorage

META_TABLE = "meta"
GROUP_TABLE = "group"

_LOAD_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


def _loads(document: Any) -> bool:
    """The document makes a group as it is (before any migration): a file that does not was
    damaged already, whatever a migration then does to it."""
    try:
        group = Group.from_dict(document)
    except _LOAD_ERRORS:
        return False
    return isinstance(group.name, str) and isinstance(group.term, str)


class _Corrupt(Exception):
    """A file that cannot be read as what it should be."""


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def group_document(group: Group) -> dict[str, dict[str, Any]]:
    """The TinyDB database a group file holds."""
    return {META_TABLE: {"1": {"schema": CURRENT_SCHEMA}}, GROUP_TABLE: {"1": group.to_dict()}}


@dataclass
class FolderContents:
    """What opening a data folder found: the group documents as on disk (by id), the settings,
    the ids and the settings file that must never be overwritten, and the notices for the user."""

    groups: dict[str, dict[str, Any]] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    protected: set[str] = field(default_factory=set)  # ids whose file could not be loaded
    settings_protected: bool = False  # settings.json unreadable and still in place
    problems: list[Problem] = field(default_factory=list)


def load_folder(paths: DataPaths, read_only: bool) -> FolderContents:
    """Read the settings and every group file; ``read_only``: never rename or write a file."""
    loader = _FolderLoader(read_only)
    loader.load_settings(paths.settings)
    if paths.groups.is_dir():
        for path in sorted(paths.groups.glob("*.json")):
            if path.is_file():
                loader.load_group_file(path)
    return loader.found


class _FolderLoader:
    def __init__(self, read_only: bool) -> None:
        self.read_only = read_only
        self.found = FolderContents()

    def load_settings(self, path: Path) -> None:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            self.found.settings_protected = True
            self.found.problems.append(
                Problem.of("store.unreadable", path=str(path), reason=reason_text(exc))
            )
            return
        try:
            data = loads_json(raw.decode("utf-8")) if raw.strip() else {}
            if not isinstance(data, dict):
                raise _Corrupt
        except (ValueError, _Corrupt):
            self.found.settings_protected = not self._set_aside(path)
            return
        self.found.settings = data

    def load_group_file(self, path: Path) -> None:
        group_id = path.stem
        try:
            data = AtomicJSONStorage(path, read_only=True).read()
        except OSError as exc:
            self.found.protected.add(group_id)
            self.found.problems.append(
                Problem.of("store.unreadable", path=str(path), reason=reason_text(exc))
            )
            return
        except ValueError:  # not JSON, or not UTF-8
            self._set_aside(path)
            return
        try:
            document, schema = self._document(data)
        except _Corrupt:
            self._set_aside(path)
            return
        if schema > CURRENT_SCHEMA:
            self.found.protected.add(group_id)
            self.found.problems.append(
                Problem.of(
                    "store.newer_schema", path=str(path), version=schema, current=CURRENT_SCHEMA
                )
            )
            return
        migrated = schema < CURRENT_SCHEMA
        original = document
        for version in range(schema, CURRENT_SCHEMA):
            step = MIGRATIONS.get(version)
            if step is None:
                self.found.protected.add(group_id)
                self.found.problems.append(
                    Problem.of("store.no_migration", path=str(path), version=version)
                )
                return
            try:
                document = step(copy.deepcopy(document))
            except Exception as exc:  # noqa: BLE001 - a failed migration must not stop the app
                self.found.protected.add(group_id)
                self.found.problems.append(
                    Problem.of(
                        "store.migration_failed", path=str(path), version=version, reason=str(exc)
                    )
                )
                return
        try:
            if not isinstance(document, dict):
                raise TypeError(type(document).__name__)
            group = Group.from_dict(document)
            if not isinstance(group.name, str) or not isinstance(group.term, str):
                raise TypeError("name")
        except _LOAD_ERRORS:
            if migrated and _loads(original):
                # the file was fine for its version; the migration made it unusable
                self.found.protected.add(group_id)
                self.found.problems.append(
                    Problem.of(
                        "store.migration_failed",
                        path=str(path),
                        version=schema,
                        reason="Group.from_dict",
                    )
                )
            else:
                self._set_aside(path)
            return
        group.id = group_id  # the file name is the id (a copied or renamed file stays unique)
        data = group_document(group)
        if migrated and not self.read_only:
            try:
                atomic_write_bytes(path, dump_json(data))
            except OSError as exc:
                self.found.problems.append(
                    Problem.of(
                        "store.migration_not_saved",
                        severity="warning",
                        path=str(path),
                        reason=reason_text(exc),
                    )
                )
        self.found.groups[group_id] = data[GROUP_TABLE]["1"]

    @staticmethod
    def _document(data: object) -> tuple[dict[str, Any], int]:
        """The group document and its schema version from a group file's database."""
        if not isinstance(data, dict):
            raise _Corrupt
        table = data.get(GROUP_TABLE)
        if not isinstance(table, dict) or len(table) != 1:
            raise _Corrupt
        (document,) = table.values()
        if not isinstance(document, dict):
            raise _Corrupt
        schema = FIRST_SCHEMA
        meta = data.get(META_TABLE)
        if meta is not None:
            if not isinstance(meta, dict):
                raise _Corrupt
            for row in meta.values():
                if isinstance(row, dict) and "schema" in row:
                    schema = row["schema"]
            if not isinstance(schema, int) or isinstance(schema, bool) or schema < 0:
                raise _Corrupt
        return document, schema

    def _set_aside(self, path: Path) -> bool:
        """Move a corrupt file out of the way (never overwrite it) and tell the user where.
        False when it could not be moved (read-only, or the rename failed): then it is protected
        from being overwritten."""
        if self.read_only:
            self.found.protected.add(path.stem)
            self.found.problems.append(
                Problem.of("store.corrupt_read_only", severity="warning", path=str(path))
            )
            return False
        stamp = _stamp()
        target = path.with_name(f"{path.name}.corrupt-{stamp}")
        counter = 1
        while target.exists():
            counter += 1
            target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
        try:
            os.rename(path, target)
        except OSError as exc:
            self.found.protected.add(path.stem)
            self.found.problems.append(
                Problem.of("store.corrupt_not_moved", path=str(path), reason=reason_text(exc))
            )
            return False
        self.found.problems.append(
            Problem.of(
                "store.corrupt_set_aside", severity="warning", path=str(path), moved=str(target)
            )
        )
        return True
