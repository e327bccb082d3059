"""The term's gatherings as an iCalendar file (RFC 5545) that phones and Outlook import.

Times are local Norwegian time with a ``VTIMEZONE`` for Europe/Oslo (Outlook needs it);
``UID`` is stable per gathering so a re-import updates instead of duplicating.
"""

from __future__ import annotations

from datetime import UTC

from groupguide.domain.model import minutes_of, time_of
from groupguide.domain.schedule import planned_end_minute
from groupguide.export.context import ExportContext
from groupguide.export.facts import goals_of
from groupguide.export.fmt import md_code_block, safe_name, strip_controls
from groupguide.export.output import Export, ExportFile
from groupguide.i18n import t

TZID = "Europe/Oslo"
VTIMEZONE = (
    "BEGIN:VTIMEZONE", f"TZID:{TZID}",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
    "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
    "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
)


def ics_escape(value: object) -> str:
    text = strip_controls(str(value).replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def _stamp(ctx: ExportContext) -> str:
    now = ctx.now
    if now.tzinfo is None:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            now = now.replace(tzinfo=ZoneInfo(TZID))
        except ZoneInfoNotFoundError:  # no tz database (tzdata not installed): treat as UTC
            now = now.replace(tzinfo=UTC)
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_text(ctx: ExportContext) -> str:
    group = ctx.group
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//groupguide//groupguide//NO",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{ics_escape(group.name)}",
             *VTIMEZONE]
    stamp = _stamp(ctx)
    for number, gathering in enumerate(group.gatherings, start=1):
        if gathering.date is None:
            continue
        end = gathering.end or time_of(planned_end_minute(gathering))
        if minutes_of(end) <= minutes_of(gathering.start):
            end = time_of(minutes_of(gathering.start) + 60)
        day = gathering.date.strftime("%Y%m%d")
        goals, _ = goals_of([c for b in gathering.blocks for c in b.goals], ctx.goals)
        description = [t("export.ics.description", group=group.name,
                         leader=group.facilitator or "–")]
        if goals:
            description.append(t("export.handout.goals"))
            description += [f"{g.code}: {g.text}" for g in goals]
        title = gathering.title or t("export.gathering_n", n=number)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{gathering.id}@groupguide",
            f"DTSTAMP:{stamp}",
            f"DTSTART;TZID={TZID}:{day}T{gathering.start.strftime('%H%M')}00",
            f"DTEND;TZID={TZID}:{day}T{end.strftime('%H%M')}00",
            f"SUMMARY:{ics_escape(title)}",
        ]
        if gathering.location.strip():
            lines.append(f"LOCATION:{ics_escape(gathering.location.strip())}")
        lines += [f"DESCRIPTION:{ics_escape(chr(10).join(description))}",
                  "TRANSP:OPAQUE", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def build_ics(ctx: ExportContext) -> Export:
    text = ics_text(ctx)
    name = f"{t('export.file.calendar')}-{safe_name(ctx.group.name, 'gruppe')}.ics"
    export = Export("ics", [ExportFile(name, text)])
    export.preview = f"{t('export.preview.ics')}\n\n{md_code_block(text.replace(chr(13), ''))}"
    undated = [g.title for g in ctx.group.gatherings if g.date is None]
    if undated:
        export.notes.append(t("export.ics.undated", titles=", ".join(undated)))
    return export
