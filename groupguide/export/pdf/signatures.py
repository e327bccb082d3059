"""The signature lines at the end of a document to be signed: side by side, room to sign above
each line, the printed name and the label below it, kept on one page with the last two
paragraphs (and their heading) so neither the lines, a closing line nor a heading stand alone."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from groupguide.export.document import Signature
from groupguide.export.pdf.fonts import REGULAR
from groupguide.export.pdf.styles import INK, markup, styles


def signature_block(
    signatures: tuple[Signature, ...], available: float, split_rows: bool = False
) -> list[Flowable]:
    """Signature lines side by side: room to sign above each line, the printed name and the
    label below it (to be kept together by the caller: a KeepTogether inside another one
    would always break the page)."""
    style = styles()
    gap = 12 * mm
    count = len(signatures)
    width = (available - gap * (count - 1)) / count
    cells: list[object] = []
    widths: list[float] = []
    for number, item in enumerate(signatures):
        if number:
            cells.append("")
            widths.append(gap)
        cells.append(
            [
                Paragraph(markup(item.name) or "&nbsp;", style.sign_name),
                Paragraph(markup(item.label), style.sign_label),
            ]
        )
        widths.append(width)
    table = Table([cells], colWidths=widths, hAlign="LEFT", splitInRow=1 if split_rows else 0)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
    ]
    commands += [
        ("LINEABOVE", (column, 0), (column, 0), 0.8, INK) for column in range(0, len(cells), 2)
    ]
    table.setStyle(TableStyle(commands))
    return [Spacer(1, 18 * mm), table]


def is_heading(flowable: Flowable) -> bool:
    return isinstance(flowable, Paragraph) and flowable.style.name in ("gg-h2", "gg-h3")


def signed_ending(
    body: list[Flowable],
    signatures: tuple[Signature, ...],
    available: float,
    split_rows: bool = False,
) -> list[Flowable]:
    """``body`` with the signature lines at its end, kept on one page with the last paragraph
    and the one before it (and a heading right before them), so neither the lines, a closing
    line nor a heading stand alone."""
    tail: list[Flowable] = []
    if body and isinstance(body[-1], Paragraph) and not is_heading(body[-1]):
        tail.insert(0, body.pop())
        if body and isinstance(body[-1], Paragraph) and not is_heading(body[-1]):
            tail.insert(0, body.pop())  # a closing line ("Sum: …") not alone with the lines
        if body and is_heading(body[-1]):
            tail.insert(0, body.pop())
            if body and isinstance(body[-1], CondPageBreak):
                body.pop()
    return body + [KeepTogether(tail + signature_block(signatures, available, split_rows))]
