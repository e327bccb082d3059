"""One process per data folder: an OS-level lock (``flock`` / ``LockFileEx`` via ``filelock``).

The OS releases the lock when the holding process dies, even on ``kill -9``, so a crashed copy of
the app never blocks the next start.
"""

from __future__ import annotations

from pathlib import Path

import filelock

from groupguide.paths import DataPaths


class DataDirLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = DataPaths(Path(data_dir)).lock
        # thread_local=False: acquired and released by the same Store, whichever thread closes it.
        self._lock = filelock.FileLock(str(self.path), timeout=0, thread_local=False)

    def acquire(self) -> bool:
        """True when acquired now; False when another process holds it. ``OSError`` if the lock
        file cannot be created (read-only disk, permissions)."""
        try:
            self._lock.acquire(timeout=0)
        except filelock.Timeout:
            return False
        return True

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    @property
    def held(self) -> bool:
        return self._lock.is_locked
