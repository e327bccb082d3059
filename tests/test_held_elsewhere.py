"""A gathering held on another day than planned (trial of issue 11): the handout is the plan
(planned date and times) and says in one line when it was held; the plan's span of dates uses
the day held, as its rows do."""

from __future__ import annotations

from datetime import date, time

from groupguide.domain.model import Block, Gathering, Group
from groupguide.domain.rules import days_meter, half_year_span
from groupguide.export.handout import handout_markdown
from tests.export_helpers import context


def _group() -> Group:
    first = Gathering(
        "Samling 1", date=date(2026, 11, 18), start=time(9, 0), blocks=[Block("buzz", minutes=30)]
    )
    second = Gathering(
        "Samling 2",
        date=date(2026, 11, 30),
        start=time(9, 0),
        blocks=[Block("open-topic", minutes=15, held_minutes=17), Block("buzz", minutes=30)],
        held_date=date(2026, 12, 1),
        held_start=time(13, 41),
    )
    return Group("G", gatherings=[first, second])


def test_the_handout_shows_the_planned_day_and_says_when_it_was_held(library):
    text = handout_markdown(context(library, _group()))
    part = text.split("## 2. Samling 2")[1]
    assert part.startswith("\n\nmandag 30. november 2026")
    assert "| 09:00–09:15 |" in part and "| 09:15–09:45 |" in part  # the planned times
    assert "*Ble holdt tirsdag 1. desember 2026, ikke på planlagt dato.*" in part
    assert "| 2. Samling 2 | mandag 30. november 2026 | 09:00–09:45 |" in text
    assert "1. desember" not in text.split("## 2. Samling 2")[0]
    assert "Ble holdt" not in text.split("## 2. Samling 2")[0]  # Samling 1 is not held


def test_the_span_of_the_gatherings_uses_the_day_held():
    group = _group()
    span = half_year_span(group)
    assert (span.first, span.last) == (date(2026, 11, 18), date(2026, 12, 1))
    assert days_meter(group).span.last == date(2026, 12, 1)
