"""The fonts every PDF is set in: DejaVu Sans (regular, bold, oblique), shipped in ``fonts/``
with its licence, registered with reportlab once per process and embedded (as subsets) in every
file. It covers Norwegian and names such as "Nguyễn Thị Lan"; reportlab's own fonts do not, and a
missing glyph is silently drawn as a box, so ``uncovered`` tells which characters would be.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

REGULAR = "GroupguideSans"
BOLD = "GroupguideSans-Bold"
ITALIC = "GroupguideSans-Oblique"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}


class FontError(Exception):
    """A shipped font file is missing or unreadable (a broken install)."""


@lru_cache(maxsize=1)
def register() -> str:
    """Register the fonts with reportlab (once per process); return the regular font's name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources.files("groupguide.export.pdf").joinpath("fonts")
    for name, filename in FILES.items():
        path = folder.joinpath(filename)
        try:
            with resources.as_file(path) as real:
                pdfmetrics.registerFont(TTFont(name, str(real)))
        except Exception as exc:  # noqa: BLE001 - reportlab raises several kinds on a bad file
            raise FontError(f"{filename}: {exc}") from None
    # <b>, <i> and <b><i> inside a paragraph pick these; no bold oblique is shipped
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register()
    sets = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in FILES]
    return frozenset(set.intersection(*sets))


def uncovered(text: str) -> list[str]:
    """The characters of ``text`` (after NFC) that the fonts cannot draw, each once, in order."""
    covered = _covered()
    missing: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        if (
            ord(char) not in covered
            and not char.isspace()
            and char not in missing
            and unicodedata.category(char) not in ("Cc", "Cf")
        ):
            missing.append(char)
    return missing
