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
    def load(cls, data_dir: Path | None = None) -> Library:
        from groupguide.curricula import load_activities, load_goals

        goals, goal_problems = load_goals(user_curricula_dir(data_dir) if data_dir else None)
        # Document order: the recommended goals (§1.1.1) before the optional ones (§1.1.2).
        goals = GoalCatalogue(sorted(goals.goals, key=lambda g: not g.recommended))
        activities, activity_problems = load_activities(
            user_sessions_dir(data_dir) if data_dir else None, goals=goals)
        return cls(goals, activities, goal_problems + activity_problems)
