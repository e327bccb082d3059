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
from groupguide.domain.activities import (
    ACTIVITY_KINDS,
    BUILTIN_ACTIVITY_IDS,
    MAX_PRESENTERS,
    Activity,
    ActivityLibrary,
    Phase,
)
from groupguide.domain.goals import Goal, GoalCatalogue, normalise_code
from groupguide.domain.problems import Problem
from groupguide.paths import builtin_dir, yaml_files
from groupguide.yamlsource import LocatedDict

CATALOGUE_KEYS = ("id", "title", "source")
GOAL_KEYS = ("code", "theme", "recommended", "text", "notes", "aliases")
ACTIVITY_KEYS = (
    "id",
    "title",
    "title_en",
    "minutes",
    "description",
    "description_en",
    "suggested_goals",
    "kind",
    "source",
    "phases",
    "presenters",
)
PHASE_KEYS = (
    "id",
    "title",
    "title_en",
    "minutes",
    "description",
    "description_en",
    "prompts",
    "prompts_en",
    "guidance",
    "guidance_en",
    "source",
)

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CATALOGUE_ID = re.compile(r"^[A-Za-z0-9ÆØÅæøå]+(?:[-_][A-Za-z0-9ÆØÅæøå]+)*$")
_HAS_ACTIVITIES = re.compile(r"^activities\s*:", re.MULTILINE)
_HAS_GATHERINGS = re.compile(r"^gatherings\s*:", re.MULTILINE)


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


# -- activities ---------------------------------------------------------------------------------


def _slug(entry: Fields, key: str) -> str | None:
    value = entry.text(key, required=True)
    if value is not None and not _SLUG.match(value):
        entry.error(key, "curricula.bad_slug", value=value)
        return None
    return value


def _translations(entry: Fields, key: str, norwegian: list[str]) -> tuple[str, ...]:
    """The English list ``key`` (e.g. ``prompts_en``); one that does not match the Norwegian
    list item for item is left out with a warning (the Norwegian texts are shown)."""
    english = entry.texts(key)
    if english and len(english) != len(norwegian):
        line, field_path = entry.where(key)
        entry.report.add(
            "curricula.translation_count",
            line,
            field_path,
            severity="warning",
            count=len(english),
            expected=len(norwegian),
            original=key.removesuffix("_en"),
        )
        return ()
    return tuple(english)


def _phase(node: LocatedDict, path: str, report: FileReport) -> Phase | None:
    entry = Fields(node, path, report)
    entry.check_keys(PHASE_KEYS)
    phase_id = _slug(entry, "id")
    title = entry.text("title", required=True)
    minutes = entry.minutes("minutes")
    prompts = entry.texts("prompts")
    guidance = entry.texts("guidance")
    phase = Phase(
        id=phase_id or "",
        title=title or "",
        minutes=minutes,
        prompts=tuple(prompts),
        description=entry.text("description") or "",
        title_en=entry.text("title_en") or "",
        description_en=entry.text("description_en") or "",
        prompts_en=_translations(entry, "prompts_en", prompts),
        guidance=tuple(guidance),
        guidance_en=_translations(entry, "guidance_en", guidance),
        source=entry.text("source") or "",
    )
    if not entry.ok or phase_id is None or title is None:
        return None
    return phase


def _phases(entry: Fields) -> tuple[Phase, ...]:
    phases: list[Phase] = []
    for position, node in entry.mappings("phases"):
        path = f"{entry.path}.phases[{position}]"
        phase = _phase(node, path, entry.report)
        if phase is None:
            entry.ok = False
        elif any(p.id == phase.id for p in phases):
            entry.report.add(
                "curricula.duplicate_phase", node.line_of("id"), f"{path}.id", id=phase.id
            )
            entry.ok = False
        else:
            phases.append(phase)
    return tuple(phases)


def _suggested_goals(entry: Fields, goals: GoalCatalogue | None) -> tuple[str, ...]:
    codes: list[str] = []
    for code in entry.texts("suggested_goals"):
        if goals is not None:
            canonical = goals.canonical(code)
            if canonical is None:
                line, field_path = entry.where("suggested_goals")
                entry.report.add(
                    "curricula.unknown_goal", line, field_path, severity="warning", code=code
                )
                continue
            code = canonical
        if code not in codes:
            codes.append(code)
    return tuple(codes)


