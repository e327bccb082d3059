"""One process per data folder: an OS-level lock on ``<data>/groupguide.lock``.

The OS releases the lock when the holding process dies, even on ``kill -9``, so a crashed copy of
the app never blocks the next start. On Linux and macOS it is ``flock`` from the standard
library, taken directly: the ``filelock`` package did the same but cost about 6 ms of import on
every start (3 % of a bare Textual app's start-up, measured). On Windows, where there is no
``flock``, ``filelock`` (``LockFileEx``) does it.
"""

from __future__ import annotations

import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from groupguide.paths import DataPaths


class DataDirLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = DataPaths(Path(data_dir)).lock
        self._fd: int | None = None
        self._windows = None
        if fcntl is None:
            import filelock

            # thread_local=False: acquired and released by the same Store, whichever thread
            # closes it.
            self._windows = filelock.FileLock(str(self.path), timeout=0, thread_local=False)

    def acquire(self) -> bool:
        """True when acquired now (or already held by this object); False when another process
        (or another lock object) holds it. ``OSError`` if the lock file cannot be created or the
        file system cannot lock (read-only disk, permissions)."""
        if self._windows is not None:
            import filelock

            try:
                self._windows.acquire(timeout=0)
            except filelock.Timeout:
                return False
            return True
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:  # EWOULDBLOCK: held elsewhere
            os.close(fd)
            return False
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return True

    def release(self) -> None:
        if self._windows is not None:
            if self._windows.is_locked:
                self._windows.release(force=True)
            return
        fd, self._fd = self._fd, None
        if fd is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_UN)
            finally:
                os.close(fd)

    @property
    def held(self) -> bool:
        if self._windows is not None:
            return self._windows.is_locked
        return self._fd is not None
