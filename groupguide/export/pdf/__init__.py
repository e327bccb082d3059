"""PDF written directly with reportlab's platypus: A4, selectable text, the shipped DejaVu Sans
embedded, page numbers, the group and the participant on every page. No browser and no system
library: ``pip install`` is enough.

Each ``Printable`` (see ``export/document.py``) becomes one file; each of its documents starts on
a new page with its own page count. The body comes from the same Markdown as the HTML page
(``flow.py``), the signature lines and the page furniture from the document's structured parts.
"""

from __future__ import annotations

import io

from groupguide.export.document import Printable
from groupguide.export.pdf.fonts import FontError, uncovered


def render_pdf(printable: Printable) -> bytes:
    """The PDF file for ``printable`` (raises ``FontError`` when the shipped fonts are broken).

    Table rows break only between rows; a row taller than a whole page (a block title of
    thousands of words) cannot, and then the file is laid out again with rows allowed to break.
    """
    from reportlab.platypus.doctemplate import LayoutError

    try:
        return _render(printable, split_rows=False)
    except LayoutError:
        return _render(printable, split_rows=True)


def _render(printable: Printable, split_rows: bool) -> bytes:
    from reportlab.platypus import PageBreak

    from groupguide.export.pdf.flow import PORTRAIT, markdown_flowables
    from groupguide.export.pdf.fonts import register
    from groupguide.export.pdf.pages import (
        FRAME_WIDTH,
        WIDE_FRAME_WIDTH,
        DocumentStart,
        canvas_class,
        document_template,
    )
    from groupguide.export.pdf.signatures import signed_ending

    register()
    story = []
    for index, document in enumerate(printable.documents):
        if index:  # each document starts on a new, upright page
            story.append(PageBreak(nextTemplate=PORTRAIT))
        story.append(DocumentStart(index))
        body = markdown_flowables(document.markdown, FRAME_WIDTH, split_rows, WIDE_FRAME_WIDTH)
        if document.signatures:
            body = signed_ending(body, document.signatures, FRAME_WIDTH, split_rows)
        story += body
    buffer = io.BytesIO()
    document_template(buffer, printable).build(story, canvasmaker=canvas_class(printable))
    return buffer.getvalue()


def printable_text(printable: Printable) -> str:
    """Every text the PDF will draw (for the font-coverage check)."""
    parts = [printable.title]
    for document in printable.documents:
        parts += [document.markdown, *document.header, document.footer]
        parts += [s.label + " " + s.name for s in document.signatures]
    return "\n".join(parts)


def missing_characters(printables: list[Printable]) -> list[str]:
    """Characters the shipped fonts cannot draw, over all ``printables`` (each once)."""
    return uncovered("\n".join(printable_text(p) for p in printables))


__all__ = ["FontError", "missing_characters", "render_pdf"]
