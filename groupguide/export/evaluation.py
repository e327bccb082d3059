"""The anonymous evaluation's summary for the gathering report, read through the evaluation
model (``groupguide.evaluation.answers.AnswerStore`` and ``groupguide.evaluation.results
.aggregate``), imported only when a report asks for it.

A summary is printed only for a closed evaluation that at least the threshold (setting
``evaluation_threshold``, default 3, never below 2) have answered: a report leaves the laptop.
Free text comes in random order (``aggregate`` shuffles it), and anything in it that looks like a
patient identifier is masked.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from groupguide.domain.model import Gathering, Group
from groupguide.domain.rules import ANONYMITY_THRESHOLD
from groupguide.i18n import t


@dataclass(frozen=True)
class RatedItem:
    title: str
    mean: float | None
    count: int


@dataclass
class EvaluationSummary:
    count: int
    items: list[RatedItem] = field(default_factory=list)
    texts: list[tuple[str, list[str]]] = field(default_factory=list)  # field key → answers


@dataclass
class EvaluationStatus:
    """Either a summary to print, or the reason there is none (an i18n key)."""

    summary: EvaluationSummary | None
    reason: str = ""  # "export.eval.{unavailable,none,threshold,open}"
    count: int = 0
    threshold: int = ANONYMITY_THRESHOLD


def summary_from_results(results) -> EvaluationSummary:
    """From ``groupguide.evaluation.results.Results`` (visible)."""
    items = []
    if results.overall is not None:
        items.append(RatedItem(t("export.eval.overall"), results.overall.mean, results.overall.n))
    items += [RatedItem(r.title, r.mean, r.n) for r in results.blocks]
    items += [RatedItem(r.title, r.mean, r.n) for r in results.aspects]
    items += [RatedItem(f"{r.title} {r.detail}".strip(), r.mean, r.n) for r in results.goals]
    texts = [
        ("good", list(results.good)),
        ("better", list(results.better)),
        ("wishes", list(results.wishes)),
    ]
    return EvaluationSummary(results.count, items, texts)


def evaluation_status(
    data_dir: Path | None,
    group: Group,
    gathering: Gathering,
    threshold: int = ANONYMITY_THRESHOLD,
    rng: random.Random | None = None,
) -> EvaluationStatus:
    """Never raises: any trouble reading the evaluation becomes "not available"."""
    if data_dir is None:
        return EvaluationStatus(None, "export.eval.unavailable")
    from groupguide.evaluation.answers import SHAPE_ERRORS, AnswerStore, EvaluationError
    from groupguide.evaluation.results import aggregate

    try:
        evaluation = AnswerStore(Path(data_dir)).load_for(group.id, gathering.id)
    except EvaluationError:  # an unreadable or damaged file must not stop the report
        return EvaluationStatus(None, "export.eval.unavailable", threshold=threshold)
    count = evaluation.count if evaluation is not None else 0
    if count == 0:
        return EvaluationStatus(None, "export.eval.none", 0, threshold)
    if evaluation is not None and evaluation.status != "closed":
        return EvaluationStatus(None, "export.eval.open", count, threshold)
    if count < threshold:
        return EvaluationStatus(None, "export.eval.threshold", count, threshold)
    try:
        results = aggregate(evaluation, threshold, rng)
    except SHAPE_ERRORS:  # an unexpected answer shape is "not available"
        return EvaluationStatus(None, "export.eval.unavailable", count, threshold)
    if not results.visible:
        reason = "export.eval.open" if not results.closed else "export.eval.threshold"
        return EvaluationStatus(None, reason, count, threshold)
    return EvaluationStatus(summary_from_results(results), "", count, threshold)
