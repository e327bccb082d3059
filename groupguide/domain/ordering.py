"""Names in the order a Norwegian reader expects: numbers by value ("Nummer5" before
"Nummer10"), upper and lower case together, accented letters with their base letter (é with e),
and æ, ø, å after z, in that order (ä and ö with æ and ø). Pure: no I/O."""

from __future__ import annotations

import re
import unicodedata

_CHUNKS = re.compile(r"(\d+)")
# After "z" (U+007A) come U+007B…: the Norwegian letters keep their own place at the end.
_NORWEGIAN = str.maketrans({"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}"})


def _letters(text: str) -> str:
    folded = text.casefold().translate(_NORWEGIAN)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def natural_key(text: str) -> tuple[tuple[tuple[int, int | str], ...], str, str]:
    """A sort key: ``sorted(names, key=natural_key)``. Names equal but for case or accents
    follow each other in a fixed order (by code point: "Nummer5" before "nummer5")."""
    parts: list[tuple[int, int | str]] = []
    for i, chunk in enumerate(_CHUNKS.split(text.strip())):
        if not chunk:
            continue
        parts.append((0, int(chunk)) if i % 2 else (1, _letters(chunk)))
    return tuple(parts), text.casefold(), text
