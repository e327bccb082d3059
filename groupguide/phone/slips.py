"""Ballot mode's printable sheet: one slip per one-time code (``evaluation.ballot``), which the
leader cuts and hands out at random. The sheet is never tied to names. A slip made while the
evaluation is served carries a QR code with its own address; a slip printed ahead (the laptop's
address not yet known) carries only its short code, typed into the shared form shown on the
screen."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from groupguide.evaluation import tokens
from groupguide.fileio import atomic_write_text, set_times_to_day
from groupguide.i18n import t
from groupguide.phone.qr import qr_matrix, svg


def sheet_html(title: str, slips: list[tuple[str | None, str]]) -> str:
    """A printable A4 page of slips: each the QR code and address (when known) and the code in
    groups."""
    parts = []
    for url, code in slips:
        if url is None:
            parts.append(
                '<div class="slip ahead">'
                f'<p class="how">{escape(t("evaluation.ballot.how_ahead"))}</p>'
                f'<p class="code big">{escape(tokens.pretty(code))}</p></div>'
            )
        else:
            parts.append(
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
        ".slip.ahead { padding: 6mm 4mm; }"
        ".slip svg { display: block; margin: 0 auto 2mm; }"
        ".how { margin: 0 0 1mm; font-size: 8.5pt; }"
        ".url { margin: 0 0 1mm; font-size: 7.5pt; word-break: break-all; }"
        ".code { margin: 0; font: bold 11pt ui-monospace, monospace; letter-spacing: 0.05em; }"
        ".code.big { font-size: 16pt; margin-top: 2mm; }"
        "@media print { h1, .cut { display: none; } }"
        "</style></head><body>"
        f'<h1>{heading}</h1><p class="cut">{escape(t("evaluation.ballot.cut"))}</p>'
        f'<div class="grid">{"".join(parts)}</div></body></html>\n'
    )


def next_sheet_path(first: Path) -> Path:
    """``first`` if free, else ``…-2``, ``…-3``: slips printed earlier stay valid, and so does
    their sheet."""
    path, n = first, 1
    while path.exists():
        n += 1
        path = first.with_name(f"{first.stem}-{n}{first.suffix}")
    return path


def write_sheet(
    path: Path, title: str, slips: list[tuple[str | None, str]], day: date | None = None
) -> Path:
    """Raises OSError (the caller says what went wrong). ``day``: the file's times are set to
    it, as for the evaluation's own file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, sheet_html(title, slips))
    if day is not None:
        set_times_to_day(path, day)
        set_times_to_day(path.parent, day)
    return path
