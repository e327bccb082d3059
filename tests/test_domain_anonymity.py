"""The anonymity rules of domain/anonymity.py: when a gathering counts as held for its
evaluation, and when results may be shown."""

from __future__ import annotations

from datetime import date

from groupguide.domain.anonymity import effective_threshold, not_yet_held, results_visible
from groupguide.domain.model import Gathering


def test_a_gathering_moved_earlier_counts_as_held_on_the_day_it_ran():
    """Planned 10 December, run on 3 December: on 4 December its evaluation is not about a day
    nobody has had, though the planned date is still ahead."""
    gathering = Gathering(id="g1", title="Samling 1", date=date(2026, 12, 10))
    assert not_yet_held(gathering, date(2026, 12, 4))
    gathering.held_date = date(2026, 12, 3)
    assert not not_yet_held(gathering, date(2026, 12, 4))
    assert not_yet_held(gathering, date(2026, 12, 2))


def test_a_gathering_without_a_date_is_not_yet_held_until_something_is_recorded():
    assert not_yet_held(Gathering(id="g1", title="Samling 1"), date(2026, 12, 4))


def test_results_need_a_closed_evaluation_and_the_threshold_never_below_two():
    assert effective_threshold(1) == 2
    assert not results_visible(False, 10, 3)
    assert not results_visible(True, 2, 3)
    assert results_visible(True, 3, 3)
    assert not results_visible(True, 1, 1)
