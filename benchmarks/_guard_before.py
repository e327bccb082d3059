"""The identifier guard as it was before issue 15 (commit 2966e6a), kept frozen as the baseline
of ``guard_bench``: the same generated texts go through both in the same run. Only its
detection logic is kept (no labels, no masking)."""

from __future__ import annotations

import re
from datetime import date

from groupguide.domain.confidentiality import control_digits

_NATIONAL_ID = re.compile(r"(?<![\d,./])(\d{6})[ .\-]?(\d{5})(?![\d]|[,.]\d)")
_PHONE = re.compile(
    r"(?<![\w,./+])"
    r"(?:(?:\+|00)47[ \-]?)?"
    r"([2-9]\d{7}|[2-9]\d{2} \d{2} \d{3}|[2-9]\d \d{2} \d{2} \d{2}|[2-9]\d{3} \d{4})"
    r"(?![\d]|[,.]\d)"
)
_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)


def _plausible_date(day: int, month: int, year2: int) -> bool:
    for century in (1900, 2000):
        try:
            date(century + year2, month, day)
        except ValueError:
            continue
        return True
    return False


def _compact_date(digits: str) -> bool:
    if len(digits) != 8 or digits[:2] not in ("19", "20"):
        return False
    try:
        date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return False
    return True


def _classify(number: str) -> str | None:
    day, month, year2 = int(number[0:2]), int(number[2:4]), int(number[4:6])
    kind = "national_id"
    if day > 40:
        day -= 40
        kind = "d_number"
    if month > 80:
        month -= 80
    elif month > 40:
        month -= 40
        if kind == "national_id":
            kind = "h_number"
        else:
            return None
    if not _plausible_date(day, month, year2):
        return None
    if control_digits(number[:9]) != (int(number[9]), int(number[10])):
        return None
    return kind


def find_identifiers(text: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of every finding, in order, never overlapping."""
    found = []
    for match in _NATIONAL_ID.finditer(text):
        kind = _classify(match.group(1) + match.group(2))
        if kind is not None:
            found.append((kind, match.start(), match.end()))
    for match in _EMAIL.finditer(text):
        found.append(("email", match.start(), match.end()))
    for match in _PHONE.finditer(text):
        if match.group(0) == match.group(1) and _compact_date(match.group(1)):
            continue
        found.append(("phone", match.start(), match.end()))
    found.sort(key=lambda f: (f[1], -(f[2] - f[1])))
    result: list[tuple[str, int, int]] = []
    for finding in found:
        if result and finding[1] < result[-1][2]:
            continue
        result.append(finding)
    return result
