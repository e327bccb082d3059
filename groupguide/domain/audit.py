"""Audit figures: the group's own practice statistics, shown as a distribution and a median only.

Pure. A figure carries no name and no order of entry (lists are kept sorted). The distribution is
shown only from ``AUDIT_MIN_FIGURES`` figures, on the shared screen and on a phone alike. A phone
that submitted learns where its own figure stands in the same coarse terms the shared screen uses
(which fifth of the range, above or below the median), never its exact rank: a rank for any
figure one chooses would let a curious phone reconstruct the whole list.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

AUDIT_MIN_FIGURES = 3  # the distribution is shown only from this many figures (anonymity)
DEFAULT_AUDIT_MEASURES = ("sick_leave", "referrals")
MAX_FIGURE = 100.0  # both measures are "per 100 consultations"
BINS = 5


@dataclass(frozen=True)
class AuditSummary:
    count: int
    median: float | None
    minimum: float | None
    maximum: float | None
    bins: tuple[tuple[float, float, int], ...]  # (from, to, how many); empty below the minimum

    @property
    def shown(self) -> bool:
        return self.count >= AUDIT_MIN_FIGURES


@dataclass(frozen=True)
class AuditPosition:
    """Where one figure stands against the group's distribution."""

    bin: int  # index into ``AuditSummary.bins`` (clamped to the ends)
    relation: str  # "below", "at" or "above" the median


def audit_summary(values: list[float], bins: int = BINS) -> AuditSummary:
    """The group's figures as a distribution and a median only; nothing that names anyone."""
    values = sorted(values)
    if len(values) < AUDIT_MIN_FIGURES:
        return AuditSummary(len(values), None, None, None, ())
    median = statistics.median(values)
    low, high = values[0], values[-1]
    width = (high - low) / bins
    if width <= 0:  # all equal (or a difference too small to divide)
        return AuditSummary(len(values), median, low, high, ((low, high, len(values)),))
    counts = [0] * bins
    for value in values:
        counts[_bin_of(value, low, width, bins)] += 1
    edges = tuple((low + i * width, low + (i + 1) * width, counts[i]) for i in range(bins))
    return AuditSummary(len(values), median, low, high, edges)


def _bin_of(value: float, low: float, width: float, bins: int) -> int:
    return max(0, min(bins - 1, int((value - low) / width)))


def audit_position(summary: AuditSummary, value: float) -> AuditPosition | None:
    """Where ``value`` stands, or None while the distribution is not shown."""
    if not summary.shown or summary.median is None or summary.minimum is None:
        return None
    width = summary.bins[0][1] - summary.bins[0][0]
    index = (
        0
        if len(summary.bins) == 1 or width <= 0
        else _bin_of(value, summary.minimum, width, len(summary.bins))
    )
    if value < summary.median:
        relation = "below"
    elif value > summary.median:
        relation = "above"
    else:
        relation = "at"
    return AuditPosition(index, relation)


def figure_text(value: float, comma: bool = True) -> str:
    """4.25 → "4,3" (one decimal, none when whole; a decimal comma in Norwegian)."""
    text = f"{value:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return text.replace(".", ",") if comma else text


def parse_figure(raw: str) -> float | None:
    """A figure as typed on a phone or a laptop: "4,2", "4.2", " 12 " → 4.2, 4.2, 12.0.

    None for anything else: empty, not a number, negative, above ``MAX_FIGURE``, NaN or infinity.
    """
    if not isinstance(raw, str) or len(raw) > 32:
        return None
    text = raw.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    if not text or any(c not in "0123456789." for c in text) or text.count(".") > 1 or text == ".":
        return None
    value = float(text)
    return value if 0 <= value <= MAX_FIGURE else None
