"""The group's attendance sheet: CSV that opens right in Norwegian Excel (UTF-8 with BOM,
semicolon separator, decimal comma, CRLF) and the same facts as JSON."""

from __future__ import annotations

import csv
import io
import json

from groupguide.domain.attendance import attendance_status, gathering_minutes, participant_minutes
from groupguide.domain.model import Gathering
from groupguide.domain.timeline import day_end, held_intervals, presence, span_text
from groupguide.domain.values import format_moment
from groupguide.export.context import ExportContext
from groupguide.export.fmt import (
    hours_decimal,
    md_cell,
    safe_name,
    strip_controls,
)
from groupguide.export.output import Export, ExportFile
from groupguide.i18n import format_date, t

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: object) -> str:
    """A text cell that Excel shows as text: a leading ``=``/``+``/``-``/``@`` would start a
    formula (CSV injection), so such cells get a leading apostrophe."""
    text = strip_controls(str(value)).replace("\n", " ").replace("\t", " ")
    return "'" + text if text.startswith(_FORMULA_START) else text


def held_span(gathering: Gathering) -> tuple[str | None, str | None]:
    """The real start and end of the day as held (moments to the minute), or (None, None)."""
    rows = held_intervals(gathering)
    if not rows:
        return None, None
    return format_moment(min(r.start for r in rows)), format_moment(day_end(gathering))


def column_label(number: int, gathering: Gathering) -> str:
    """ "Samling 2 22.10.2026 13:41–15:10": the day and the clock times it was held."""
    label = t("export.gathering_n", n=number)
    if gathering.day:
        label += f" {format_date(gathering.day)}"
    rows = held_intervals(gathering)
    if rows:
        label += f" {span_text(min(r.start for r in rows), day_end(gathering))}"
    return label


def attendance_rows(ctx: ExportContext) -> dict:
    """The sheet as plain data (the JSON export, and what the CSV is written from)."""
    group = ctx.group
    chosen = ctx.chosen()
    gatherings = []
    for number, gathering in chosen:
        start, end = held_span(gathering)
        gatherings.append(
            {
                "number": number,
                "id": gathering.id,
                "title": gathering.title,
                "date": gathering.day.isoformat() if gathering.day else None,
                "planned_date": gathering.date.isoformat() if gathering.date else None,
                "held_start": start,
                "held_end": end,
                "location": gathering.location,
                "attendance_taken": gathering.attendance is not None,
                "programme_minutes": gathering_minutes(gathering),
            }
        )
    participants = []
    for person in group.participants:
        rows = []
        for number, gathering in chosen:
            status = attendance_status(gathering, person.id)
            record = (gathering.attendance or {}).get(person.id)
            arrived, left = presence(gathering, record) if record else (None, None)
            minutes = participant_minutes(group, gathering, person.id) if status else None
            rows.append(
                {
                    "gathering": number,
                    "status": status or None,
                    "minutes": minutes,
                    "arrived": format_moment(arrived),
                    "left": format_moment(left),
                }
            )
        total = sum(r["minutes"] or 0 for r in rows)
        participants.append(
            {
                "name": person.name,
                "workplace": person.workplace,
                "municipality": person.municipality,
                "supervisor": person.supervisor,
                "gatherings": rows,
                "gatherings_attended": sum(1 for r in rows if (r["minutes"] or 0) > 0),
                "total_minutes": total,
            }
        )
    return {
        "group": group.name,
        "term": group.term,
        "facilitator": group.facilitator,
        "organiser": ctx.organiser,
        "generated": ctx.today.isoformat(),
        "gatherings": gatherings,
        "participants": participants,
    }


def attendance_csv(ctx: ExportContext) -> str:
    data = attendance_rows(ctx)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    header = [t("export.csv.name"), t("export.csv.workplace"), t("export.csv.municipality")]
    for number, gathering in ctx.chosen():
        label = column_label(number, gathering)
        header += [f"{label} {t('export.csv.status')}", f"{label} {t('export.csv.hours')}"]
    header += [t("export.csv.attended"), t("export.csv.total_hours")]
    writer.writerow([csv_text(h) for h in header])
    for person in data["participants"]:
        row = [csv_text(p) for p in (person["name"], person["workplace"], person["municipality"])]
        for cell in person["gatherings"]:
            status = cell["status"]
            row.append(t(f"export.status.{status}") if status else "")
            row.append(hours_decimal(cell["minutes"], 2) if cell["minutes"] is not None else "")
        row += [str(person["gatherings_attended"]), hours_decimal(person["total_minutes"], 2)]
        writer.writerow(row)
    return out.getvalue()


def attendance_json(ctx: ExportContext) -> str:
    return json.dumps(attendance_rows(ctx), ensure_ascii=False, indent=2) + "\n"


def attendance_preview(ctx: ExportContext) -> str:
    """The sheet as a Markdown table (hours per gathering) for the TUI preview."""
    data = attendance_rows(ctx)
    heads = [t("export.csv.name")]
    heads += [t("export.gathering_n", n=g["number"]) for g in data["gatherings"]]
    heads.append(t("export.csv.total_hours"))
    lines = [
        t("export.preview.csv"),
        "",
        "| " + " | ".join(heads) + " |",
        "|---|" + "--:|" * (len(heads) - 1),
    ]
    for person in data["participants"]:
        cells = [md_cell(person["name"])]
        for cell in person["gatherings"]:
            if cell["status"] is None:
                cells.append("–")
            else:
                status = t(f"export.status.{cell['status']}")
                cells.append(f"{hours_decimal(cell['minutes'], 2)} ({status})")
        cells.append(hours_decimal(person["total_minutes"], 2))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def build_attendance(ctx: ExportContext) -> Export:
    stem = f"{t('export.file.attendance')}-{safe_name(ctx.group.name, 'gruppe')}"
    text = attendance_csv(ctx)
    export = Export(
        "attendance",
        [ExportFile(f"{stem}.csv", text), ExportFile(f"{stem}.json", attendance_json(ctx))],
    )
    export.preview = attendance_preview(ctx)
    if all(g.attendance is None for _, g in ctx.chosen()):
        export.notes.append(t("export.attendance.none_taken"))
    return export
