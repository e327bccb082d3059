"""Markdown (as markdown-it-py's ``js-default`` token stream) → reportlab platypus flowables.

The documents are written once as Markdown by their builders; this turns the tokens into
headings, paragraphs with bold/italic, lists, tables and rules, set in the shipped font. The
HTML page is rendered from the same tokens by markdown-it itself. Every text is NFC-normalised
(without a shaper a decomposed mark would land beside its letter) and escaped for reportlab's
paragraph markup, so no participant's text is ever read as markup.
The colours, sizes and paragraph styles: ``styles``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreakIfNotEmpty,
    Paragraph,
    Preformatted,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from groupguide.export.page import _markdown
from groupguide.export.pdf.fonts import BOLD, REGULAR
from groupguide.export.pdf.styles import (
    ACCENT,
    BAND,
    CELL_PAD,
    MUTED,
    RULE,
    TABLE_SIZE,
    markup,
    nfc,
    styles,
)

# the page templates (``pages.py``): upright A4, and landscape A4 for a table too wide for it
PORTRAIT, LANDSCAPE = "page", "wide"
HEADING_ROOM = 32 * mm  # a heading needs this much room below it, else it starts a new page
LABEL_ROOM = 22 * mm  # the same for a paragraph that is a bold label only
TABLE_INTRO_ROOM = 30 * mm  # a paragraph introducing a table: itself and the table's first rows
# a goal code ("FKM LM-06") is one word: never "FKM" at a line's end and "LM-06" on the next
_GOAL_CODE_SPACE = re.compile(r"\b([A-ZÆØÅ]{2,6}) (?=[A-ZÆØÅ]{1,6}-\d)")
_BREAKS = re.compile(r"[ \t\n]+")  # where a line may break (not at a no-break space)


# -- inline -------------------------------------------------------------------------------


def inline_markup(token) -> str:
    """An ``inline`` token's children as reportlab paragraph markup."""
    out: list[str] = []
    for child in token.children or []:
        kind = child.type
        if kind in ("text", "code_inline"):
            out.append(markup(keep_codes(child.content)))
        elif kind == "strong_open":
            out.append("<b>")
        elif kind == "strong_close":
            out.append("</b>")
        elif kind == "em_open":
            out.append("<i>")
        elif kind == "em_close":
            out.append("</i>")
        elif kind == "s_open":
            out.append("<strike>")
        elif kind == "s_close":
            out.append("</strike>")
        elif kind == "hardbreak":
            out.append("<br/>")
        elif kind == "softbreak":
            out.append(" ")
        elif kind == "image":
            out.append(markup(child.content))
        # link_open/close: the text inside is kept, no link is made
    return "".join(out)


def keep_codes(text: str) -> str:
    return _GOAL_CODE_SPACE.sub("\\1\u00a0", text)


def inline_plain(token) -> str:
    return nfc(
        "".join(
            keep_codes(c.content)
            if c.type in ("text", "code_inline")
            else ("\n" if c.type == "hardbreak" else " " if c.type == "softbreak" else "")
            for c in token.children or []
        )
    )


# -- tables -------------------------------------------------------------------------------


@dataclass
class _Cell:
    markup: str
    plain: str
    right: bool
    head: bool


def _text_width(text: str, bold: bool) -> tuple[float, float]:
    """(widest word, widest line) of ``text`` in the table font."""
    font = BOLD if bold else REGULAR
    words = [w for w in _BREAKS.split(text) if w] or [""]
    lines = text.split("\n") or [""]
    return (
        max(stringWidth(w, font, TABLE_SIZE) for w in words),
        max(stringWidth(line, font, TABLE_SIZE) for line in lines),
    )


def _wants(rows: list[list[_Cell]]) -> tuple[list[float], list[float]]:
    """Per column: the least width (its widest word) and the width its longest line wants. A
    heading may wrap ("Gjennomført / min"), so only the body's lines count for what it wants."""
    count = max(len(r) for r in rows)
    low = [0.0] * count
    high = [0.0] * count
    only_heads = all(cell.head for row in rows for cell in row)
    for row in rows:
        for index, cell in enumerate(row):
            word, line = _text_width(cell.plain, cell.head)
            low[index] = max(low[index], word + 2 * CELL_PAD + 1)
            if only_heads or not cell.head:
                high[index] = max(high[index], line + 2 * CELL_PAD + 1)
    return low, [max(h, w) for h, w in zip(high, low, strict=True)]


