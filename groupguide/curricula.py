"""Load and check the learning-goal catalogues (``curricula/*.yaml``) and the activity library.

The built-in files ship with the app; users may add their own (e.g. an ALM catalogue or an extra
activity) in their data folder. Bad user data never raises: every problem is returned with the
file, line and field it concerns (``goals[3].text``). An entry with an error is skipped and the
rest of its file is kept; a file that cannot be read or parsed contributes nothing. The schemas
are documented in ``curricula/SCHEMA.md`` and ``sessions/SCHEMA.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from groupguide.curricula_fields import (
    Fields,
    FileReport,
    read,
    shown,
    top_level,
)
from groupguide.domain.goals import Goal, GoalCatalogue, normalise_code
from groupguide.domain.problems import Problem
from groupguide.paths import builtin_dir, yaml_files
from groupguide.yamlsource import LocatedDict

CATALOGUE_KEYS = ("id", "title", "source")
GOAL_KEYS = ("code", "theme", "recommended", "text", "notes", "aliases")

_CATALOGUE_ID = re.compile(r"^[A-Za-z0-9ÆØÅæøå]+(?:[-_][A-Za-z0-9ÆØÅæøå]+)*$")


# -- learning goals -----------------------------------------------------------------------------


@dataclass
class _CodeIndex:
    """Codes and aliases already taken (normalised), with the file that took them."""

    taken: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (code, file name)

    def owner(self, code: str) -> tuple[str, str] | None:
        return self.taken.get(normalise_code(code))

    def take(self, spelling: str, code: str, file: str) -> None:
        self.taken.setdefault(normalise_code(spelling), (code, file))


def _catalogue_header(data: LocatedDict, report: FileReport) -> str | None:
    if "catalogue" not in data:
        report.add("curricula.missing_field", data.line, "catalogue", name="catalogue")
        return None
    node = data["catalogue"]
    if not isinstance(node, LocatedDict):
        report.add(
            "curricula.expected_mapping", data.line_of("catalogue"), "catalogue", found=shown(node)
        )
        return None
    header = Fields(node, "catalogue", report)
    header.check_keys(CATALOGUE_KEYS)
    catalogue_id = header.text("id", required=True)
    header.text("title", required=True)
    header.text("source")
    if catalogue_id is not None and not _CATALOGUE_ID.match(catalogue_id):
        header.error("id", "curricula.bad_catalogue_id", value=catalogue_id)
    return catalogue_id if header.ok else None


def _goal(
    node: LocatedDict, path: str, catalogue: str, report: FileReport, index: _CodeIndex
) -> Goal | None:
    entry = Fields(node, path, report)
    entry.check_keys(GOAL_KEYS)
    code = entry.text("code", required=True)
    text = entry.text("text", required=True)
    theme = entry.text("theme", required=True)
    recommended = entry.boolean("recommended", default=False)
    notes = entry.text("notes") or ""
    aliases = entry.texts("aliases")
    if code is not None and not re.search(r"[A-Za-z0-9]", code):
        entry.error("code", "curricula.bad_code", code=code)
    if not entry.ok or code is None or text is None or theme is None:
        return None
    owner = index.owner(code)
    if owner is not None:
        entry.error("code", "curricula.duplicate_code", code=code, other=owner[1])
        return None
    file_name = Path(report.file).name
    index.take(code, code, file_name)
    kept = []
    for alias in aliases:
        taken = index.owner(alias)
        if taken is not None and taken[0] != code:
            line, field_path = entry.where("aliases")
            report.add(
                "curricula.alias_taken",
                line,
                field_path,
                severity="warning",
                alias=alias,
                code=taken[0],
            )
            continue
        index.take(alias, code, file_name)
        kept.append(alias)
    return Goal(
        code=code,
        text=text,
        catalogue=catalogue,
        theme=theme,
        recommended=recommended,
        notes=notes,
        aliases=tuple(kept),
    )


def _read_goal_file(path: Path, index: _CodeIndex) -> tuple[list[Goal], list[Problem]]:
    report = FileReport(str(path))
    data = read(path, report)
    if report.problems:
        return [], report.problems
    entries = top_level(data, report, ("catalogue", "goals"), "goals")
    if entries is None:
        return [], report.problems
    catalogue = _catalogue_header(data, report)
    if catalogue is None:
        report.add("curricula.file_ignored", data.line, None, severity="hint")
        return [], report.problems
    goals = []
    for position, node in Fields(data, "", report).mappings("goals"):
        goal = _goal(node, f"goals[{position}]", catalogue, report, index)
        if goal is not None:
            goals.append(goal)
    return goals, report.problems


def load_goal_file(path: Path) -> tuple[list[Goal], list[Problem]]:
    """The valid goals of one catalogue file, and the problems found in it."""
    return _read_goal_file(path, _CodeIndex())


def load_goals(user_dir: Path | None = None) -> tuple[GoalCatalogue, list[Problem]]:
    """The built-in catalogues (FKM, KLK) and then the user's, in file-name order."""
    index = _CodeIndex()
    goals: list[Goal] = []
    problems: list[Problem] = []
    for path in yaml_files(builtin_dir("curricula")) + yaml_files(user_dir):
        file_goals, file_problems = _read_goal_file(path, index)
        goals.extend(file_goals)
        problems.extend(file_problems)
    return GoalCatalogue(goals), problems


# The activity library is read by ``curricula_activities`` (kept here for existing imports).
from groupguide.curricula_activities import load_activities, load_activity_file  # noqa: E402

__all__ = ["load_activities", "load_activity_file", "load_goal_file", "load_goals"]
