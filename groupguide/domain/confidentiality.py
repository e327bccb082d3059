"""The confidentiality guard: finds what looks like a patient identifier in a note.

Found: Norwegian national identity numbers (fødselsnummer) with both mod-11 control digits valid,
including D-numbers (day + 40), H-numbers (month + 40) and the synthetic test numbers of the
national test data (month + 80); Norwegian phone numbers (8 digits, optionally ``+47``/``0047``,
written together or grouped with spaces); e-mail addresses.

Ordinary clinical text ("BT 140/90", "Hb 12,3", "CRP 45", "uke 32") raises nothing: an 11-digit
number whose control digits are wrong is not reported, and digits glued to other digits, commas or
slashes are not read as phone numbers. Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from groupguide.i18n import t

KINDS = ("national_id", "d_number", "h_number", "phone", "email")

_WEIGHTS_1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_WEIGHTS_2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)

# 6 + 5 digits, optionally split after the date part by a space, dot or hyphen.
_NATIONAL_ID = re.compile(r"(?<![\d,./])(\d{6})[ .\-]?(\d{5})(?![\d]|[,.]\d)")
_PHONE = re.compile(
    r"(?<![\w,./+])"
    r"(?:(?:\+|00)47[ \-]?)?"
    r"([2-9]\d{7}|[2-9]\d{2} \d{2} \d{3}|[2-9]\d \d{2} \d{2} \d{2}|[2-9]\d{3} \d{4})"
    r"(?![\d]|[,.]\d)")
_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


@dataclass(frozen=True)
class Finding:
    """One identifier-like span: ``text[start:end]``."""

    kind: str  # one of KINDS
    start: int
    end: int
    text: str

    @property
    def label(self) -> str:
        return t(f"run.guard.kind.{self.kind}")


def _control_digit(digits: list[int], weights: tuple[int, ...]) -> int | None:
    remainder = sum(d * w for d, w in zip(digits, weights, strict=False)) % 11
    value = 11 - remainder
    if value == 11:
        return 0
    if value == 10:
        return None
    return value


def control_digits(first_nine: str) -> tuple[int, int] | None:
    """The two control digits for the first nine digits, or None when none exist (remainder 1)."""
    digits = [int(c) for c in first_nine]
    k1 = _control_digit(digits, _WEIGHTS_1)
    if k1 is None:
        return None
    k2 = _control_digit(digits + [k1], _WEIGHTS_2)
    if k2 is None:
        return None
    return k1, k2


def _plausible_date(day: int, month: int, year2: int) -> bool:
    for century in (1900, 2000):
        try:
            date(century + year2, month, day)
        except ValueError:
            continue
        return True
    return False


def _compact_date(digits: str) -> bool:
    """YYYYMMDD with a year 1900–2099."""
    if len(digits) != 8 or digits[:2] not in ("19", "20"):
        return False
    try:
        date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return False
    return True


def classify_national_id(number: str) -> str | None:
    """``national_id``, ``d_number`` or ``h_number`` for a valid 11-digit number, else None."""
    if len(number) != 11 or not number.isdigit():
        return None
    day, month, year2 = int(number[0:2]), int(number[2:4]), int(number[4:6])
    kind = "national_id"
    if day > 40:
        day -= 40
        kind = "d_number"
    if month > 80:  # synthetic test numbers (national test data): month + 80
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


def find_identifiers(text: str) -> list[Finding]:
    """Every identifier-like span in ``text``, in order, never overlapping."""
    found: list[Finding] = []
    for match in _NATIONAL_ID.finditer(text):
        kind = classify_national_id(match.group(1) + match.group(2))
        if kind is not None:
            found.append(Finding(kind, match.start(), match.end(), match.group(0)))
    for match in _EMAIL.finditer(text):
        found.append(Finding("email", match.start(), match.end(), match.group(0)))
    for match in _PHONE.finditer(text):
        if match.group(0) == match.group(1) and _compact_date(match.group(1)):
            continue  # 20261202 is a date, not a phone number
        found.append(Finding("phone", match.start(), match.end(), match.group(0)))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    result: list[Finding] = []
    for finding in found:
        if result and finding.start < result[-1].end:
            continue  # a phone number inside an e-mail address or an identity number
        result.append(finding)
    return result


def mask(text: str, findings: list[Finding] | None = None) -> str:
    """``text`` with every identifier replaced by a placeholder naming what was there."""
    findings = find_identifiers(text) if findings is None else findings
    parts: list[str] = []
    cursor = 0
    for finding in sorted(findings, key=lambda f: f.start):
        parts.append(text[cursor:finding.start])
        parts.append(t(f"run.guard.mask.{finding.kind}"))
        cursor = finding.end
    parts.append(text[cursor:])
    return "".join(parts)
