"""The A4 page around the flowables: margins, the running header (the group; the participant or
the document) and the footer ("Laget med groupguide …" and "Side 2 av 3"). Upright, and
landscape for a table too wide for it (``flow.markdown_flowables``), with the same furniture.

Page numbers count within each document, so every certificate in the combined file reads
"Side 1 av 2" on its own first page, as it would printed alone. The canvas keeps each page until
the end (reportlab's usual way to know the page count in one pass) and draws the furniture then.
"""

from __future__ import annotations

from collections import Counter

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from groupguide.export.document import Printable
from groupguide.export.pdf.flow import LANDSCAPE, PORTRAIT
from groupguide.export.pdf.fonts import REGULAR
from groupguide.export.pdf.styles import MUTED, RULE, nfc

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = RIGHT = 18 * mm
TOP = 22 * mm
BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - LEFT - RIGHT
WIDE_WIDTH, WIDE_HEIGHT = landscape(A4)  # for a table too wide for the upright page
WIDE_FRAME_WIDTH = WIDE_WIDTH - LEFT - RIGHT
FURNITURE_SIZE = 8
SMALLEST_SIZE = 6.5


class DocumentStart(Flowable):
    """Marks where document ``index`` of the file begins (it draws nothing)."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        self.canv.groupguide_document = self.index


def fit(text: str, size: float, width: float) -> tuple[str, float]:
    """``text`` at ``size`` or smaller (down to 6.5 pt) so that it fits ``width``; shortened
    with an ellipsis only if even that is too wide."""
    text = nfc(" ".join(text.split()))
    while size > SMALLEST_SIZE and stringWidth(text, REGULAR, size) > width:
        size -= 0.5
    if stringWidth(text, REGULAR, size) <= width:
        return text, size
    low, high = 0, len(text)  # the longest prefix that fits with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", REGULAR, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…", size


def canvas_class(printable: Printable):
    """A canvas that draws ``printable``'s header and footer on every page when saved."""

    class FurnishedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self.groupguide_document = 0
            self._kept: list[tuple[dict, int]] = []

        def showPage(self) -> None:
            self._kept.append((dict(self.__dict__), self.groupguide_document))
            self._startPage()

        def save(self) -> None:
            totals = Counter(index for _, index in self._kept)
            numbers: Counter[int] = Counter()
            for state, index in self._kept:
                self.__dict__.update(state)
                numbers[index] += 1
                self._furnish(index, numbers[index], totals[index])
                Canvas.showPage(self)
            Canvas.save(self)

        def _furnish(self, index: int, page: int, pages: int) -> None:
            document = printable.documents[index]
            page_width, page_height = self._pagesize  # upright or landscape
            frame_width = page_width - LEFT - RIGHT
            self.saveState()
            self.setFillColor(MUTED)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            left, right = document.header
            half = frame_width / 2 - 3 * mm
            y = page_height - TOP + 6 * mm
            if right.strip():
                right_text, right_size = fit(right, FURNITURE_SIZE, half)
                self.setFont(REGULAR, right_size)
                self.drawRightString(page_width - RIGHT, y, right_text)
                left_room = frame_width - stringWidth(right_text, REGULAR, right_size) - 6 * mm
            else:
                left_room = frame_width
            left_text, left_size = fit(left, FURNITURE_SIZE, left_room)
            self.setFont(REGULAR, left_size)
            self.drawString(LEFT, y, left_text)
            self.line(LEFT, y - 2.2 * mm, page_width - RIGHT, y - 2.2 * mm)
            label = printable.page_label.format(page=page, pages=pages)
            label_width = stringWidth(label, REGULAR, FURNITURE_SIZE)
            y = BOTTOM - 9 * mm
            self.line(LEFT, y + 3.5 * mm, page_width - RIGHT, y + 3.5 * mm)
            footer, size = fit(document.footer, FURNITURE_SIZE, frame_width - label_width - 6 * mm)
            self.setFont(REGULAR, size)
            self.drawString(LEFT, y, footer)
            self.setFont(REGULAR, FURNITURE_SIZE)
            self.drawRightString(page_width - RIGHT, y, label)
            self.restoreState()

    return FurnishedCanvas


def document_template(target, printable: Printable) -> BaseDocTemplate:
    first = printable.documents[0] if printable.documents else None
    template = BaseDocTemplate(
        target,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=nfc(printable.title),
        author=nfc(printable.author),
        subject=nfc(first.header[1] if first and len(printable.documents) == 1 else ""),
        creator="groupguide",
        producer="groupguide (reportlab)",
        lang=printable.language,
        initialFontName=REGULAR,
        invariant=1,
        displayDocTitle=1,
    )
    template.addPageTemplates(
        [
            PageTemplate(id=PORTRAIT, frames=[_frame(FRAME_WIDTH, PAGE_HEIGHT)], pagesize=A4),
            PageTemplate(
                id=LANDSCAPE,
                frames=[_frame(WIDE_FRAME_WIDTH, WIDE_HEIGHT)],
                pagesize=landscape(A4),
            ),
        ]
    )
    return template


def _frame(width: float, height: float) -> Frame:
    return Frame(
        LEFT,
        BOTTOM,
        width,
        height - TOP - BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
