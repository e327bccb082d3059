"""The data folder is the user's only: files 0600, folders 0700, whatever the umask.

New files and folders are made that way (``fileio``); ``tighten_data_folder`` fixes what an
older version left readable by others (backups copied with the umask's 0644 in 0755 folders)
each time the store opens. The data folder itself is left as it is when it existed before (the
user may have chosen a folder of their own); everything groupguide keeps in it is tightened."""

from __future__ import annotations

import os
from pathlib import Path

from groupguide.fileio import tighten
from groupguide.paths import DataPaths


def _walk(root: Path) -> list[Path]:
    if not root.is_dir() or root.is_symlink():
        return []
    found = [root]
    for folder, dirs, files in os.walk(root):
        base = Path(folder)
        found.extend(base / name for name in dirs)
        found.extend(base / name for name in files)
    return found


def tighten_data_folder(data_dir: Path) -> list[Path]:
    """Make every file and folder groupguide keeps in ``data_dir`` the user's only. Returns
    those that others could read before (their permissions changed now); a path that cannot
    be changed (another owner, a file system without permissions) is skipped."""
    paths = DataPaths(data_dir)
    candidates: list[Path] = []
    # Folders whose whole tree is groupguide's (names, notes, answers, run state, their copies).
    for tree in (paths.groups, paths.backups, paths.evaluations, paths.runs):
        candidates.extend(_walk(tree))
    candidates.extend(p for p in (paths.settings, paths.lock, paths.crash_report) if p.is_file())
    changed: list[Path] = []
    for path in candidates:
        try:
            if tighten(path):
                changed.append(path)
        except OSError:
            continue
    return changed
