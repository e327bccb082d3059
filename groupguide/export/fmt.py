"""Small formatting helpers shared by the exports: Markdown escaping, hours, dates, file names.

Everything a user typed goes through ``md_text``/``md_cell`` before it is put into Markdown, so that
a name such as ``*x*``, ``[a](javascript:…)`` or ``<script>`` stays literal text in every export.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time

from groupguide.i18n import decimal, t

# Characters with inline meaning anywhere in a line (CommonMark lets any ASCII punctuation be
# escaped with a backslash). ``#`` is included because a trailing `` #`` closes a heading.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>!&|~#])")
# At the start of a line more characters have meaning: lists, block quotes, headings, rules.
_MD_LINE_START = re.compile(r"^(\d{0,9})([-+=>.)])")
_SPACE = re.compile(r"\s+")


def strip_controls(text: str) -> str:
    """Drop control characters (NUL, escape …) that no document should carry; keep line breaks
    and tabs."""
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")


def md_text(value: object) -> str:
    """User text as literal Markdown inline content (one line: whitespace runs become a space)."""
    text = _SPACE.sub(" ", strip_controls(str(value))).strip()
    text = _MD_INLINE.sub(r"\\\1", text)
    return _MD_LINE_START.sub(r"\1\\\2", text)


def md_cell(value: object) -> str:
    """Like ``md_text``; also safe inside a table cell (``|`` is escaped by ``md_text``)."""
    return md_text(value) or " "


def md_paragraphs(value: object) -> str:
    """Multi-line user text as literal Markdown paragraphs (blank lines kept as paragraph breaks,
    single line breaks kept as hard breaks)."""
    text = strip_controls(str(value).replace("\r\n", "\n"))
    paragraphs = re.split(r"\n\s*\n", text.strip())
    rendered = []
    for paragraph in paragraphs:
        lines = [md_text(line) for line in paragraph.split("\n") if line.strip()]
        if lines:
            rendered.append("\\\n".join(lines))
    return "\n\n".join(rendered)


def hours_decimal(minutes: int, places: int = 1) -> str:
    """Minutes as hours with a decimal comma in Norwegian (``5,5``), a point in English."""
    return decimal(minutes / 60, places)


def duration(minutes: int) -> str:
    """``5 t 35 min`` / ``5 h 35 min``."""
    hours, rest = divmod(max(0, int(minutes)), 60)
    if hours and rest:
        return t("export.duration.hm", hours=hours, minutes=rest)
    if hours:
        return t("export.duration.h", hours=hours)
    return t("export.duration.m", minutes=rest)


def clock(value: time | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


def long_date(value: date | None, weekday: bool = False) -> str:
    """``onsdag 16. september 2026`` / ``Wednesday 16 September 2026``; ``–`` when unknown."""
    if value is None:
        return t("export.no_date")
    months = t("export.months").split(",")
    text = t("export.date", day=value.day, month=months[value.month - 1], year=value.year)
    if weekday:
        days = t("export.weekdays").split(",")
        text = f"{days[value.weekday()]} {text}"
    return text


_TRANSLITERATE = str.maketrans(
    {"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A", "ß": "ss"}
)


def safe_name(text: object, fallback: str = "fil", limit: int = 60) -> str:
    """A file-name part from any text: ASCII letters, digits and single hyphens only, so no path
    separator, no ``..``, no leading dot, no reserved character; never empty."""
    ascii_text = unicodedata.normalize("NFKD", str(text).translate(_TRANSLITERATE))
    ascii_text = ascii_text.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()
    slug = slug[:limit].strip("-")
    return slug or fallback


def unique_names(names: list[str]) -> list[str]:
    """Make file names unique in order: the second ``kari.html`` becomes ``kari-2.html``."""
    seen: dict[str, int] = {}
    taken = set()
    result = []
    for name in names:
        stem, dot, ext = name.rpartition(".") if "." in name else (name, "", "")
        candidate = name
        count = seen.get(name, 1)
        while candidate in taken:
            count += 1
            candidate = f"{stem}-{count}{dot}{ext}"
        seen[name] = count
        taken.add(candidate)
        result.append(candidate)
    return result


def md_code_block(text: str) -> str:
    """``text`` as a fenced code block whose fence no backtick run inside can close."""
    runs = [len(m) for m in re.findall(r"`+", text)]
    fence = "`" * max(3, max(runs, default=0) + 1)
    return f"{fence}\n{text.rstrip(chr(10))}\n{fence}\n"
