"""What every section of the close-out reads: the context, the half-year's facts
(``domain.halfyear``), the goal coverage and the evaluation statuses the service read
beforehand (``export.evaluation.evaluation_status``: nothing below the anonymity threshold)."""

from __future__ import annotations

from dataclasses import dataclass

from groupguide.domain.coverage import Coverage, coverage
from groupguide.domain.halfyear import HalfYear, half_year
from groupguide.domain.rules import ANONYMITY_THRESHOLD
from groupguide.export.context import ExportContext
from groupguide.export.evaluation import EvaluationStatus


@dataclass(frozen=True)
class CloseOut:
    """What every section reads: the context, the half-year's facts and the evaluations."""

    ctx: ExportContext
    year: HalfYear
    coverage: Coverage
    evaluations: dict[str, EvaluationStatus]  # gathering id → status (``evaluation_status``)

    @property
    def threshold(self) -> int:
        statuses = list(self.evaluations.values())
        return statuses[0].threshold if statuses else ANONYMITY_THRESHOLD


def closeout_facts(ctx: ExportContext, evaluations: dict | None) -> CloseOut:
    return CloseOut(
        ctx, half_year(ctx.group, ctx.rules), coverage(ctx.group, ctx.goals), evaluations or {}
    )
