"""The close-out's attendance matrix as CSV for Norwegian Excel, written the way the attendance
sheet is (``attendance.py``): UTF-8 with BOM (``output.ENCODINGS``), semicolons, decimal comma,
CRLF, and no cell that Excel would read as a formula."""

from __future__ import annotations

import csv
import io

from groupguide.domain.halfyear import HalfYear
from groupguide.export.attendance import column_label, csv_text
from groupguide.export.fmt import hours_decimal
from groupguide.i18n import t


def _state(state: str) -> str:
    if state in ("present", "partial", "absent"):
        return t(f"export.status.{state}")
    return t(f"closeout.csv.{state}")


def matrix_csv(year: HalfYear) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    header = [t("export.csv.name"), t("export.csv.workplace"), t("export.csv.municipality")]
    for number, gathering in year.gatherings:
        label = column_label(number, gathering)
        header += [f"{label} {t('export.csv.status')}", f"{label} {t('export.csv.hours')}"]
    header += [
        t("export.csv.attended"),
        t("export.csv.total_hours"),
        t("closeout.csv.catch_up"),
        t("closeout.csv.short_by"),
    ]
    writer.writerow([csv_text(h) for h in header])
    for person in year.participants:
        who = person.participant
        row = [csv_text(who.name), csv_text(who.workplace), csv_text(who.municipality)]
        for cell in person.cells:
            row.append(_state(cell.state))
            held = cell.state in ("present", "partial", "absent")
            row.append(hours_decimal(cell.minutes, 2) if held else "")
        row += [
            str(person.status.attended),
            hours_decimal(person.minutes, 2),
            t("closeout.yes") if person.needs_catch_up else t("closeout.no"),
            hours_decimal(person.short_by, 2),
        ]
        writer.writerow(row)
    return out.getvalue()
