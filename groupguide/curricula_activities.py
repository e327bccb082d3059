"""Load and check the activity library (``sessions/*.yaml`` with ``activities:``): the methods a
gathering's blocks are made of, their phases, presenters and audit measures.

The built-in file ships with the app; users may add their own activities in their data folder.
Bad user data never raises: every problem is returned with the file, line and field it concerns
(``activities[2].phases[0].minutes``). The schema is documented in ``sessions/SCHEMA.md``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from groupguide.curricula_fields import Fields, FileReport, read, top_level
from groupguide.domain.activities import (
    ACTIVITY_KINDS,
    BUILTIN_ACTIVITY_IDS,
    MAX_PRESENTERS,
    Activity,
    ActivityLibrary,
    Phase,
)
from groupguide.domain.audit import MAX_BLOCK_MEASURES, MAX_FIGURE, AuditMeasure
from groupguide.domain.goals import GoalCatalogue
from groupguide.domain.problems import Problem
from groupguide.paths import builtin_dir, yaml_files
from groupguide.yamlsource import LocatedDict

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
    "measures",
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
MEASURE_KEYS = (
    "id",
    "title",
    "title_en",
    "unit",
    "unit_en",
    "default",
    "maximum",
    "goals",
    "source",
)

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_MEASURE_ID = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
_HAS_ACTIVITIES = re.compile(r"^activities\s*:", re.MULTILINE)
_HAS_GATHERINGS = re.compile(r"^gatherings\s*:", re.MULTILINE)


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


def _suggested_goals(
    entry: Fields, goals: GoalCatalogue | None, key: str = "suggested_goals"
) -> tuple[str, ...]:
    codes: list[str] = []
    for code in entry.texts(key):
        if goals is not None:
            canonical = goals.canonical(code)
            if canonical is None:
                line, field_path = entry.where(key)
                entry.report.add(
                    "curricula.unknown_goal", line, field_path, severity="warning", code=code
                )
                continue
            code = canonical
        if code not in codes:
            codes.append(code)
    return tuple(codes)


def _measure(
    node: LocatedDict, path: str, report: FileReport, goals: GoalCatalogue | None
) -> tuple[AuditMeasure, bool] | None:
    """One measure and whether a block collects it by default."""
    entry = Fields(node, path, report)
    entry.check_keys(MEASURE_KEYS)
    measure_id = entry.text("id", required=True)
    if measure_id is not None and not _MEASURE_ID.match(measure_id):
        entry.error("id", "curricula.bad_measure_id", value=measure_id)
    title = entry.text("title", required=True)
    maximum = entry.node.get("maximum", MAX_FIGURE)
    if isinstance(maximum, bool) or not isinstance(maximum, (int, float)) or maximum <= 0:
        entry.error("maximum", "curricula.bad_maximum", found=maximum)
        maximum = MAX_FIGURE
    measure = AuditMeasure(
        id=measure_id or "",
        title=title or "",
        unit=entry.text("unit") or "",
        title_en=entry.text("title_en") or "",
        unit_en=entry.text("unit_en") or "",
        maximum=float(maximum),
        goals=_suggested_goals(entry, goals, "goals"),
        source=entry.text("source") or "",
    )
    default = entry.boolean("default", False)
    if not entry.ok:
        return None
    return measure, default


def _measures(
    entry: Fields, goals: GoalCatalogue | None
) -> tuple[tuple[AuditMeasure, ...], tuple[str, ...]]:
    """The activity's audit measures and the ids of those collected by default."""
    measures: list[AuditMeasure] = []
    defaults: list[str] = []
    for position, node in entry.mappings("measures"):
        path = f"{entry.path}.measures[{position}]"
        found = _measure(node, path, entry.report, goals)
        if found is None:
            entry.ok = False
            continue
        measure, default = found
        if any(m.id == measure.id for m in measures):
            entry.report.add(
                "curricula.duplicate_measure", node.line_of("id"), f"{path}.id", id=measure.id
            )
            entry.ok = False
            continue
        measures.append(measure)
        if default:
            defaults.append(measure.id)
    if len(defaults) > MAX_BLOCK_MEASURES:
        line, field_path = entry.where("measures")
        entry.report.add(
            "curricula.too_many_default_measures", line, field_path, most=MAX_BLOCK_MEASURES
        )
        entry.ok = False
    return tuple(measures), tuple(defaults)


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
    measures, defaults = _measures(entry, goals)
    activity = replace(activity, measures=measures, default_measures=defaults)
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
