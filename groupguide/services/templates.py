"""Gathering templates: every gathering with blocks in the plan files of the shipped sessions
folder and the user's own (``<data>/sessions``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from groupguide.domain.model import Gathering
from groupguide.library import Library
from groupguide.paths import SESSIONS_DIR, builtin_dir
from groupguide.plans import read_plan
from groupguide.services.workspace import Workspace


@dataclass(frozen=True)
class Template:
    file: str  # the file's name, shown to the user
    gathering: Gathering

    @property
    def label(self) -> str:
        return f"{self.file} – {self.gathering.title}"


def find_templates(folders: list[Path], library: Library) -> list[Template]:
    """Every gathering with blocks in every valid plan file of ``folders`` (in that order, files
    by name). Files that are not valid plans (the activity library, a broken file) are skipped."""
    found: list[Template] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            result = read_plan(path, library.goals, library.activities)
            if not result.ok or result.group is None:
                continue
            found += [Template(path.name, g) for g in result.group.gatherings if g.blocks]
    return found


def templates(workspace: Workspace) -> list[Template]:
    """The shipped templates, then the user's own."""
    return find_templates([builtin_dir(SESSIONS_DIR), workspace.paths.sessions], workspace.library)