def least_width(rows: list[list[_Cell]]) -> float:
    """The narrowest the table can be without breaking a word."""
    return sum(_wants(rows)[0])


def column_widths(rows: list[list[_Cell]], available: float) -> list[float]:
    """Fit the columns to ``available`` points: every column at least its widest word (when
    that fits at all), the rest shared by how much more each one's text wants."""
    low, high = _wants(rows)
    if sum(high) <= available:
        spare = available - sum(high)
        total = sum(high) or 1
        return [h + spare * h / total for h in high]
    if sum(low) >= available:
        return [w * available / sum(low) for w in low]
    spare = available - sum(low)
    wants = [h - w for w, h in zip(low, high, strict=True)]
    total = sum(wants) or 1
    return [w + spare * want / total for w, want in zip(low, wants, strict=True)]


def _table(rows: list[list[_Cell]], available: float, split_rows: bool) -> Table:
    style = styles()
    count = max(len(r) for r in rows)
    for row in rows:
        row += [_Cell("", "", False, row[0].head if row else False)] * (count - len(row))
    data = []
    for row in rows:
        data.append(
            [
                Paragraph(
                    c.markup,
                    (style.head_right if c.right else style.head)
                    if c.head
                    else (style.cell_right if c.right else style.cell),
                )
                for c in row
            ]
        )
    heads = 1 if rows and rows[0][0].head else 0
    table = Table(
        data,
        colWidths=column_widths(rows, available),
        repeatRows=heads,
        hAlign="LEFT",
        splitInRow=1 if split_rows else 0,
    )
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), TABLE_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
    ]
    if heads:
        commands += [("BACKGROUND", (0, 0), (-1, 0), BAND), ("FONTNAME", (0, 0), (-1, 0), BOLD)]
    table.setStyle(TableStyle(commands))
    table.spaceBefore = 1 * mm
    table.spaceAfter = 3 * mm
    return table


def _read_table(tokens, index: int) -> tuple[list[list[_Cell]], int]:
    rows: list[list[_Cell]] = []
    head = False
    while index < len(tokens) and tokens[index].type != "table_close":
        token = tokens[index]
        if token.type == "thead_open":
            head = True
        elif token.type == "tbody_open":
            head = False
        elif token.type == "tr_open":
            rows.append([])
        elif token.type in ("th_open", "td_open"):
            right = "right" in str(token.attrs.get("style", ""))
            inline = tokens[index + 1]
            rows[-1].append(_Cell(inline_markup(inline), inline_plain(inline), right, head))
        index += 1
    return rows, index


# -- blocks -------------------------------------------------------------------------------


