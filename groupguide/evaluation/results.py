"""Aggregated results with the anonymity threshold (design.md §1).

Nothing is aggregated while the evaluation is open, however many have answered: reading the
results at 3 answers and again at 4 would show exactly what the 4th person said. Once it is
closed (and it cannot take more answers after that), the results show only when at least the
threshold have answered (default 3, never below 2): below it, one or two answers could be singled
out, so nothing but the count is shown, topic wishes included. Free text comes back in random
order.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass, field
from typing import Any

from groupguide.domain.anonymity import effective_threshold, results_visible
from groupguide.domain.rules import ANONYMITY_THRESHOLD
from groupguide.evaluation.model import SCALE, TEXT_FIELDS, Evaluation, Item
from groupguide.i18n import t


@dataclass(frozen=True)
class ItemResult:
    key: str
    title: str
    detail: str
    counts: tuple[int, ...]  # how many answered 1, 2, 3, 4, 5

    @property
    def n(self) -> int:
        return sum(self.counts)

    @property
    def mean(self) -> float | None:
        if not self.n:
            return None
        return sum(v * c for v, c in zip(SCALE, self.counts, strict=True)) / self.n

    def to_dict(self) -> dict[str, Any]:
        mean = self.mean
        return {
            "key": self.key,
            "title": self.title,
            "detail": self.detail,
            "counts": dict(zip([str(v) for v in SCALE], self.counts, strict=True)),
            "n": self.n,
            "mean": None if mean is None else round(mean, 2),
        }


@dataclass
class Results:
    evaluation_id: str
    title: str
    day: str
    count: int
    closed: bool
    threshold: int
    visible: bool
    overall: ItemResult | None = None
    blocks: list[ItemResult] = field(default_factory=list)
    goals: list[ItemResult] = field(default_factory=list)
    aspects: list[ItemResult] = field(default_factory=list)  # environment, facilitation
    good: list[str] = field(default_factory=list)
    better: list[str] = field(default_factory=list)
    wishes: list[str] = field(default_factory=list)

    @property
    def waiting(self) -> bool:
        """Hidden only because the evaluation is still open (enough answers or not)."""
        return not self.closed

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "evaluation": self.evaluation_id,
            "gathering": self.title,
            "date": self.day,
            "count": self.count,
            "closed": self.closed,
            "threshold": self.threshold,
            "visible": self.visible,
            "items": [],
        }
        if self.visible and self.overall is not None:
            data["items"] = (
                [{"kind": "overall", **self.overall.to_dict()}]
                + [{"kind": "block", **r.to_dict()} for r in self.blocks]
                + [{"kind": "goal", **r.to_dict()} for r in self.goals]
                + [{"kind": "aspect", **r.to_dict()} for r in self.aspects]
            )
            data.update(good=self.good, better=self.better, wishes=self.wishes)
        return data


def _rate(item: Item, values: list[Any]) -> ItemResult:
    counts = [0] * len(SCALE)
    for value in values:
        if isinstance(value, int) and not isinstance(value, bool) and value in SCALE:
            counts[value - 1] += 1
    return ItemResult(item.key, item.title, item.detail, tuple(counts))


def aggregate(
    evaluation: Evaluation, threshold: int = ANONYMITY_THRESHOLD, rng: random.Random | None = None
) -> Results:
    threshold = effective_threshold(threshold)
    closed = evaluation.status == "closed"
    visible = results_visible(closed, evaluation.count, threshold)
    results = Results(
        evaluation.id,
        evaluation.gathering_title,
        evaluation.day.isoformat(),
        evaluation.count,
        closed,
        threshold,
        visible,
    )
    if not visible:
        return results
    answers = evaluation.answers
    results.overall = _rate(Item("relevance", "relevance"), [a.get("relevance") for a in answers])
    results.blocks = [
        _rate(item, [_get(a, "blocks", item.key) for a in answers]) for item in evaluation.blocks
    ]
    results.goals = [
        _rate(item, [_get(a, "goals", item.key) for a in answers]) for item in evaluation.goals
    ]
    results.aspects = [
        _rate(
            Item(key, t(f"evaluation.results.aspect.{key}")),
            [_get(a, "aspects", key) for a in answers],
        )
        for key in evaluation.aspects
    ]
    shuffle = (rng or secrets.SystemRandom()).shuffle
    for name in TEXT_FIELDS:
        texts = [a[name] for a in answers if isinstance(a.get(name), str) and a[name].strip()]
        shuffle(texts)
        setattr(results, name, texts)
    return results


def _get(answer: dict[str, Any], section: str, key: str) -> Any:
    part = answer.get(section)
    return part.get(key) if isinstance(part, dict) else None


def bar(count: int, most: int, width: int = 20) -> str:
    """A text bar proportional to ``count`` (eighth blocks for the remainder)."""
    if most <= 0 or count <= 0:
        return ""
    eighths = round(count / most * width * 8)
    full, rest = divmod(max(eighths, 1), 8)
    return "█" * full + ("" if not rest else " ▏▎▍▌▋▊▉"[rest])
