"""Where groupguide keeps and finds its files: the one table of names, so the README can list
them all and no other module spells a folder name.

- data folder: ``--data-dir``, else ``$GROUPGUIDE_DATA_DIR``, else the platform's user data folder
  (``~/.local/share/groupguide`` on Linux). ``DataPaths`` names everything inside it.
- built-in catalogues and activities ship inside the package (``groupguide.shipped_curricula``,
  ``groupguide.shipped_sessions``), from the repository's top-level ``curricula/`` and ``sessions/``.
- cache of the parsed catalogues: ``$GROUPGUIDE_CACHE_DIR``, else the platform's user cache folder
  (``~/.cache/groupguide`` on Linux); safe to delete at any time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "groupguide"
ENV_DATA_DIR = "GROUPGUIDE_DATA_DIR"
ENV_CACHE_DIR = "GROUPGUIDE_CACHE_DIR"

# The data folder's contents (README "File locations" lists the same).
GROUPS_DIR = "groups"  # <id>.json, one small TinyDB file per group
EVALUATIONS_DIR = "evaluations"  # anonymous answers and ballot slips
RUNS_DIR = "runs"  # <gathering id>.json, run mode's state (resume after a crash)
BACKUPS_DIR = "backups"  # <timestamp>/ copies of groups/ and settings.json
CURRICULA_DIR = "curricula"  # the user's own learning goals (*.yaml)
SESSIONS_DIR = "sessions"  # the user's own activities and plans (*.yaml)
SETTINGS_FILE = "settings.json"
LOCK_FILE = "groupguide.lock"
CRASH_REPORT = "feilrapport.txt"  # the last unexpected error (no variables' values)
EXAMPLE_PLAN = "example-plan.yaml"  # in the shipped sessions folder


@dataclass(frozen=True)
class DataPaths:
    """Every folder and file of one data folder."""

    root: Path

    @property
    def groups(self) -> Path:
        return self.root / GROUPS_DIR

    @property
    def evaluations(self) -> Path:
        return self.root / EVALUATIONS_DIR

    @property
    def runs(self) -> Path:
        return self.root / RUNS_DIR

    @property
    def backups(self) -> Path:
        return self.root / BACKUPS_DIR

    @property
    def curricula(self) -> Path:
        return self.root / CURRICULA_DIR

    @property
    def sessions(self) -> Path:
        return self.root / SESSIONS_DIR

    @property
    def settings(self) -> Path:
        return self.root / SETTINGS_FILE

    @property
    def lock(self) -> Path:
        return self.root / LOCK_FILE

    @property
    def crash_report(self) -> Path:
        return self.root / CRASH_REPORT


def default_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def cache_dir() -> Path:
    env = os.environ.get(ENV_CACHE_DIR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)


def builtin_dir(name: str) -> Path:
    """The shipped ``curricula`` or ``sessions`` folder, installed or in a source checkout."""
    package = Path(__file__).resolve().parent
    installed = package / f"shipped_{name}"  # inside an installed wheel
    if installed.is_dir():
        return installed
    return package.parent / name  # a source checkout or an editable install


def example_plan() -> Path:
    return builtin_dir(SESSIONS_DIR) / EXAMPLE_PLAN


def user_curricula_dir(data_dir: Path) -> Path:
    return DataPaths(Path(data_dir)).curricula


def user_sessions_dir(data_dir: Path) -> Path:
    return DataPaths(Path(data_dir)).sessions


def yaml_files(folder: Path | None) -> list[Path]:
    """The ``*.yaml``/``*.yml`` files in ``folder`` (none when it does not exist), by name."""
    if folder is None or not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
