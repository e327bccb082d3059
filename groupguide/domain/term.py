"""The half-year a group's term names ("2027 vår", "Høst 2026", "spring 2027", "V27"), as dates.

The term is free text (a leader may write "LIS1 Vestland høst 2026" or "Gruppe A"); only a year
with a season word is read: vår/våren/spring (January–June) and høst/høsten/autumn/fall
(July–December), or the short "V27"/"H26". Anything else names no half-year, and nothing is
assumed from it.
"""

from __future__ import annotations

import re
from datetime import date

_SPRING = ("vår", "våren", "spring", "v")
_AUTUMN = ("høst", "høsten", "autumn", "fall", "h")
_WORD = re.compile(r"[a-zæøå]+|\d+")


def term_span(term: str) -> tuple[date, date] | None:
    """The first and last day of the half-year ``term`` names, or None."""
    words = _WORD.findall(term.casefold())
    years = [int(w) for w in words if w.isdigit() and len(w) == 4 and 1990 <= int(w) <= 2200]
    short = re.fullmatch(r"\s*([vh])\s*(\d{2})\s*", term.casefold())
    if short:
        season, year = short.group(1), 2000 + int(short.group(2))
    elif len(years) == 1:
        seasons = {w for w in words if w in _SPRING + _AUTUMN and len(w) > 1}
        spring, autumn = bool(seasons & set(_SPRING)), bool(seasons & set(_AUTUMN))
        if spring == autumn:  # neither, or both
            return None
        season, year = ("v" if spring else "h"), years[0]
    else:
        return None
    if season == "v":
        return date(year, 1, 1), date(year, 6, 30)
    return date(year, 7, 1), date(year, 12, 31)
