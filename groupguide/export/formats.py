"""The formats a printable document is written in: HTML (the preview that opens in any browser)
and PDF (what is uploaded to Kompetanseportalen, printed and signed).

A PDF file is rendered only when it is written (``PdfFile.data``), so listing the files to write,
as the documents screen does on every change of choice, costs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from groupguide.export.document import Printable
from groupguide.export.output import Export, ExportError, ExportFile
from groupguide.export.page import printable_html
from groupguide.i18n import t

FORMATS = ("html", "pdf")


@dataclass(frozen=True)
class PdfFile:
    """A PDF to be rendered from ``printable`` when it is written."""

    name: str
    printable: Printable

    def data(self) -> bytes:
        from groupguide.export.pdf import FontError, render_pdf

        try:
            return render_pdf(self.printable)
        except FontError as exc:
            raise ExportError(
                t("export.pdf.font_broken", name=self.name, reason=str(exc))
            ) from None


def add_files(export: Export, formats: tuple[str, ...]) -> Export:
    """Add a file in each of ``formats`` for every printable of ``export`` (PDFs first: they
    are the ones to send)."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(unknown)
    if "pdf" in formats and export.printables:
        export.files[:0] = [PdfFile(f"{p.stem}.pdf", p) for p in export.printables]
        export.notes += _font_notes(export.printables)
    if "html" in formats:
        export.files += [ExportFile(f"{p.stem}.html", printable_html(p)) for p in export.printables]
    return export


def _font_notes(printables: list[Printable]) -> list[str]:
    from groupguide.export.pdf import FontError, missing_characters

    notes = []
    for printable in printables:
        try:
            missing = missing_characters([printable])
        except FontError:  # a broken install: writing the PDF says so, naming the file
            return []
        if missing:
            notes.append(
                t(
                    "export.pdf.missing_glyphs",
                    name=f"{printable.stem}.pdf",
                    chars=" ".join(missing),
                )
            )
    return notes
