"""The demo: a throwaway data folder holding the shipped example group.

The group is not imported from ``sessions/example-plan.yaml`` on every start (parsing and
validating the plan, the goals and the activities took more than the rest of the start-up): it
ships ready made as ``demo-group.json``, the document a fresh import of the example plan gives,
with the ids made deterministic. ``tests/test_demo.py`` checks that it still equals a fresh
import; after changing the example plan, rebuild it with ``python -m groupguide.services.demo``.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from groupguide.domain.model import Group
from groupguide.paths import example_plan
from groupguide.services.workspace import Workspace

DEMO_PREFIX = "groupguide-demo-"
DEMO_DOCUMENT = Path(__file__).with_name("demo-group.json")
STALE_SECONDS = 600


def remove_stale_demos() -> None:
    """Delete demo folders left by a killed demo (their lock is free); a running demo keeps its."""
    from groupguide.store.lock import DataDirLock

    for folder in Path(tempfile.gettempdir()).glob(f"{DEMO_PREFIX}*"):
        # A folder made in the last minutes may belong to a demo still starting (unlocked
        # between preparing its data and opening the app): leave it.
        try:
            if not folder.is_dir() or time.time() - folder.stat().st_mtime < STALE_SECONDS:
                continue
        except OSError:
            continue
        lock = DataDirLock(folder)
        try:
            if not lock.acquire():
                continue
        except OSError:
            continue
        try:
            shutil.rmtree(folder, ignore_errors=True)
        finally:
            lock.release()


def demo_group() -> Group:
    return Group.from_dict(json.loads(DEMO_DOCUMENT.read_text(encoding="utf-8")))


def prepare_demo() -> Path:
    """A new throwaway data folder with the example group in it; the caller removes it."""
    remove_stale_demos()
    demo_dir = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX))
    workspace = Workspace(demo_dir)
    workspace.open()
    try:
        workspace.save_group(demo_group())
    finally:
        workspace.close()
    return demo_dir


# -- building the shipped document ---------------------------------------------------------------


def deterministic_ids(document: dict[str, Any]) -> dict[str, Any]:
    """The document with every generated id replaced by ``demo-<n>`` in order of appearance, and
    every reference to it (presenters, attendance, pairs, notes) following."""
    found: dict[str, str] = {}

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            value = node.get("id")
            if isinstance(value, str) and value not in found:
                found[value] = f"demo-{len(found) + 1}"
            for child in node.values():
                collect(child)
        elif isinstance(node, list):
            for child in node:
                collect(child)

    def rename(node: Any) -> Any:
        if isinstance(node, dict):
            return {found.get(k, k): rename(v) for k, v in node.items()}
        if isinstance(node, list):
            return [rename(v) for v in node]
        return found.get(node, node) if isinstance(node, str) else node

    collect(document)
    return rename(document)


def fresh_document() -> dict[str, Any]:
    """What importing the example plan gives today, with deterministic ids."""
    from groupguide.library import Library
    from groupguide.plans import read_plan

    library = Library.load(None)
    result = read_plan(example_plan(), library.goals, library.activities)
    if not result.ok or result.group is None:
        raise SystemExit("\n".join(str(p) for p in result.errors))
    return deterministic_ids(result.group.to_dict())


if __name__ == "__main__":
    DEMO_DOCUMENT.write_text(
        json.dumps(fresh_document(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(DEMO_DOCUMENT)
