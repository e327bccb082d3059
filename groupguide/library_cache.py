"""A cache of the parsed catalogues (learning goals, activity library and their problems), so that
a start where nothing changed neither imports PyYAML nor parses a YAML file.

The key is the contents of every source file: the shipped and the user's ``curricula/*.yaml`` and
``sessions/*.yaml`` (path and SHA-256 of the bytes), with the app's version and the size and
modification time of the loader's own modules, so that a changed loader never serves an old
result. Adding, changing or removing a file in ``<data>/curricula`` or ``<data>/sessions``
therefore rebuilds it.

One JSON file per set of source paths in the user cache folder (``paths.cache_dir()``): a header
line (format, key, digest of the rest) and the payload. It is written atomically; one that is
missing, unreadable, damaged (the digest does not match) or made for other sources is ignored and
rebuilt, never a crash; one that cannot be written is simply not written.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from groupguide import __version__
from groupguide.domain.activities import Activity, ActivityLibrary, Phase
from groupguide.domain.audit import AuditMeasure
from groupguide.domain.goals import Goal, GoalCatalogue
from groupguide.domain.problems import Problem
from groupguide.fileio import loads_json
from groupguide.paths import (
    builtin_dir,
    cache_dir,
    user_curricula_dir,
    user_sessions_dir,
    yaml_files,
)

FORMAT = 3  # 2: activities and phases as objects, with English texts, guidance and sources;
# 3: how many present in a block of each activity, and the audit measures
KEEP = 8  # cache files kept (one per data folder with its own catalogues); the oldest go first
_PACKAGE = Path(__file__).resolve().parent
# The modules whose change changes what loading gives.
_LOADER = (
    "curricula.py",
    "curricula_fields.py",
    "yamlsource.py",
    "library.py",
    "library_cache.py",
    "domain/goals.py",
    "domain/activities.py",
    "domain/problems.py",
)
# What reading a cache of the wrong shape raises: such a cache is ignored.
_SHAPE_ERRORS = (ValueError, KeyError, TypeError, AttributeError, IndexError)

Loaded = tuple[GoalCatalogue, ActivityLibrary, list[Problem]]


def source_files(data_dir: Path | None) -> list[Path]:
    """Every file the catalogues are read from (plan files in ``sessions`` included: a few bytes
    more to hash, and no second guess at which files hold activities)."""
    user = [user_curricula_dir(data_dir), user_sessions_dir(data_dir)] if data_dir else []
    folders = [builtin_dir("curricula"), builtin_dir("sessions"), *user]
    return [path for folder in folders for path in yaml_files(folder)]


@dataclass(frozen=True)
class CatalogueCache:
    """The cache file for one set of source files, and the key its content must carry."""

    path: Path
    key: str

    @classmethod
    def for_sources(cls, data_dir: Path | None, folder: Path | None = None) -> CatalogueCache:
        files = source_files(data_dir)
        names = hashlib.sha256("\n".join(map(str, files)).encode()).hexdigest()[:16]
        digest = hashlib.sha256(f"{FORMAT}|{__version__}".encode())
        for name in _LOADER:
            try:
                stat = (_PACKAGE / name).stat()
                digest.update(f"|{name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
            except OSError:
                digest.update(f"|{name}:-".encode())
        for path in files:
            digest.update(f"|{path}:".encode())
            try:
                digest.update(hashlib.sha256(path.read_bytes()).digest())
            except OSError as exc:  # the loader reports it; the key remembers that it failed
                digest.update(f"unreadable {exc.errno}".encode())
        return cls((folder or cache_dir()) / f"catalogues-{names}.json", digest.hexdigest())

    def read(self) -> Loaded | None:
        """What the cache holds for this key, or None (missing, damaged or stale)."""
        try:
            raw = self.path.read_bytes()
        except OSError:
            return None
        header, _, payload = raw.partition(b"\n")
        try:
            head = loads_json(header)
            if head.get("format") != FORMAT or head.get("key") != self.key:
                return None
            if head.get("digest") != hashlib.sha256(payload).hexdigest():
                return None
            return _decode(loads_json(payload))
        except _SHAPE_ERRORS:  # not JSON, not UTF-8, or not our shape: rebuilt by the caller
            return None

    def write(self, loaded: Loaded) -> None:
        """Store ``loaded`` under this key; a cache that cannot be written is not written."""
        payload = json.dumps(_encode(*loaded), ensure_ascii=False, separators=(",", ":")).encode(
            "utf-8"
        )
        header = json.dumps(
            {"format": FORMAT, "key": self.key, "digest": hashlib.sha256(payload).hexdigest()}
        ).encode()
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(header + b"\n" + payload)
            os.replace(temporary, self.path)
            _prune(self.path.parent)
        except OSError:  # a read-only or full disk: no cache this time
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)


def _prune(folder: Path) -> None:
    files = sorted(
        folder.glob("catalogues-*.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True
    )
    for old in files[KEEP:]:
        old.unlink(missing_ok=True)


# -- to and from JSON ---------------------------------------------------------------------------


def _encode(
    goals: GoalCatalogue, activities: ActivityLibrary, problems: list[Problem]
) -> dict[str, Any]:
    return {
        "goals": [
            [g.code, g.text, g.catalogue, g.theme, g.recommended, g.notes, list(g.aliases)]
            for g in goals
        ],
        "activities": [_activity_json(a) for a in activities],
        "problems": [
            [p.key, [list(pair) for pair in p.params], p.severity, p.file, p.line, p.field]
            for p in problems
        ],
    }


def _decode(data: dict[str, Any]) -> Loaded:
    goals = GoalCatalogue(
        [
            Goal(code, text, catalogue, theme, recommended, notes, tuple(aliases))
            for code, text, catalogue, theme, recommended, notes, aliases in data["goals"]
        ]
    )
    activities = ActivityLibrary()
    for item in data["activities"]:
        activities.add(_activity_from_json(item))
    problems = [
        Problem(key, tuple((name, value) for name, value in params), severity, file, line, field)
        for key, params, severity, file, line, field in data["problems"]
    ]
    return goals, activities, problems


def _activity_json(activity: Activity) -> dict[str, Any]:
    data = {f.name: getattr(activity, f.name) for f in fields(Activity)}
    data["suggested_goals"] = list(activity.suggested_goals)
    data["default_measures"] = list(activity.default_measures)
    data["measures"] = [m.to_dict() for m in activity.measures]
    data["phases"] = [
        {f.name: _listed(getattr(p, f.name)) for f in fields(Phase)} for p in activity.phases
    ]
    return data


def _listed(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _activity_from_json(data: dict[str, Any]) -> Activity:
    phase_fields = {f.name for f in fields(Phase)}
    phases = []
    for item in data["phases"]:
        if set(item) != phase_fields:  # made by another version: rebuilt by the caller
            raise KeyError("phase fields")
        phases.append(Phase(**{k: tuple(v) if isinstance(v, list) else v for k, v in item.items()}))
    listed = ("phases", "suggested_goals", "measures", "default_measures")
    values = {k: v for k, v in data.items() if k not in listed}
    if set(values) | set(listed) != {f.name for f in fields(Activity)}:
        raise KeyError("activity fields")
    return Activity(
        **values,
        suggested_goals=tuple(data["suggested_goals"]),
        phases=tuple(phases),
        measures=tuple(AuditMeasure.from_dict(m) for m in data["measures"]),
        default_measures=tuple(data["default_measures"]),
    )
