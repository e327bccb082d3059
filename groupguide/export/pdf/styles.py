"""The documents' look in the PDF: the colours, the type sizes, the paragraph styles (``styles()``,
built once after the shipped font is registered), and text made literal for reportlab's paragraph
markup (``markup``: NFC-normalised and escaped, so no participant's text is read as markup).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from groupguide.export.pdf.fonts import BOLD, REGULAR, register

INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#5a6370")
RULE = colors.HexColor("#c9d0d8")
ACCENT = colors.HexColor("#1f4e79")
BAND = colors.HexColor("#eef3f8")

BODY_SIZE = 10
TABLE_SIZE = 9
CELL_PAD = 4  # points left and right of a table cell's text


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def markup(text: str) -> str:
    """Literal text for reportlab's paragraph markup."""
    return nfc(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    code: ParagraphStyle
    sign_name: ParagraphStyle
    sign_label: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    register()
    body = ParagraphStyle(
        "gg-body",
        fontName=REGULAR,
        fontSize=BODY_SIZE,
        leading=13.5,
        textColor=INK,
        spaceAfter=2.2 * mm,
        alignment=TA_LEFT,
        bulletFontName=REGULAR,
        splitLongWords=1,
    )
    h1 = ParagraphStyle(
        "gg-h1",
        parent=body,
        fontName=BOLD,
        fontSize=16,
        leading=20,
        textColor=ACCENT,
        spaceAfter=1.5 * mm,
        keepWithNext=1,
    )
    h2 = ParagraphStyle(
        "gg-h2",
        parent=body,
        fontName=BOLD,
        fontSize=12,
        leading=15,
        textColor=ACCENT,
        spaceBefore=4 * mm,
        spaceAfter=1.8 * mm,
        keepWithNext=1,
    )
    h3 = ParagraphStyle(
        "gg-h3", parent=h2, fontSize=10.5, leading=13.5, textColor=INK, spaceBefore=3 * mm
    )
    bullet = ParagraphStyle(
        "gg-bullet", parent=body, leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=1.2 * mm
    )
    cell = ParagraphStyle("gg-cell", parent=body, fontSize=TABLE_SIZE, leading=11.5, spaceAfter=0)
    cell_right = ParagraphStyle("gg-cell-r", parent=cell, alignment=TA_RIGHT)
    head = ParagraphStyle("gg-head", parent=cell, fontName=BOLD)
    head_right = ParagraphStyle("gg-head-r", parent=head, alignment=TA_RIGHT)
    code = ParagraphStyle(
        "gg-code",
        parent=body,
        fontSize=8.5,
        leading=11,
        backColor=BAND,
        borderPadding=2 * mm,
        spaceBefore=1 * mm,
        spaceAfter=3 * mm,
    )
    sign_name = ParagraphStyle("gg-sign-name", parent=body, spaceAfter=0, spaceBefore=1 * mm)
    sign_label = ParagraphStyle(
        "gg-sign-label", parent=body, fontSize=9, leading=11.5, textColor=MUTED, spaceAfter=0
    )
    return Styles(
        body, h1, h2, h3, bullet, cell, cell_right, head, head_right, code, sign_name, sign_label
    )
