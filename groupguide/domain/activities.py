"""The activity library: methods a gathering's blocks are made of."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from groupguide.domain.audit import MAX_BLOCK_MEASURES, AuditMeasure

if TYPE_CHECKING:
    from groupguide.domain.model import Block, Group

# How an activity behaves in run mode (an activity's ``kind``): a round with a presenter and
# phases, pairs, audit figures, or just a timer and a description.
ACTIVITY_KINDS = (
    "case-reflection",
    "buzz",
    "audit",
    "av-intro",
    "evaluation-round",
    "open-topic",
    "break",
)
# Stable ids of the shipped activities that plan files use; a user activity cannot take one.
BUILTIN_ACTIVITY_IDS = (
    "case-reflection",
    "case-shared-decision",
    "buzz",
    "audit",
    "av-intro",
    "evaluation-round",
    "open-topic",
    "break",
)
# How many participants present in a block of each kind, unless the activity says otherwise
# (``presenters`` in the library): a case is presented by one, a buzz exercise starts with one
# participant's case, and "to LIS 1 presenterer auditen" (Gruppeveiledning v5.0 §2.2).
DEFAULT_PRESENTERS = {"case-reflection": 1, "buzz": 1, "audit": 2}
MAX_PRESENTERS = 2
# In a buzz exercise the pairs are drawn and shown from this phase on (earlier phases, such as
# the case presentation, have no pairs yet); an activity without it shows them throughout.
PAIRS_PHASE = "pairs"


def _english(norwegian: tuple[str, ...], english: tuple[str, ...]) -> tuple[str, ...]:
    """The English list when it translates every item, else the Norwegian one."""
    return english if english and len(english) == len(norwegian) else norwegian


@dataclass(frozen=True)
class Phase:
    """A step of an activity with its own timer, e.g. P2 of a case reflection.

    ``prompts`` are questions the leader can put to the group; ``guidance`` is for the leader
    alone (how to ask, what to avoid) and is never projected. ``*_en`` are the English texts
    (optional in a user's file: Norwegian is shown where one is missing); ``source`` names the
    section of the programme or the booklet the phase follows."""

    id: str
    title: str
    minutes: int
    prompts: tuple[str, ...] = ()
    description: str = ""
    title_en: str = ""
    description_en: str = ""
    prompts_en: tuple[str, ...] = ()
    guidance: tuple[str, ...] = ()
    guidance_en: tuple[str, ...] = ()
    source: str = ""

    def localised(self, language: str) -> Phase:
        """This phase with its texts in ``language`` ("en": English where given)."""
        if language != "en":
            return self
        return replace(
            self,
            title=self.title_en or self.title,
            description=self.description_en or self.description,
            prompts=_english(self.prompts, self.prompts_en),
            guidance=_english(self.guidance, self.guidance_en),
        )


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
    description_en: str = ""
    source: str = ""  # the section of the programme or the booklet the activity follows
    presenters: int | None = None  # how many present in a block of it; None: by its kind
    measures: tuple[AuditMeasure, ...] = ()  # what an audit of this activity can collect
    default_measures: tuple[str, ...] = ()  # the measures' ids a block collects by default

    @property
    def behaves_like(self) -> str:
        return self.kind or self.id

    @property
    def presenter_slots(self) -> int:
        """How many participants present in a block of this activity (0: nobody does)."""
        if self.presenters is not None:
            return self.presenters
        return DEFAULT_PRESENTERS.get(self.behaves_like, 0)

    @property
    def has_presenter(self) -> bool:
        return self.presenter_slots > 0

    def localised(self, language: str) -> Activity:
        """This activity and its phases with their texts in ``language`` ("en": English where
        given, Norwegian where not)."""
        if language != "en":
            return self
        return replace(
            self,
            title=self.title_en or self.title,
            description=self.description_en or self.description,
            phases=tuple(p.localised(language) for p in self.phases),
        )

    def pairs_from(self) -> int:
        """The index of the first phase in which a buzz exercise shows its pairs."""
        ids = [p.id for p in self.phases]
        return ids.index(PAIRS_PHASE) if PAIRS_PHASE in ids else 0


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

    def measures(self) -> dict[str, AuditMeasure]:
        """Every audit measure the library offers, by id (the first activity to define an id
        gives it)."""
        found: dict[str, AuditMeasure] = {}
        for activity in self.activities.values():
            for measure in activity.measures:
                found.setdefault(measure.id, measure)
        return found


def known_measures(group: Group, library: ActivityLibrary) -> dict[str, AuditMeasure]:
    """The library's measures and the group's own, by id."""
    return {**library.measures(), **{m.id: m for m in group.measures}}


def add_own_measure(group: Group, title: str, unit: str = "") -> AuditMeasure:
    """A measure of the group's own (``own-1``, ``own-2``, …), typed by the leader."""
    taken = {m.id for m in group.measures}
    number = 1
    while f"own-{number}" in taken:
        number += 1
    measure = AuditMeasure(f"own-{number}", title.strip(), unit.strip())
    group.measures.append(measure)
    return measure


def measures_of(block: Block, group: Group, library: ActivityLibrary) -> list[AuditMeasure]:
    """What an audit block collects: its own choice, else its activity's default measures
    (at most ``MAX_BLOCK_MEASURES``; an id that is nowhere defined is left out)."""
    known = known_measures(group, library)
    activity = library.get(block.activity)
    ids = block.measures or (list(activity.default_measures) if activity else [])
    return [known[i] for i in ids if i in known][:MAX_BLOCK_MEASURES]
