"""An audit's distribution never places one person: the median is always shown as its bin (as the
kept result holds it), and below five figures the bins are genuinely coarse (``coarse_grid``).

Found in a new-user trial: five figures showed "Median 17,3 (5 tall)" (one participant's figure)
on the shared screen, and 12,5 / 14,5 / 16,5 showed as "12–14: 1 · 14–16: 1 · 16–18: 1" under
"grovt inndelt", placing each person within 2 units."""

from __future__ import annotations

import random
import statistics

import pytest

from groupguide.domain.audit import (
    AUDIT_EXACT_FIGURES,
    AuditMeasure,
    AuditResult,
    audit_summary,
    coarse_grid,
)
from groupguide.i18n import set_language
from groupguide.tui.widgets.audit_view import median_text

SICK_LEAVE = AuditMeasure("sick_leave", "Sykmeldinger", "per 100 konsultasjoner")


@pytest.fixture(autouse=True)
def _norwegian():
    set_language("nb")
    yield
    set_language("nb")


@pytest.mark.parametrize(
    "values",
    [
        [12.0, 15.0, 17.3, 18.0, 19.0],  # the trial's five: the median is the third figure
        [2.1, 3.4, 4.8, 5.5, 6.2, 7.9, 11.3],
        [5.0, 6.0, 7.0, 8.0, 9.0, 10.0],
    ],
)
def test_the_shared_screen_shows_the_median_as_its_bin_like_the_kept_result(values):
    summary = audit_summary(values)
    text = median_text(summary)
    low, high = summary.median_range
    assert text.startswith(f"Median mellom {low:g} og {high:g} ({len(values)} tall)")
    exact = statistics.median(values)
    assert low <= exact <= high
    median = f"{exact:g}".replace(".", ",")
    assert f"Median {median}" not in text and "grovt" not in text
    kept = AuditResult.of(SICK_LEAVE, values)
    assert kept.median_range == summary.median_range and kept.bins == summary.bins
    assert median_text(kept.summary()) == text  # a run reopened later says the same


def test_below_five_the_screen_says_the_distribution_is_coarse():
    text = median_text(audit_summary([12.5, 14.5, 16.5]))
    assert text == "Median mellom 10 og 20 (3 tall; grovt inndelt under 5 tall, for anonymitet)"


@pytest.mark.parametrize(
    ("values", "bins"),
    [
        # close figures: one bin at least a tenth of the maximum wide, not three of width 2
        ([12.5, 14.5, 16.5], ((10.0, 20.0, 3),)),
        # identical figures
        ([3.0, 3.0, 3.0], ((0.0, 10.0, 3),)),
        ([100.0, 100.0, 100.0], ((90.0, 100.0, 3),)),  # at the maximum: not 100–110
        # spread figures: three always share one bin, however far apart
        ([2.0, 30.0, 70.0], ((0.0, 100.0, 3),)),
        ([9.0, 11.0, 12.0], ((0.0, 20.0, 3),)),  # 0–10 would hold 9 alone
        # four: two and two where the grid allows it
        ([19.0, 21.0, 39.0, 41.0], ((0.0, 25.0, 2), (25.0, 50.0, 2))),
        ([12.5, 14.5, 16.5, 17.0], ((10.0, 20.0, 4),)),
        ([2.0, 3.0, 95.0, 97.0], ((0.0, 50.0, 2), (50.0, 100.0, 2))),
    ],
)
def test_coarse_bins_are_wide_and_hold_no_single_figure(values, bins):
    summary = audit_summary(values)
    assert summary.bins == bins
    assert AuditResult.of(SICK_LEAVE, values).bins == bins  # what reports and the close-out print


def test_coarse_width_follows_the_measures_maximum():
    per_ten = AuditMeasure("visits", "Besøk", "per 10 konsultasjoner", maximum=10.0)
    kept = AuditResult.of(per_ten, [1.2, 1.4, 1.7])
    assert kept.bins == ((1.0, 2.0, 3),) and kept.median_range == (1.0, 2.0)
    assert coarse_grid([1.2, 1.4, 1.7], maximum=10.0) == (1.0, 1.0)
    assert coarse_grid([12.5, 14.5, 16.5], maximum=100.0) == (10.0, 10.0)


@pytest.mark.parametrize("count", [3, 4])
def test_no_coarse_bin_ever_holds_exactly_one_figure(count):
    rng = random.Random(count)
    for _ in range(500):
        values = [round(rng.uniform(0, 100), 1) for _ in range(count)]
        if rng.random() < 0.5:  # and close together
            centre = rng.uniform(0, 90)
            values = [round(centre + rng.uniform(0, 6), 1) for _ in range(count)]
        summary = audit_summary(values)
        assert all(n != 1 for _, _, n in summary.bins), values
        assert all(high - low >= 10 for low, high, _ in summary.bins), values
        assert sum(n for _, _, n in summary.bins) == count
        low, high = summary.median_range
        assert low <= sorted(values)[len(values) // 2] <= high or count % 2 == 0


@pytest.mark.parametrize("count", [3, 4, 5, 7])
def test_nothing_shown_or_kept_is_an_individual_figure(count):
    rng = random.Random(count * 7)
    for _ in range(200):
        values = sorted(round(rng.uniform(1, 40), 1) for _ in range(count))
        summary = audit_summary(values)
        kept = AuditResult.of(SICK_LEAVE, values)
        text = median_text(summary)
        shown = {f"{x:g}".replace(".", ",") for x in summary.median_range}
        # the numbers the median text names are the round edges of its bin, nothing else
        assert set(text.split("(")[0].split()[2::2]) == shown, text
        assert kept.median_range == summary.median_range
        if count < AUDIT_EXACT_FIGURES:
            assert len(summary.bins) <= 3 and all(n != 1 for _, _, n in summary.bins)
            assert "grovt" in text
        else:
            assert "grovt" not in text


def test_a_stored_result_from_before_the_coarse_rule_keeps_only_its_count():
    """A group file written before the rule may hold 12–14: 1 · 14–16: 1 · 16–18: 1."""
    old = {
        "measure": "sick_leave",
        "label": "Sykmeldinger",
        "count": 3,
        "median_range": [14, 16],
        "bins": [[12, 14, 1], [14, 16, 1], [16, 18, 1]],
    }
    kept = AuditResult.from_dict(old)
    assert kept.count == 3 and kept.bins == () and kept.median_range is None
    assert not kept.shown and "bins" not in kept.to_dict()
    coarse = AuditResult.of(SICK_LEAVE, [12.5, 14.5, 16.5])
    assert AuditResult.from_dict(coarse.to_dict()) == coarse  # what the rule keeps reads back
    seven = AuditResult.of(SICK_LEAVE, [2.1, 3.4, 4.8, 5.5, 6.2, 7.9, 11.3])
    assert AuditResult.from_dict(seven.to_dict()) == seven  # from five a single bin is fine