def markdown_flowables(
    text: str, available: float, split_rows: bool = False, wide: float | None = None
) -> list[Flowable]:
    """The flowables of one document's Markdown body, for a frame ``available`` points wide.
    Table rows break only between rows unless ``split_rows`` (for a row taller than a page).

    ``wide``: the frame width of a landscape page. A table whose words cannot all fit
    ``available`` (an attendance matrix of many gatherings) is set on landscape pages, from the
    section heading before it to the next section heading, so that heading, table and the
    text about it stay together."""
    style = styles()
    tokens = _markdown().parse(text)
    out: list[Flowable] = []
    lists: list[list[int]] = []  # per open list: [ordered (0/1), next number]
    quote = 0
    index = 0
    landscape = False
    while index < len(tokens):
        token = tokens[index]
        kind = token.type
        if kind == "heading_open":
            level = int(token.tag[1])
            inline = inline_markup(tokens[index + 1])
            if level == 1:
                out.append(Paragraph(inline, style.h1))
                out.append(
                    HRFlowable(
                        width="100%",
                        thickness=1.4,
                        color=ACCENT,
                        spaceBefore=0,
                        spaceAfter=3.5 * mm,
                    )
                )
            else:
                if landscape and level == 2:  # the wide section ends here
                    out.append(PageBreakIfNotEmpty(nextTemplate=PORTRAIT))
                    landscape = False
                out.append(CondPageBreak(HEADING_ROOM))
                out.append(Paragraph(inline, style.h2 if level == 2 else style.h3))
            index += 3
            continue
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = int(token.attrs.get("start", 1) or 1)
            lists.append([1 if kind == "ordered_list_open" else 0, start])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            if not lists:
                out.append(Spacer(1, 1 * mm))
        elif kind in ("blockquote_open", "blockquote_close"):
            quote += 1 if kind == "blockquote_open" else -1
        elif kind == "inline":
            if not lists and _is_label(token):  # "**Læringsmål denne samlingen:**" + a list
                out.append(CondPageBreak(LABEL_ROOM))
            elif not lists and not quote and _introduces_table(tokens, index):
                _keep_intro_with_table(out)
            out.append(_paragraph(tokens, index, lists, quote))
        elif kind == "table_open":
            rows, index = _read_table(tokens, index)
            if rows and wide is not None and not landscape and least_width(rows) > available:
                out.insert(_section_start(out), PageBreakIfNotEmpty(nextTemplate=LANDSCAPE))
                landscape = True
            if rows:
                out.append(_table(rows, wide if landscape and wide else available, split_rows))
        elif kind == "hr":
            out.append(
                HRFlowable(
                    width="100%", thickness=0.5, color=RULE, spaceBefore=2 * mm, spaceAfter=3 * mm
                )
            )
        elif kind in ("fence", "code_block"):
            out.append(Preformatted(nfc(token.content.rstrip("\n")), style.code))
        index += 1
    return out


def _section_start(out: list[Flowable]) -> int:
    """Where the current section begins in ``out``: its level-2 heading (with the conditional
    break before it), else the end (the table itself)."""
    for position in range(len(out) - 1, -1, -1):
        flowable = out[position]
        if isinstance(flowable, Paragraph) and flowable.style.name == "gg-h2":
            before = position - 1
            return before if before >= 0 and isinstance(out[before], CondPageBreak) else position
    return len(out)


def _introduces_table(tokens, index: int) -> bool:
    """The paragraph at ``index`` is followed directly by a table (its introduction)."""
    after = index + 2  # inline, paragraph_close, then the next block
    return after < len(tokens) and tokens[after].type == "table_open"


def _keep_intro_with_table(out: list[Flowable]) -> None:
    """A table's introduction never ends a page with the table on the next one: it needs room
    for itself and the table's first rows (with the heading right before it, if there is one)."""
    heading = len(out) >= 2 and isinstance(out[-2], CondPageBreak)
    if heading and isinstance(out[-1], Paragraph) and out[-1].style.name in ("gg-h2", "gg-h3"):
        out[-2] = CondPageBreak(HEADING_ROOM + TABLE_INTRO_ROOM)
    else:
        out.append(CondPageBreak(TABLE_INTRO_ROOM))


def _is_label(token) -> bool:
    """A paragraph that is nothing but bold text: a small heading for what follows. (Bold text
    ending in a bracket, "**Bare planlagt (3)**", comes with empty text tokens around it.)"""
    kinds = [
        child.type
        for child in token.children or []
        if not (child.type == "text" and not child.content)
    ]
    return kinds == ["strong_open", "text", "strong_close"]


def _paragraph(tokens, index: int, lists: list[list[int]], quote: int) -> Flowable:
    style = styles()
    text = inline_markup(tokens[index])
    in_item = bool(lists) and index >= 2 and tokens[index - 2].type == "list_item_open"
    indent = max(len(lists) - 1, 0) * 5 * mm + quote * 6 * mm
    if lists and in_item:
        ordered, number = lists[-1]
        bullet = f"{number}." if ordered else "•"
        lists[-1][1] += 1
        item_style = ParagraphStyle(
            f"gg-li-{len(lists)}-{quote}",
            parent=style.bullet,
            leftIndent=style.bullet.leftIndent + indent,
            bulletIndent=style.bullet.bulletIndent + indent,
        )
        # an item is short: it moves to the next page whole rather than split in two
        return KeepTogether([Paragraph(text, item_style, bulletText=bullet)])
    if indent:
        return Paragraph(
            text,
            ParagraphStyle(
                f"gg-in-{indent}", parent=style.body, leftIndent=indent, textColor=MUTED
            ),
        )
    return Paragraph(text, style.body)
