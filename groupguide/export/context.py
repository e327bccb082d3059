"""What every builder needs besides the group: the goal catalogue, the activity library, the
organiser's name, the date the document is made (from the app's clock, never the wall clock), the
gatherings and participants it covers (``--gathering``, ``--participant``) and the programme's
rules (the setting ``day_minutes``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from groupguide.domain.activities import ActivityLibrary
from groupguide.domain.goals import GoalCatalogue
from groupguide.domain.model import Gathering, Group
from groupguide.domain.people import Participant
from groupguide.domain.rules import DEFAULT_RULES, PlanningRules
from groupguide.i18n import t


@dataclass(frozen=True)
class ExportContext:
    group: Group
    goals: GoalCatalogue
    activities: ActivityLibrary | None
    now: datetime
    default_organiser: str = ""  # settings "organiser", used when the group names none
    numbers: tuple[int, ...] | None = None  # only these gatherings (1-based); None = all
    people: tuple[str, ...] | None = None  # only these participants (ids); None = all
    rules: PlanningRules = DEFAULT_RULES  # the programme's rules (the length of a day)

    def chosen(self) -> list[tuple[int, Gathering]]:
        """The gatherings a document covers, with their numbers in the half-year."""
        return [
            (number, gathering)
            for number, gathering in enumerate(self.group.gatherings, start=1)
            if self.numbers is None or number in self.numbers
        ]

    def participants(self) -> list[Participant]:
        """The participants a document covers (``people``), in the group's order."""
        return [p for p in self.group.participants if self.people is None or p.id in self.people]

    @property
    def today(self) -> date:
        return self.now.date()

    @property
    def organiser(self) -> str:
        return self.group.organiser.strip() or self.default_organiser.strip()

    def learning_activity(self) -> str:
        track = self.group.track or "LIS1"
        if track == "LIS1":
            return t("export.activity.lis1")
        return t("export.activity.track", track=track)


def make_context(group: Group, library, now: datetime, organiser: str = "") -> ExportContext:
    """From the app's pieces: ``library`` is a ``groupguide.library.Library``; ``organiser`` the
    setting of that name, used when the group names none."""
    return ExportContext(group, library.goals, library.activities, now, organiser)
