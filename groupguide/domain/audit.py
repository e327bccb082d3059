"""Audit figures: the group's own practice statistics, shown as a coarse distribution and a
median only, never in a way that lets anyone deduce one person's exact figure.

Pure. A figure carries no name and no order of entry (lists are kept sorted). Nothing is shown
below ``AUDIT_MIN_FIGURES`` figures, on the shared screen and on a phone alike. The distribution's
bins lie on a grid of round numbers (0–5, 5–10, …), never at the lowest or highest figure, and
there is no minimum or maximum: with three figures, a median plus a minimum and a maximum would be
all three values. The median is always shown as the bin it falls in, never as a number: with an
odd count the exact median is one participant's figure.

Below ``AUDIT_EXACT_FIGURES`` figures the distribution is *coarse*, by one rule (``coarse_grid``):
at most ``COARSE_BINS`` bins, each at least a tenth of the measure's ``maximum`` wide (10 for
"per 100 consultations"), and widened further, step by round step, until no bin holds exactly one
figure. So three figures always share one bin, and four lie two and two or all in one; close
figures (12,5 / 14,5 / 16,5) never land one to a narrow bin. A phone that submitted learns where
its own figure stands in the same coarse terms (``audit_position``): its bin, and whether that
bin lies below, at or above the median's bin. Never its exact rank (a rank for any figure one
chooses would let a curious phone reconstruct the whole list), and never a comparison with the
exact median: "equal to the median" would tell a phone with an odd count that its figure is the
middle one, and with an even count that a neighbour has the same figure.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

AUDIT_MIN_FIGURES = 3  # the distribution is shown only from this many figures (anonymity)
AUDIT_EXACT_FIGURES = 5  # from this many the bins are finer (below: ``coarse_grid``)
MAX_FIGURE = 100.0  # the shipped measures are "per 100 consultations"
MAX_BLOCK_MEASURES = 4  # measures one audit block collects (keys 1–4 in run mode)
BINS = 5
COARSE_BINS = 3
ROUND = (1.0, 2.0, 2.5, 5.0)  # bin widths are these times a power of ten
FINEST_STEP = 0.5  # the narrowest bin from AUDIT_EXACT_FIGURES figures
COARSE_SHARE = 0.1  # below AUDIT_EXACT_FIGURES a bin is at least this share of the maximum


@dataclass(frozen=True)
class AuditSummary:
    """What may be shown of a group's figures. No exact median is kept here at all: with an
    odd count it is one person's figure."""

    count: int
    median_range: tuple[float, float] | None  # the bin the median falls in: what is shown
    bins: tuple[tuple[float, float, int], ...]  # (from, to, how many); empty below the minimum

    @property
    def shown(self) -> bool:
        return self.count >= AUDIT_MIN_FIGURES

    @property
    def exact(self) -> bool:
        """From this many figures the bins are fine (below: ``coarse_grid``)."""
        return self.count >= AUDIT_EXACT_FIGURES

    @property
    def median_bin(self) -> int | None:
        """The index of the bin the median falls in (None while nothing is shown)."""
        if not self.shown or not self.bins or self.median_range is None:
            return None
        low = self.median_range[0]
        return min(range(len(self.bins)), key=lambda i: abs(self.bins[i][0] - low))


@dataclass(frozen=True)
class AuditPosition:
    """Where one figure stands against the group's distribution."""

    bin: int  # index into ``AuditSummary.bins`` (clamped to the ends)
    # "below", "same" or "above": this bin against the bin the median falls in (never against
    # the exact median, which is not known here)
    relation: str


@dataclass(frozen=True)
class AuditMeasure:
    """What an audit collects: one figure per participant, such as sick-leave certificates per
    100 consultations. The shipped measures are in the activity library (the audit activity's
    ``measures``); the leader can add the group's own (``Group.measures``), typed in one
    language only."""

    id: str
    title: str
    unit: str = ""
    title_en: str = ""
    unit_en: str = ""
    maximum: float = MAX_FIGURE  # the largest figure accepted
    goals: tuple[str, ...] = ()  # learning goals the measure speaks to (KLK-009 for antibiotics)
    source: str = ""

    @property
    def key(self) -> str:
        return self.id

    def label(self, language: str = "nb") -> str:
        """ "Sykmeldinger (per 100 konsultasjoner)"; English where given."""
        english = language == "en"
        title = (self.title_en or self.title) if english else self.title
        unit = (self.unit_en or self.unit) if english else self.unit
        return f"{title} ({unit})" if unit else title

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "title": self.title}
        for name in ("unit", "title_en", "unit_en", "source"):
            if getattr(self, name):
                data[name] = getattr(self, name)
        if self.maximum != MAX_FIGURE:
            data["maximum"] = self.maximum
        if self.goals:
            data["goals"] = list(self.goals)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AuditMeasure:
        return cls(
            id=str(data["id"]),
            title=str(data.get("title", "")),
            unit=str(data.get("unit", "")),
            title_en=str(data.get("title_en", "")),
            unit_en=str(data.get("unit_en", "")),
            maximum=float(data.get("maximum", MAX_FIGURE)),
            goals=tuple(str(c) for c in data.get("goals", [])),
            source=str(data.get("source", "")),
        )


