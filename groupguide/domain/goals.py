"""Learning goals (læringsmål) and the catalogue that looks them up by code."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Goal:
    code: str  # canonical, e.g. "FKM LM-02" or "KLK-009"
    text: str  # the full Norwegian text, exactly as in the programme document
    catalogue: str  # "FKM", "KLK", or a user catalogue id such as "ALM"
    theme: str  # the heading it stands under
    recommended: bool  # §1.1.1 (True) or optional §1.1.2 (False)
    notes: str = ""  # elaborations from the document
    aliases: tuple[str, ...] = ()

    def matches(self, query: str) -> bool:
        """True when every word of ``query`` occurs in the code, text or theme (case-insensitive)."""
        haystack = f"{self.code} {' '.join(self.aliases)} {self.theme} {self.text}".casefold()
        compact = normalise_code(query)
        if compact and compact == normalise_code(self.code):
            return True
        return all(word in haystack for word in query.casefold().split())


_NUMBERED = re.compile(r"^([A-ZÆØÅ]+)-0*(\d+)$")  # a normalised code: prefix and number


def normalise_code(code: str) -> str:
    """A lookup key that tolerates the spellings in use: "FKM LM-02", "LM 02", "Del 1 KLK- 009"."""
    key = re.sub(r"[\s_.]", "", str(code).upper())
    key = re.sub(r"^(DEL1)", "", key)
    key = re.sub(r"^FKM", "", key)
    key = re.sub(r"^([A-ZÆØÅ]+)-?(\d)", r"\1-\2", key)
    return key


@dataclass
class GoalCatalogue:
    """All loaded goals, in document order, with lookup by any accepted spelling of a code."""

    goals: list[Goal] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._index: dict[str, Goal] = {}
        for goal in self.goals:
            self._register(goal)

    def _register(self, goal: Goal) -> None:
        for spelling in (goal.code, *goal.aliases):
            self._index.setdefault(normalise_code(spelling), goal)

    def add(self, goals: Iterable[Goal]) -> None:
        for goal in goals:
            if normalise_code(goal.code) in self._index:
                continue
            self.goals.append(goal)
            self._register(goal)

    def get(self, code: str) -> Goal | None:
        return self._index.get(normalise_code(code))

    def canonical(self, code: str) -> str | None:
        goal = self.get(code)
        return goal.code if goal else None

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and self.get(code) is not None

    def __iter__(self) -> Iterator[Goal]:
        return iter(self.goals)

    def __len__(self) -> int:
        return len(self.goals)

    @property
    def recommended(self) -> list[Goal]:
        return [g for g in self.goals if g.recommended]

    def nearest(self, code: str, limit: int = 3) -> list[str]:
        """The codes a mistyped one most likely means: the same number written another way
        first ("FKM LM-2" → "FKM LM-02"), then the closest spellings."""
        key = normalise_code(code)
        wanted = _NUMBERED.match(key)
        same_number = []
        if wanted is not None:
            for goal in self.goals:
                found = _NUMBERED.match(normalise_code(goal.code))
                if found is not None and found.groups() == wanted.groups():
                    same_number.append(goal.code)
        keys = {normalise_code(g.code): g.code for g in self.goals}
        close = [keys[k] for k in difflib.get_close_matches(key, list(keys), n=limit, cutoff=0.6)]
        return list(dict.fromkeys(same_number + close))[:limit]

    def search(self, query: str) -> list[Goal]:
        query = query.strip()
        if not query:
            return list(self.goals)
        return [g for g in self.goals if g.matches(query)]
