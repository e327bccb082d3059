"""The calendar file built with icalendar: it reads back with the same library, its times are
Europe/Oslo wall-clock times, and its own VTIMEZONE block gives the same offsets as the time-zone
database (so a calendar that trusts the block, such as Outlook, puts each gathering right)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar

from groupguide.export import build
from tests.export_helpers import context, example_group

OSLO = ZoneInfo("Europe/Oslo")


def _calendar(library, group) -> icalendar.Calendar:
    text = build("ics", context(library, group)).files[0].content
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    return icalendar.Calendar.from_ical(text)


def test_events_are_oslo_wall_clock_times_in_summer_and_winter(library, example_plan):
    group = example_group(library, example_plan)
    calendar = _calendar(library, group)
    events = list(calendar.walk("VEVENT"))
    starts = [e.decoded("DTSTART") for e in events]
    # 16 September (summer time) and 2 December (winter time) in Oslo; the two held ones when
    # they actually began, the third as planned
    assert [(s.date(), s.time()) for s in starts] == [
        (date(2026, 9, 16), time(9, 5)),
        (date(2026, 10, 21), time(9, 2)),
        (date(2026, 12, 2), time(9)),
    ]
    assert [s.utcoffset() for s in starts] == [
        timedelta(hours=2),
        timedelta(hours=2),
        timedelta(hours=1),
    ]
    assert all(
        e[key].params["TZID"] == "Europe/Oslo" for e in events for key in ("DTSTART", "DTEND")
    )
    assert str(events[0]["DTSTAMP"].dt) == "2026-11-23 08:00:00+00:00"
    assert [str(e["UID"]) for e in events] == [f"gathering{n}@groupguide" for n in (1, 2, 3)]


def test_the_files_own_time_zone_block_matches_the_database(library, example_plan):
    calendar = _calendar(library, example_group(library, example_plan))
    [block] = calendar.walk("VTIMEZONE")
    assert str(block["TZID"]) == "Europe/Oslo"
    zone = block.to_tz(lookup_tzid=False)  # built from the block, not looked up by name
    moment = datetime(2026, 1, 1, 12)
    while moment.year < 2046:  # every week for twenty years, across every change
        assert moment.replace(tzinfo=zone).utcoffset() == moment.replace(tzinfo=OSLO).utcoffset(), (
            moment
        )
        moment += timedelta(days=7)
    for day in (date(2027, 3, 28), date(2027, 10, 31)):  # the change days themselves
        for hour in (0, 1, 4, 12):
            moment = datetime.combine(day, time(hour))
            assert (
                moment.replace(tzinfo=zone).utcoffset() == moment.replace(tzinfo=OSLO).utcoffset()
            ), moment


def test_text_with_separators_and_line_breaks_survives(library, example_plan):
    group = example_group(library, example_plan)
    group.gatherings[0].title = "Etikk; samvalg, og \\ «sykmelding»\x1b"
    group.gatherings[0].location = "Os, møterom; «Lysefjorden»\r\netg. 2"
    group.name = "LIS1 Vestland, høst; 2026"
    calendar = _calendar(library, group)
    first = next(iter(calendar.walk("VEVENT")))
    assert str(first["SUMMARY"]) == "Etikk; samvalg, og \\ «sykmelding»"
    assert str(first["LOCATION"]) == "Os, møterom; «Lysefjorden»\netg. 2"
    assert str(calendar["X-WR-CALNAME"]) == "LIS1 Vestland, høst; 2026"
    assert "Gruppeveileder: Eva Solberg" in str(first["DESCRIPTION"])


def test_undated_gatherings_are_left_out_with_a_note(library, example_plan):
    group = example_group(library, example_plan)
    group.gatherings[1].date = group.gatherings[1].held_date = None
    export = build("ics", context(library, group))
    events = list(icalendar.Calendar.from_ical(export.files[0].content).walk("VEVENT"))
    assert [str(e["UID"]) for e in events] == ["gathering1@groupguide", "gathering3@groupguide"]
    assert any(group.gatherings[1].title in note for note in export.notes)