def round_steps(narrowest: float) -> Iterator[float]:
    """The round bin widths (…, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100, …) from the
    smallest one at least ``narrowest`` upwards, without end."""
    power = math.floor(math.log10(max(narrowest, FINEST_STEP))) - 1  # from below ``narrowest``
    while True:
        for base in ROUND:
            step = base * 10.0**power
            if step >= narrowest - 1e-9:
                yield step
        power += 1


def grid(values: list[float], most_bins: int, narrowest: float = 0.0) -> tuple[float, float]:
    """(first edge, step): the smallest round step (at least ``narrowest`` and
    ``FINEST_STEP``) whose multiples cover every value in at most ``most_bins`` bins. The
    edges depend on the values only through that coarse choice."""
    low, high = min(values), max(values)
    for step in round_steps(max(narrowest, FINEST_STEP)):
        first = math.floor(low / step) * step
        if high < first + most_bins * step:
            return first, step
    raise AssertionError("unreachable: a step above every value covers them in one bin")


def coarse_grid(values: list[float], maximum: float = MAX_FIGURE) -> tuple[float, float]:
    """(first edge, step) below ``AUDIT_EXACT_FIGURES`` figures: the rule that keeps a small
    distribution coarse. Bins are at least ``COARSE_SHARE`` of the measure's ``maximum`` wide
    (10 for "per 100 consultations"), there are at most ``COARSE_BINS`` of them, and the step
    grows (on the round steps) until no bin holds exactly one figure. That is always possible:
    one bin holding every figure has no single one. So three figures always share one bin, and
    four lie two and two (or all in one bin)."""
    low = min(values)
    for step in round_steps(max(maximum * COARSE_SHARE, FINEST_STEP)):
        first = math.floor(low / step) * step
        if max(values) >= first + COARSE_BINS * step:
            continue
        counts = _counts(values, first, step, COARSE_BINS)
        if 1 not in counts:
            return first, step
    raise AssertionError("unreachable: a step above every value puts them in one bin")


def _counts(values: list[float], first: float, step: float, most: int) -> list[int]:
    used = max(1, min(most, math.floor((max(values) - first) / step) + 1))
    counts = [0] * used
    for value in values:
        counts[_bin_of(value, first, step, used)] += 1
    return counts


def audit_summary(
    values: list[float], bins: int = BINS, maximum: float = MAX_FIGURE
) -> AuditSummary:
    """The group's figures as a coarse distribution and a median only (as the bin it falls
    in); nothing that names anyone, and no minimum or maximum. ``maximum`` is the measure's
    largest figure: below ``AUDIT_EXACT_FIGURES`` figures the bins are wide against it."""
    values = sorted(values)
    if len(values) < AUDIT_MIN_FIGURES:
        return AuditSummary(len(values), None, ())
    exact = len(values) >= AUDIT_EXACT_FIGURES
    # a figure at the maximum lies in the top bin (90–100), not in one beyond it (100–110)
    placed = [min(v, maximum * (1 - 1e-9)) for v in values]
    if exact:
        first, step = grid(placed, bins)
        counts = _counts(placed, first, step, bins)
    else:
        first, step = coarse_grid(placed, maximum)
        counts = _counts(placed, first, step, COARSE_BINS)
    used = len(counts)
    edges = tuple((first + i * step, first + (i + 1) * step, counts[i]) for i in range(used))
    low, high, _ = edges[_bin_of(statistics.median(placed), first, step, used)]
    return AuditSummary(len(values), (low, high), edges)


def _bin_of(value: float, first: float, step: float, bins: int) -> int:
    return max(0, min(bins - 1, math.floor((value - first) / step)))


