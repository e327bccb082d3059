"""A TinyDB storage that never leaves a half-written file behind.

Stock ``JSONStorage`` overwrites its file in place, so a crash or ``kill -9`` mid-write can leave
it unreadable (see docs: tech-notes, TinyDB). This one writes a temp file in the same folder,
fsyncs it, ``os.replace``-s it over the old file and fsyncs the folder.

    TinyDB(path, storage=AtomicJSONStorage)
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from groupguide.fileio import atomic_write_bytes, dump_json, loads_json


class AtomicJSONStorage(Storage):
    """JSON storage with atomic writes and compact output. A missing or empty file reads as an
    empty database (``None``); the file is only created on the first write."""

    def __init__(
        self, path: str | os.PathLike[str], read_only: bool = False, encoding: str = "utf-8"
    ) -> None:
        super().__init__()
        self.path = Path(path)
        self.read_only = read_only
        self.encoding = encoding

    def read(self) -> dict[str, dict[str, Any]] | None:
        """The database as a dict, or ``None`` when the file is missing or empty.
        Raises ``ValueError`` (``json.JSONDecodeError``) for a file that is not JSON."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        if not raw.strip():
            return None
        return loads_json(raw.decode(self.encoding))

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self.read_only:
            raise OSError(f"{self.path} is opened read-only")
        atomic_write_bytes(self.path, dump_json(data))

    def close(self) -> None:
        pass
