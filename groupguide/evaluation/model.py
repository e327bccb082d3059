"""What one anonymous evaluation is: the questions it asks (the blocks to rate and the gathering's
learning goals, ``Item``), its mode (open, or one-time ballot codes), its status, the hashes of its
unused ballot codes, where it is served while open, and its answers, with the plain-dict form the
answer store writes (``answers``). Also which questions a gathering asks (``questions_for``).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from groupguide.domain.goals import GoalCatalogue
from groupguide.domain.model import Gathering
from groupguide.domain.schedule import is_programme
from groupguide.domain.serving import parse_serving

FORMAT_VERSION = 1
MODES = ("open", "ballot")
STATUSES = ("ready", "open", "closed")  # ready: slips printed, not yet opened
SCALE = (1, 2, 3, 4, 5)
TEXT_FIELDS = ("good", "better", "wishes")
# What the programme asks about besides the parts and the goals (§2.2, §2.4): the learning
# environment in the group and the group leader's facilitation, rated 1–5 like the rest.
ASPECTS = ("environment", "facilitation")
MAX_ANSWERS = 60  # five times the group cap: more is a flood, not a group
NOT_RATED = frozenset({"evaluation-round"})  # besides breaks: the evaluation itself


@dataclass(frozen=True)
class Item:
    """One thing rated 1–5: a block (key = block id) or a learning goal (key = goal code)."""

    key: str
    title: str
    detail: str = ""  # a goal's full text

    def to_dict(self) -> dict[str, str]:
        return {"key": self.key, "title": self.title, "detail": self.detail}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Item:
        return cls(str(data["key"]), str(data.get("title", "")), str(data.get("detail", "")))


@dataclass
class Evaluation:
    id: str
    group_id: str
    gathering_id: str
    gathering_title: str
    day: date
    blocks: list[Item]
    goals: list[Item]
    aspects: list[str] = field(default_factory=lambda: list(ASPECTS))  # asked (ASPECTS keys)
    mode: str = "open"
    status: str = "open"
    ballots: list[str] = field(default_factory=list)  # sha256 of unused ballot codes, sorted
    answers: list[dict[str, Any]] = field(default_factory=list)
    limit: int = 0  # most answers taken (participants present, or raised); 0 = MAX_ANSWERS
    round: str = field(default_factory=lambda: secrets.token_hex(8))  # new when answers clear
    serving: dict[str, Any] | None = None  # ``domain.serving``, while open

    @property
    def count(self) -> int:
        return len(self.answers)

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    @property
    def cap(self) -> int:
        """The most answers this evaluation takes."""
        return min(self.limit, MAX_ANSWERS) if self.limit > 0 else MAX_ANSWERS

    @property
    def full(self) -> bool:
        return self.count >= self.cap

    def to_dict(self) -> dict[str, Any]:
        data = {
            "version": FORMAT_VERSION,
            "id": self.id,
            "group_id": self.group_id,
            "gathering_id": self.gathering_id,
            "gathering_title": self.gathering_title,
            "date": self.day.isoformat(),
            "mode": self.mode,
            "status": self.status,
            "limit": self.limit,
            "round": self.round,
            "blocks": [i.to_dict() for i in self.blocks],
            "goals": [i.to_dict() for i in self.goals],
            "aspects": list(self.aspects),
            "ballots": sorted(self.ballots),
            "answers": list(self.answers),
        }
        if self.serving is not None and self.is_open:
            data["serving"] = dict(self.serving)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evaluation:
        limit = data.get("limit", 0)
        serving = data.get("serving")
        return cls(
            id=str(data["id"]),
            group_id=str(data["group_id"]),
            gathering_id=str(data["gathering_id"]),
            gathering_title=str(data.get("gathering_title", "")),
            day=date.fromisoformat(data["date"]),
            blocks=[Item.from_dict(i) for i in data.get("blocks", [])],
            goals=[Item.from_dict(i) for i in data.get("goals", [])],
            # a file from before these questions asked none of them
            aspects=[str(a) for a in data.get("aspects", []) if a in ASPECTS],
            mode=data.get("mode", "open") if data.get("mode") in MODES else "open",
            status=data["status"] if data.get("status") in STATUSES else "open",
            ballots=[str(b) for b in data.get("ballots", [])],
            answers=[a for a in data.get("answers", []) if isinstance(a, dict)],
            limit=limit if isinstance(limit, int) and not isinstance(limit, bool) else 0,
            round=str(data.get("round") or secrets.token_hex(8)),
            serving=parse_serving(serving),
        )


def evaluation_id(group_id: str, gathering_id: str) -> str:
    return f"{group_id}-{gathering_id}"


def questions_for(gathering: Gathering, goals: GoalCatalogue) -> tuple[list[Item], list[Item]]:
    """The blocks to rate (held ones; before anything is held, the planned programme; never
    breaks) and the gathering's learning goals with their full text."""
    programme = [b for b in gathering.blocks if is_programme(b) and b.activity not in NOT_RATED]
    held = [b for b in programme if b.held]
    blocks = [Item(b.id, b.title or b.activity) for b in (held or programme)]
    codes: list[str] = []
    for block in held or programme:
        for code in block.goals:
            goal = goals.get(code)
            canonical = goal.code if goal else code
            if canonical not in codes:
                codes.append(canonical)
    items = []
    for code in codes:
        goal = goals.get(code)
        items.append(Item(code, code, goal.text if goal else ""))
    return blocks, items
