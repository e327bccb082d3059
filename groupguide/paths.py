"""Where groupguide keeps and finds its files. One module, so the README can list them all.

- data folder: ``--data-dir``, else ``$GROUPGUIDE_DATA_DIR``, else the platform's user data folder
  (``~/.local/share/groupguide`` on Linux). Holds ``groups/``, ``evaluations/``, ``backups/``,
  ``settings.json`` and the lock file.
- user catalogues: ``<data folder>/curricula/*.yaml`` (extra learning goals, e.g. ALM or SAM).
- user activities and plans: ``<data folder>/sessions/*.yaml``.
- built-in catalogues and activities ship inside the package (``groupguide.shipped_curricula``,
  ``groupguide.shipped_sessions``), from the repository's top-level ``curricula/`` and ``sessions/``.
- cache of the parsed catalogues: ``$GROUPGUIDE_CACHE_DIR``, else the platform's user cache folder
  (``~/.cache/groupguide`` on Linux); safe to delete at any time.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "groupguide"
ENV_DATA_DIR = "GROUPGUIDE_DATA_DIR"
ENV_CACHE_DIR = "GROUPGUIDE_CACHE_DIR"


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


def user_curricula_dir(data_dir: Path) -> Path:
    return data_dir / "curricula"


def user_sessions_dir(data_dir: Path) -> Path:
    return data_dir / "sessions"


def yaml_files(folder: Path | None) -> list[Path]:
    """The ``*.yaml``/``*.yml`` files in ``folder`` (none when it does not exist), by name."""
    if folder is None or not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
