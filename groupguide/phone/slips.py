"""Ballot mode's printable sheet: one QR slip per one-time code (``evaluation.ballot``), which the
leader cuts and hands out at random. The sheet is never tied to names."""

from __future__ import annotations

from html import escape
from pathlib import Path

from groupguide.evaluation import tokens
from groupguide.fileio import atomic_write_text
from groupguide.i18n import t
from groupguide.phone.qr import qr_matrix, svg


def sheet_html(title: str, urls_and_codes: list[tuple[str, str]]) -> str:
    """A printable A4 page of slips: QR code, the address as text and the code in groups."""
    slips = []
    for url, code in urls_and_codes:
        slips.append(
            '<div class="slip">'
            f"{svg(qr_matrix(url), 38)}"
            f'<p class="how">{escape(t("evaluation.ballot.how"))}</p>'
            f'<p class="url">{escape(url)}</p>'
            f'<p class="code">{escape(tokens.pretty(code))}</p></div>'
        )
    heading = escape(t("evaluation.ballot.heading", title=title))
    return (
        '<!doctype html>\n<html lang="nb"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">"
        f"<title>{heading}</title><style>"
        "@page { size: A4; margin: 10mm; }"
        "body { font: 10pt/1.3 system-ui, sans-serif; margin: 0; color: #000; }"
        "h1 { font-size: 12pt; margin: 0 0 4mm; } .cut { margin: 0 0 4mm; font-size: 9pt; }"
        ".grid { display: grid; grid-template-columns: repeat(3, 1fr); }"
        ".slip { border: 1px dashed #777; padding: 4mm; text-align: center;"
        " break-inside: avoid; page-break-inside: avoid; }"
        ".slip svg { display: block; margin: 0 auto 2mm; }"
        ".how { margin: 0 0 1mm; font-size: 8.5pt; }"
        ".url { margin: 0 0 1mm; font-size: 7.5pt; word-break: break-all; }"
        ".code { margin: 0; font: bold 11pt ui-monospace, monospace; letter-spacing: 0.05em; }"
        "@media print { h1, .cut { display: none; } }"
        "</style></head><body>"
        f'<h1>{heading}</h1><p class="cut">{escape(t("evaluation.ballot.cut"))}</p>'
        f'<div class="grid">{"".join(slips)}</div></body></html>\n'
    )


def write_sheet(path: Path, title: str, urls_and_codes: list[tuple[str, str]]) -> Path:
    """Raises OSError (the caller says what went wrong)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, sheet_html(title, urls_and_codes))
    return path
