"""The run state of a gathering in run mode: ``<data_dir>/runs/<gathering_id>.json``.

Written atomically (``files.atomic_write_text``) on every transition and while the timer runs, so
that a crash or a killed app resumes at the same block with the elapsed time kept (the state holds
the wall-clock start of the running segment, not a tick count). Event-loop thread only, like the
rest of the store.
"""

from __future__ import annotations

import json
from pathlib import Path

from groupguide.domain.runstate import RunState
from groupguide.fileio import atomic_write_text, loads_json, make_private_dir, remove_file
from groupguide.paths import DataPaths
from groupguide.store.errors import StoreWriteError


def _safe_id(value: str) -> bool:
    return (
        0 < len(value) <= 120
        and not value.startswith(".")
        and not any(c in value for c in "/\\\0:")
        and value.strip() == value
    )


class RunStateStore:
    def __init__(self, data_dir: Path) -> None:
        self.folder = DataPaths(Path(data_dir)).runs

    def path(self, gathering_id: str) -> Path:
        if not _safe_id(gathering_id):
            raise ValueError(gathering_id)
        return self.folder / f"{gathering_id}.json"

    def load(self, gathering_id: str) -> RunState | None:
        """The saved run, or None when there is none or it cannot be read (then a fresh run
        starts; the plan itself, with held minutes, lives in the group file)."""
        try:
            text = self.path(gathering_id).read_text(encoding="utf-8")
            state = RunState.from_dict(loads_json(text))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        if state.gathering_id != gathering_id:
            return None
        return state

    def save(self, state: RunState) -> None:
        """Raises ``StoreWriteError`` with a friendly message when the disk refuses."""
        target = self.path(state.gathering_id)
        try:
            make_private_dir(self.folder)
            atomic_write_text(target, json.dumps(state.to_dict(), ensure_ascii=False))
        except OSError as exc:
            raise StoreWriteError(target, exc) from exc

    def delete(self, gathering_id: str) -> None:
        try:
            remove_file(self.path(gathering_id))
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise StoreWriteError(self.path(gathering_id), exc) from exc