def audit_position(summary: AuditSummary, value: float) -> AuditPosition | None:
    """Where ``value`` stands, or None while the distribution is not shown: the bin it falls
    in (a figure on an edge belongs to the bin above it, as when the bins are counted), and
    whether that bin lies below, is, or lies above the bin of the median. Nothing finer than
    what the distribution itself shows, so a phone learns nothing about any other figure."""
    median = summary.median_bin
    if median is None:
        return None
    first = summary.bins[0][0]
    step = summary.bins[0][1] - first
    index = _bin_of(value, first, step, len(summary.bins)) if step > 0 else 0
    relation = "below" if index < median else "above" if index > median else "same"
    return AuditPosition(index, relation)


def figure_text(value: float, comma: bool = True) -> str:
    """4.25 → "4,3" (one decimal, none when whole; a decimal comma in Norwegian)."""
    text = f"{value:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return text.replace(".", ",") if comma else text


def parse_figure(raw: str, maximum: float = MAX_FIGURE) -> float | None:
    """A figure as typed on a phone or a computer: "4,2", "4.2", " 12 " → 4.2, 4.2, 12.0.

    None for anything else: empty, not a number, negative, above ``maximum``, NaN or infinity.
    """
    if not isinstance(raw, str) or len(raw) > 32:
        return None
    text = raw.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    if not text or any(c not in "0123456789." for c in text) or text.count(".") > 1 or text == ".":
        return None
    value = float(text)
    return value if 0 <= value <= maximum else None


@dataclass(frozen=True)
class AuditResult:
    """The group's figures for one measure, kept with the held block once the collection has
    ended: the count and, from ``AUDIT_MIN_FIGURES``, the same coarse distribution the shared
    screen showed. The median is kept as the bin it falls in, as the screen in the room showed
    it: with an odd number of figures the exact median is one participant's figure, and what is
    kept leaves the room (reports, the close-out, plan files). So nothing kept is ever an
    individual figure, a minimum or a maximum: the range is the grid the bins lie on."""

    measure: str  # the measure's id
    label: str  # its label when collected (Norwegian)
    count: int
    median_range: tuple[float, float] | None = None
    bins: tuple[tuple[float, float, int], ...] = ()
    label_en: str = ""

    @classmethod
    def of(cls, measure: AuditMeasure, values: list[float]) -> AuditResult:
        summary = audit_summary(values, maximum=measure.maximum)
        return cls(
            measure.id,
            measure.label("nb"),
            summary.count,
            summary.median_range if summary.shown else None,
            summary.bins,
            measure.label("en"),
        )

    @property
    def shown(self) -> bool:
        return self.count >= AUDIT_MIN_FIGURES and bool(self.bins)

    @property
    def span(self) -> tuple[float, float] | None:
        """From the first bin's lower edge to the last bin's upper edge (round numbers)."""
        return (self.bins[0][0], self.bins[-1][1]) if self.shown else None

    def text_label(self, language: str = "nb") -> str:
        return self.label_en if language == "en" and self.label_en else self.label

    def summary(self) -> AuditSummary:
        """As the run screen shows a distribution (the median as its bin)."""
        return AuditSummary(self.count, self.median_range, self.bins)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"measure": self.measure, "label": self.label, "count": self.count}
        if self.label_en:
            data["label_en"] = self.label_en
        if self.shown:
            if self.median_range is not None:
                data["median_range"] = list(self.median_range)
            data["bins"] = [[low, high, count] for low, high, count in self.bins]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AuditResult:
        """The stored form; what the rule would not keep (an exact median, bins for too few
        figures, below ``AUDIT_EXACT_FIGURES`` a bin holding one figure, as kept before the
        coarse rule) is dropped, whatever the file says: then only the count is left."""
        count = int(data.get("count", 0))
        bins = tuple((float(low), float(high), int(n)) for low, high, n in data.get("bins") or [])
        median_range = data.get("median_range")
        single = count < AUDIT_EXACT_FIGURES and any(n == 1 for _, _, n in bins)
        if count < AUDIT_MIN_FIGURES or not bins or single:
            bins, median_range = (), None
        return cls(
            measure=str(data["measure"]),
            label=str(data.get("label", data["measure"])),
            count=count,
            median_range=None
            if not median_range
            else (float(median_range[0]), float(median_range[1])),
            bins=bins,
            label_en=str(data.get("label_en", "")),
        )
