"""The reference data every front door needs: learning goals and the activity library."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from groupguide.domain.activities import ActivityLibrary
from groupguide.domain.goals import GoalCatalogue
from groupguide.domain.problems import Problem
from groupguide.paths import user_curricula_dir, user_sessions_dir


@dataclass
class Library:
    goals: GoalCatalogue
    activities: ActivityLibrary
    problems: list[Problem] = field(default_factory=list)  # bad user catalogues, named

    @classmethod
    def load(cls, data_dir: Path | None = None, cache: Path | None = None) -> Library:
        """The shipped catalogues and the user's in ``data_dir``, from the cache of parsed
        catalogues when no source file changed (``library_cache``; ``cache`` overrides its
        folder), else parsed from YAML and cached."""
        from groupguide.library_cache import CatalogueCache

        cached = CatalogueCache.for_sources(data_dir, cache)
        loaded = cached.read()
        if loaded is not None:
            return cls(*loaded)
        library = cls.parse(data_dir)
        cached.write((library.goals, library.activities, library.problems))
        return library

    @classmethod
    def parse(cls, data_dir: Path | None = None) -> Library:
        """Read and check every catalogue file (imports PyYAML)."""
        from groupguide.curricula import load_activities, load_goals

        goals, goal_problems = load_goals(user_curricula_dir(data_dir) if data_dir else None)
        # Document order: the recommended goals (§1.1.1) before the optional ones (§1.1.2).
        goals = GoalCatalogue(sorted(goals.goals, key=lambda g: not g.recommended))
        activities, activity_problems = load_activities(
            user_sessions_dir(data_dir) if data_dir else None, goals=goals
        )
        return cls(goals, activities, goal_problems + activity_problems)