def _presenters(entry: Fields) -> int | None:
    """``presenters``: how many present in a block of the activity, 0 to ``MAX_PRESENTERS``."""
    value = entry.node.get("presenters")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_PRESENTERS:
        entry.error("presenters", "curricula.bad_presenters", found=value, most=MAX_PRESENTERS)
        return None
    return value


def _activity(
    node: LocatedDict, path: str, report: FileReport, builtin: bool, goals: GoalCatalogue | None
) -> Activity | None:
    entry = Fields(node, path, report)
    entry.check_keys(ACTIVITY_KEYS)
    activity_id = _slug(entry, "id")
    title = entry.text("title", required=True)
    minutes = entry.minutes("minutes")
    kind = entry.text("kind") or ""
    if kind and kind not in ACTIVITY_KINDS:
        entry.error("kind", "curricula.unknown_kind", kind=kind, allowed=", ".join(ACTIVITY_KINDS))
    if activity_id in BUILTIN_ACTIVITY_IDS and not builtin:
        entry.error("id", "curricula.builtin_activity", id=activity_id)
    activity = Activity(
        id=activity_id or "",
        title=title or "",
        minutes=minutes,
        description=entry.text("description") or "",
        suggested_goals=_suggested_goals(entry, goals),
        phases=_phases(entry),
        kind=kind,
        title_en=entry.text("title_en") or "",
        description_en=entry.text("description_en") or "",
        source=entry.text("source") or "",
        presenters=_presenters(entry),
    )
    if not entry.ok:
        return None
    phase_total = sum(p.minutes for p in activity.phases)
    if activity.phases and phase_total != minutes:
        line, field_path = entry.where("phases")
        report.add(
            "curricula.phase_sum",
            line,
            field_path,
            severity="warning",
            phases=phase_total,
            minutes=minutes,
        )
    return activity


def _read_activity_file(
    path: Path,
    builtin: bool,
    goals: GoalCatalogue | None,
    known: dict[str, str],
    text: str | None = None,
) -> tuple[list[Activity], list[Problem]]:
    """``known`` maps activity ids already loaded to their file name; it is updated. ``text`` is
    the file's content when already read."""
    report = FileReport(str(path))
    data = read(path, report, text)
    if report.problems:
        return [], report.problems
    if top_level(data, report, ("activities",), "activities") is None:
        return [], report.problems
    activities = []
    for position, node in Fields(data, "", report).mappings("activities"):
        item = _activity(node, f"activities[{position}]", report, builtin, goals)
        if item is None:
            continue
        if item.id in known:
            report.add(
                "curricula.duplicate_activity",
                node.line_of("id"),
                f"activities[{position}].id",
                id=item.id,
                other=known[item.id],
            )
            continue
        known[item.id] = path.name
        activities.append(item)
    return activities, report.problems


def load_activity_file(
    path: Path, goals: GoalCatalogue | None = None, builtin: bool = False
) -> tuple[list[Activity], list[Problem]]:
    """The valid activities of one file, and its problems. A user file (``builtin`` false) may
    not use a built-in activity id. With ``goals``, suggested goals are checked and made
    canonical."""
    return _read_activity_file(path, builtin, goals, {})


def _activity_files(folder: Path | None) -> list[tuple[Path, str | None]]:
    """Files in ``folder`` that hold an activity library (not plans), with their text; a file
    that cannot be read is listed with None so that the reader reports it."""
    found = []
    for path in yaml_files(folder):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            found.append((path, None))
            continue
        if _HAS_ACTIVITIES.search(text) and not _HAS_GATHERINGS.search(text):
            found.append((path, text))
    return found


def load_activities(
    user_dir: Path | None = None, goals: GoalCatalogue | None = None
) -> tuple[ActivityLibrary, list[Problem]]:
    """The built-in activity library, then the user's activity files (plan files are skipped).

    A user activity cannot replace a built-in one; with ``goals``, suggested goals must exist.
    """
    library = ActivityLibrary()
    problems: list[Problem] = []
    known: dict[str, str] = {}
    builtin_files = sorted(
        _activity_files(builtin_dir("sessions")),
        key=lambda item: (item[0].name != "activities.yaml", item[0].name),
    )
    sources = [(path, text, True) for path, text in builtin_files]
    sources += [(path, text, False) for path, text in _activity_files(user_dir)]
    for path, text, builtin in sources:
        activities, file_problems = _read_activity_file(path, builtin, goals, known, text)
        for activity in activities:
            library.add(activity)
        problems.extend(file_problems)
    return library, problems
