"""Atomic file writes: temp file in the same folder, flush + fsync, ``os.replace``, fsync the folder.

A low module (no TinyDB, no filelock) shared by the store, the evaluation store and the exports.
These helpers raise plain ``OSError`` (callers such as the exports show ``strerror``); the
``Store`` wraps them in ``StoreWriteError``. On any failure the temp file is removed and the target
is left exactly as it was.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
import time
from contextlib import suppress
from datetime import date, datetime
from pathlib import Path
from typing import Any

TEMP_SUFFIX = ".tmp"
# Everything groupguide writes into the data folder holds names, notes or answers: readable and
# writable by the user only, whatever the umask (mkstemp already creates files 0600).
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def make_private_dir(folder: str | os.PathLike[str]) -> None:
    """``mkdir -p`` where every folder it creates is the user's only (0700), whatever the umask;
    folders that exist are left as they are. Raises ``OSError`` like ``Path.mkdir``."""
    target = Path(folder)
    missing: list[Path] = []
    probe = target
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:  # made meanwhile by another process, or a file: checked below
            continue
        os.chmod(path, PRIVATE_DIR)
    target.mkdir(mode=PRIVATE_DIR, exist_ok=True)  # raises when ``folder`` is a file


def tighten(path: Path) -> bool:
    """Make ``path`` (a file or folder, not followed when a link) the user's only: True when it
    was readable, writable or searchable by others before. Raises ``OSError``."""
    info = path.lstat()
    if stat.S_ISLNK(info.st_mode):
        return False
    wanted = PRIVATE_DIR if stat.S_ISDIR(info.st_mode) else PRIVATE_FILE
    current = stat.S_IMODE(info.st_mode)
    if current & 0o077 == 0:
        return False
    os.chmod(path, (current & 0o700) | (wanted & 0o700))
    return True


def copy_private(source: Path, target: Path) -> None:
    """Copy a file's bytes into a new file ``target`` created 0600 (``shutil.copyfile`` would
    give it the umask's mode, usually readable by everyone). Raises ``OSError``."""
    data = source.read_bytes()
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def fsync_dir(folder: str | os.PathLike[str]) -> None:
    """Make a rename or unlink in ``folder`` durable. Best effort: some systems cannot (Windows,
    some network file systems); the rename itself has already happened, so failures are ignored."""
    if os.name == "nt":  # pragma: no cover - directories cannot be opened for fsync on Windows
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers (and a crash) see the old or the new file,
    never a mix. Raises ``OSError``; then ``path`` is untouched and no temp file is left."""
    target = Path(path)
    folder = target.parent
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp_name)
        raise
    fsync_dir(folder)


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    atomic_write_bytes(path, text.encode(encoding))


def dump_json(data: Any) -> bytes:
    """Compact JSON (no indent: smaller and faster), UTF-8 with Norwegian letters as they are."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def atomic_write_json(path: str | os.PathLike[str], data: Any) -> None:
    # Serialise first: a value JSON cannot hold raises TypeError before any file is touched.
    atomic_write_bytes(path, dump_json(data))


def remove_file(path: str | os.PathLike[str]) -> None:
    """Unlink (atomic) and make it durable. Raises ``OSError`` (``FileNotFoundError`` included)."""
    target = Path(path)
    os.unlink(target)
    fsync_dir(target.parent)


def remove_stale_temp_files(folder: Path) -> None:
    """Remove temp files a killed process left behind (call only while holding the data lock)."""
    if not folder.is_dir():
        return
    for leftover in folder.glob(f".*{TEMP_SUFFIX}"):
        with suppress(OSError):
            leftover.unlink()


def loads_json(data: bytes | str) -> Any:
    """``json.loads``, except that a document nested too deeply to read (``RecursionError``, a
    hostile or broken file) raises ``ValueError`` like any other file that is not JSON."""
    try:
        return json.loads(data)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def day_stamp(day: date) -> float:
    """Midnight (local time) of ``day``: the only time a file of the evaluation carries."""
    return time.mktime(datetime(day.year, day.month, day.day).timetuple())


def set_times_to_day(path: Path, day: date) -> None:
    """Modification and access time of ``path`` (a file or the folder) set to ``day``'s
    midnight, so that nothing dates the last answer. Best effort (a system that refuses leaves
    the write's own time)."""
    stamp = day_stamp(day)
    with suppress(OSError, OverflowError, ValueError):
        os.utime(path, (stamp, stamp))


def write_crash_report(path: Path) -> Path | None:
    """The exception being handled, as where in the code it happened and its kind: never the
    variables' values nor the error's message, which may quote a name or a note. Written to
    ``path``, readable by the user only; None when it cannot be written (the error must not
    fail again)."""
    import sys
    import traceback

    kind, _, trace = sys.exc_info()
    report = "".join(traceback.format_tb(trace, limit=40))
    report += f"{kind.__module__}.{kind.__qualname__}\n" if kind else ""
    try:
        make_private_dir(path.parent)
        atomic_write_text(path, report)
        path.chmod(PRIVATE_FILE)
    except OSError:
        return None
    return path
