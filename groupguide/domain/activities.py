"""The activity library: methods a gathering's blocks are made of."""

from __future__ import annotations

from dataclasses import dataclass, field

# Stable ids that plan files use.
BUILTIN_ACTIVITY_IDS = (
    "case-reflection",
    "buzz",
    "audit",
    "av-intro",
    "evaluation-round",
    "open-topic",
    "break",
)


@dataclass(frozen=True)
class Phase:
    """A step of an activity with its own timer, e.g. P2 of a case reflection."""

    id: str
    title: str
    minutes: int
    prompts: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Activity:
    id: str
    title: str
    minutes: int
    description: str = ""
    suggested_goals: tuple[str, ...] = ()
    phases: tuple[Phase, ...] = ()
    kind: str = ""  # a builtin id this activity behaves like (run mode), defaults to id
    title_en: str = ""

    @property
    def behaves_like(self) -> str:
        return self.kind or self.id

    @property
    def has_presenter(self) -> bool:
        return self.behaves_like == "case-reflection"


@dataclass
class ActivityLibrary:
    activities: dict[str, Activity] = field(default_factory=dict)

    def get(self, activity_id: str) -> Activity | None:
        return self.activities.get(activity_id)

    def __contains__(self, activity_id: object) -> bool:
        return activity_id in self.activities

    def __iter__(self):
        return iter(self.activities.values())

    def __len__(self) -> int:
        return len(self.activities)

    def add(self, activity: Activity, replace: bool = False) -> None:
        if replace or activity.id not in self.activities:
            self.activities[activity.id] = activity
