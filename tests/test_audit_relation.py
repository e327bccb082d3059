"""Where a phone's own figure stands against the group's median: its bin against the bin the
median falls in, never against the exact median (follow-up of issue 15).

Before: from five figures a phone read "Ditt tall er lik gruppens median" when its figure equalled
the exact median. With an odd count that confirmed its figure was the middle one; with an even
count (the mean of the two middle figures) it told the phone that a neighbour had the same figure.
"""

from __future__ import annotations

import statistics

from hypothesis import given
from hypothesis import strategies as st

from groupguide.domain.audit import (
    AUDIT_MIN_FIGURES,
    AuditMeasure,
    AuditResult,
    audit_position,
    audit_summary,
)
from groupguide.export.audits import result_table
from groupguide.i18n import set_language

SICK_LEAVE = AuditMeasure("sick_leave", "Sykmeldinger", "per 100 konsultasjoner")


def relations(values: list[float], own: list[float]) -> list[str]:
    summary = audit_summary(values)
    return [audit_position(summary, value).relation for value in own]


def test_odd_count_the_middle_figure_is_told_no_more_than_its_bin_neighbours():
    values = [12.0, 15.0, 17.3, 18.0, 19.0]  # the middle one, 17,3, is one person's figure
    summary = audit_summary(values)
    assert summary.median_range == (16.0, 18.0)
    assert "median" not in {f for f in vars(summary) if f != "median_range"}
    # the owner of 17,3 reads what anyone in 16–18 would read: no "equal to the median"
    assert relations(values, [17.3, 16.0, 17.9]) == ["same", "same", "same"]
    assert relations(values, [12.0, 15.0, 18.0, 19.0]) == ["below", "below", "above", "above"]


def test_even_count_a_tie_in_the_middle_is_not_told_to_the_phone():
    tie = [1.0, 2.0, 4.2, 4.2, 8.0, 9.0]  # the exact median 4,2 equals two people's figure
    apart = [1.0, 2.0, 4.2, 4.4, 8.0, 9.0]  # the median 4,3 equals nobody's
    assert statistics.median(tie) == 4.2 and statistics.median(apart) != 4.2
    # the phone that sent 4,2 sees the same page either way: same bins, same median bin, same
    # relation; so it cannot tell whether a neighbour has the same figure
    assert audit_summary(tie) == audit_summary(apart)
    assert relations(tie, [4.2]) == relations(apart, [4.2]) == ["same"]


def test_even_count_whose_median_falls_between_two_groups():
    values = [1.0, 2.0, 3.0, 7.0, 8.0, 9.0]  # the median 5 lies in a bin nobody is in
    summary = audit_summary(values)
    low, high = summary.median_range
    assert low <= 5.0 < high
    assert summary.bins[summary.median_bin][2] == 0
    assert relations(values, [3.0, 7.0]) == ["below", "above"]


def test_a_figure_on_a_bin_edge_belongs_to_the_bin_above_as_when_counted():
    values = [2.0, 4.0, 5.0, 6.0, 9.0]  # bins of 2: 2–4 · 4–6 · 6–8 · 8–10
    summary = audit_summary(values)
    assert summary.bins == ((2.0, 4.0, 1), (4.0, 6.0, 2), (6.0, 8.0, 1), (8.0, 10.0, 1))
    assert summary.median_range == (4.0, 6.0)
    # 4 and 6 lie on edges: counted in 4–6 and 6–8, and told so
    lower_edge, upper_edge = audit_position(summary, 4.0), audit_position(summary, 6.0)
    assert (lower_edge.bin, lower_edge.relation) == (1, "same")
    assert (upper_edge.bin, upper_edge.relation) == (2, "above")
    assert audit_position(summary, 3.999).relation == "below"
    assert audit_position(summary, 5.999).relation == "same"


def test_a_figure_at_the_maximum_lies_in_the_top_bin():
    values = [20.0, 40.0, 60.0, 80.0, 100.0]
    summary = audit_summary(values)
    top = audit_position(summary, 100.0)
    assert top.bin == len(summary.bins) - 1 and summary.bins[top.bin][2] >= 1
    assert top.relation == "above"


def test_below_five_figures_the_relation_follows_the_coarse_bins():
    # three figures always share one bin: everyone is in the median's bin
    assert relations([12.5, 14.5, 16.5], [12.5, 14.5, 16.5]) == ["same"] * 3
    # four figures lying two and two
    four = [2.0, 3.0, 25.0, 26.0]
    summary = audit_summary(four)
    assert all(n != 1 for _, _, n in summary.bins)
    found = relations(four, four)
    assert found[0] == found[1] and found[2] == found[3]
    assert audit_position(audit_summary([1.0, 2.0]), 1.0) is None  # nothing below three


@given(
    st.lists(
        st.floats(0, 100, allow_nan=False).map(lambda x: round(x, 1)),
        min_size=AUDIT_MIN_FIGURES,
        max_size=12,
    ),
    st.data(),
)
def test_the_relation_is_a_function_of_the_shown_bins_only(values, data):
    """Two figures in the same bin always read the same: the relation says nothing the bins
    and the median's bin do not already show."""
    summary = audit_summary(values)
    median = summary.median_bin
    assert median is not None
    assert summary.bins[median][:2] == summary.median_range
    own = data.draw(st.sampled_from(values))
    other = data.draw(st.sampled_from(values))
    mine, theirs = audit_position(summary, own), audit_position(summary, other)
    expected = "below" if mine.bin < median else "above" if mine.bin > median else "same"
    assert mine.relation == expected
    if mine.bin == theirs.bin:
        assert mine.relation == theirs.relation
    # the kept distribution tells a later reader the same
    kept = AuditResult.of(SICK_LEAVE, values).summary()
    assert kept.median_bin == median and audit_position(kept, own) == mine


def test_kept_and_exported_results_hold_no_exact_median_or_figure():
    set_language("nb")
    values = [12.0, 15.0, 17.3, 18.0, 19.0]
    kept = AuditResult.of(SICK_LEAVE, values)
    stored = kept.to_dict()
    assert stored["median_range"] == [16.0, 18.0] and "median" not in stored
    legacy = {**stored, "median": 17.3, "min": 12.0, "max": 19.0}  # a hand-edited group file
    assert AuditResult.from_dict(legacy) == kept
    table = "\n".join(result_table([kept]))
    assert "mellom 16 og 18" in table
    for exact in ("17,3", "17.3", "| 12 ", "| 19 "):
        assert exact not in table
