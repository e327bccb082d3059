"""The term's gatherings as an iCalendar file (RFC 5545) that phones and Outlook import, built with
the ``icalendar`` library (escaping, line folding and the file's structure are its job).

Times are local Norwegian time (``TZID=Europe/Oslo``) with a ``VTIMEZONE`` block holding the EU
summer-time rule (Outlook needs the block; the rule keeps it short and valid for any year);
``UID`` is stable per gathering so a re-import updates instead of duplicating. A gathering held
is the event as it was held: its real day and clock times.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vRecur

from groupguide.domain.credit import goals_of
from groupguide.domain.schedule import planned_end_minute
from groupguide.domain.timeline import held_intervals
from groupguide.domain.values import minutes_of, time_of
from groupguide.export.context import ExportContext
from groupguide.export.fmt import md_code_block, safe_name, strip_controls
from groupguide.export.output import Export, ExportFile
from groupguide.i18n import t

TZID = "Europe/Oslo"


def _timezone() -> Timezone:
    """Central European Time: summer time from the last Sunday of March to the last Sunday of
    October (the EU rule in force since 1996)."""
    zone = Timezone()
    zone.add("tzid", TZID)
    for part, name, start, offsets, month in (
        (TimezoneDaylight(), "CEST", datetime(1970, 3, 29, 2), (1, 2), 3),
        (TimezoneStandard(), "CET", datetime(1970, 10, 25, 3), (2, 1), 10),
    ):
        part.add("tzoffsetfrom", timedelta(hours=offsets[0]))
        part.add("tzoffsetto", timedelta(hours=offsets[1]))
        part.add("tzname", name)
        part.add("dtstart", start)
        part.add("rrule", vRecur(freq="YEARLY", bymonth=month, byday="-1SU"))
        zone.add_component(part)
    return zone


def _text(value: object) -> str:
    """Text for a property: no control characters, line breaks as ``\\n`` (the library escapes)."""
    return strip_controls(str(value).replace("\r\n", "\n").replace("\r", "\n"))


def _stamp(ctx: ExportContext) -> datetime:
    now = ctx.now if ctx.now.tzinfo is not None else ctx.now.replace(tzinfo=ZoneInfo(TZID))
    return now.astimezone(UTC)


def ics_calendar(ctx: ExportContext) -> Calendar:
    group = ctx.group
    calendar = Calendar()
    calendar.add("prodid", "-//groupguide//groupguide//NO")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _text(group.name))
    calendar.add_component(_timezone())
    zone = ZoneInfo(TZID)
    stamp = _stamp(ctx)
    for number, gathering in ctx.chosen():
        if gathering.day is None:
            continue
        held = held_intervals(gathering)
        if held:  # as it was held: the real day and clock times (past midnight too)
            start = min(r.start for r in held).replace(tzinfo=zone)
            finish = max(r.end for r in held).replace(tzinfo=zone)
        else:
            end = gathering.end or time_of(planned_end_minute(gathering))
            if minutes_of(end) <= minutes_of(gathering.start):
                end = time_of(minutes_of(gathering.start) + 60)
            start = datetime.combine(gathering.day, gathering.start, zone)
            finish = datetime.combine(gathering.day, end, zone)
        if finish <= start:
            finish = start + timedelta(minutes=1)
        goals, _ = goals_of([c for b in gathering.blocks for c in b.goals], ctx.goals)
        description = [
            t("export.ics.description", group=group.name, leader=group.facilitator or "–")
        ]
        if goals:
            description.append(t("export.handout.goals"))
            description += [f"{g.code}: {g.text}" for g in goals]
        event = Event()
        event.add("uid", f"{gathering.id}@groupguide")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", finish)
        event.add("summary", _text(gathering.title or t("export.gathering_n", n=number)))
        if gathering.location.strip():
            event.add("location", _text(gathering.location.strip()))
        event.add("description", _text("\n".join(description)))
        event.add("transp", "OPAQUE")
        calendar.add_component(event)
    return calendar


def ics_text(ctx: ExportContext) -> str:
    return ics_calendar(ctx).to_ical().decode("utf-8")


def build_ics(ctx: ExportContext) -> Export:
    text = ics_text(ctx)
    name = f"{t('export.file.calendar')}-{safe_name(ctx.group.name, 'gruppe')}.ics"
    export = Export("ics", [ExportFile(name, text)])
    export.preview = f"{t('export.preview.ics')}\n\n{md_code_block(text.replace(chr(13), ''))}"
    undated = [g.title for _, g in ctx.chosen() if g.day is None]
    if undated:
        export.notes.append(t("export.ics.undated", titles=", ".join(undated)))
    return export
