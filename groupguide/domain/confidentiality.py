"""The confidentiality guard: finds what looks like a patient identifier in a free text.

Found:

- Norwegian national identity numbers (fødselsnummer) and D-numbers (day + 40) whose control
  digits are valid under the classic mod-11 rule or under the rule Skatteetaten uses for numbers
  issued from 1 January 2032 (the first control digit may leave a remainder of 0, 1, 2 or 3, the
  second is unchanged; source: Skatteetaten, "Nytt fødselsnummer fra 2032", in the Folkeregisteret
  API documentation); H-numbers (month + 40), felles hjelpenummer (FH, first digit 8 or 9) and the
  synthetic numbers of the national test data (month + 80), all with classic control digits. In
  every common layout: ``DDMMYYNNNNN``, ``DDMMYY NNNNN``, ``DDMMYY NNN NN``, ``DDMMYY-NNNNN``,
  ``DD.MM.YY NNNNN``, ``DD.MM.YYYY NNNNN``, with ordinary, non-breaking or thin spaces, hyphens or
  dashes between the parts.
- Norwegian phone numbers: eight digits starting with 2–7 or 9, written together or grouped
  ``912 34 567``, ``91 23 45 67``, ``912 34567``, ``912 345 67``, ``4123 4567`` with one kind of
  space, hyphen, dash or dot, optionally after ``+47``, ``0047`` or ``(+47)``.
- E-mail addresses, including letters outside ASCII and international domain names.

An 11-digit number whose control digits are wrong counts too when a label before it says it is
one (``fnr 01019012345``, ``fødselsnummer:``, ``personnr``, ``D-nummer``, ``H-nr``): a mistyped
number is still meant as an identifier.

Ordinary clinical text raises nothing: an unlabelled 11-digit number whose control digits are wrong, doses
and amounts (``50000000 IE``, ``20 000 IE``, ``kr 22345678``: a number next to a unit or currency,
or grouped in thousands), lab values, dates (``24.12.2026``, ``20261202``), years, clock times,
ICPC/ICD codes, ``BT 140/90``, ``uke 32``; digits glued to other digits, letters, decimal commas
or ranges are not read as phone numbers. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from groupguide.i18n import t

KINDS = ("national_id", "d_number", "h_number", "fh_number", "phone", "email")

_WEIGHTS_1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_WEIGHTS_2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
# Remainders the first control digit may leave: the classic rule, and the rule from 2032.
_CLASSIC = (0,)
_FROM_2032 = (0, 1, 2, 3)

_SPACE = "[ \u00a0\u2007\u2009\u202f]"  # space, no-break, figure, thin, narrow no-break
_DASH = "[\\-\u2010\u2011\u2012\u2013\u2014\u2212]"  # hyphen(-minus), dashes, minus sign
_GAP = f"(?:{_SPACE}{{0,2}}{_DASH}{_SPACE}{{0,2}}|{_SPACE}{{1,2}}|\\.{_SPACE}?)"

# Date part, then the five-digit personal number (optionally NNN NN), as in every layout above.
_NATIONAL_ID = re.compile(
    r"(?=\d\d)(?<!\d)(?<!\d[.,/])"  # the lookahead first lets the scan skip non-digits fast
    r"(?:(?P<compact>\d{6})"
    rf"|(?P<day>\d{{2}})(?P<sep>[./\-\u2013]|{_SPACE})(?P<month>\d{{2}})(?P=sep)"
    r"(?P<year>(?:18|19|20)\d{2}|\d{2}))"
    rf"{_GAP}?"
    rf"(?P<individual>\d{{3}})(?:{_SPACE}|{_DASH})?(?P<control>\d{{2}})"
    r"(?!\d|[.,]\d)"
)

_PHONE_DIGITS = (
    r"(?P<d>[2-79]\d{7})"  # 91234567
    r"|[2-79]\d{2}(?P<s1>[ .\-\u00a0\u2009\u202f\u2013])\d{2}(?P=s1)\d{3}"  # 912 34 567
    r"|[2-79]\d(?P<s2>[ .\-\u00a0\u2009\u202f\u2013])\d{2}(?P=s2)\d{2}(?P=s2)\d{2}"  # 91 23 45 67
    r"|[2-79]\d{2}(?P<s3>[ .\-\u00a0\u2009\u202f\u2013])\d{3}(?P=s3)\d{2}"  # 912 345 67
    r"|[2-79]\d{2}[ \-\u00a0\u2009\u202f\u2013]\d{5}"  # 912 34567
    r"|(?P<y>[2-79]\d{3})[ \-\u00a0\u2009\u202f\u2013]\d{4}"  # 4123 4567
)
_PHONE = re.compile(
    r"(?=[\d+(])(?<![\w+])(?<!\d[.,\-\u2013])"
    rf"(?P<prefix>(?:\((?:\+{_SPACE}?|00)47\)|(?:\+{_SPACE}?|00)47)(?:{_SPACE}|{_DASH})?)?"
    rf"(?:{_PHONE_DIGITS})"
    r"(?!\w|[.,\-\u2013]\d)"
)

# A number right before one of these is an amount, not a phone number (mg, IE, kroner, %, …).
_UNIT_AFTER = re.compile(
    r"[ \u00a0\u2009\u202f]?(?:[mµμnp]?g|mcg|ug|kg|IE|IU|E|U|[mdµμ]?[lL]|mmol|µmol|μmol"
    r"|nmol|pmol|mol|kr|NOK|kroner|EUR|USD|€|\$|%|‰|°|[mck]?m|kcal|kJ|enheter|stk|tbl|tabl"
    r"|tabletter|doser|x|×)(?![^\W\d_]|-\w)"
)
_CURRENCY_BEFORE = re.compile(r"(?:\bkr\.?|\bNOK|\bEUR|\bUSD|€|\$)[ \u00a0\u202f]?$")

_EMAIL = re.compile(
    r"(?<![\w.%+'\-])[\w.%+'\-]+@(?:[\w\-]+\.)+(?:[^\W\d_]{2,}|xn--[\w\-]+)(?![\w\-])"
)

# A label right before a number says it is an identity number, whatever its control digits:
# "fnr 01019012345", "f.nr.: 010190 12345", "fødselsnummer", "personnr", "D-nummer", "H-nr".
_LABEL_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:f\.?\s?nr|fødsels\.?\s?(?:nr|nummer)|personn?r|person\.?\s?nummer"
    r"|p\.?nr|[dh]\s?[-\u2010\u2011\u2013]?\s?(?:nr|nummer)|identitetsnummer|pers\.?\s?nr)"
    r"\.?\s?(?::|=|er|var|-)?\s*$",
    re.IGNORECASE,
)

_PRIORITY = {"national_id": 0, "d_number": 0, "h_number": 0, "fh_number": 0, "email": 1, "phone": 2}


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


def _control_digit(digits: list[int], weights: tuple[int, ...], remainder: int = 0) -> int | None:
    value = (remainder - sum(d * w for d, w in zip(digits, weights, strict=False))) % 11
    return None if value == 10 else value


def control_digits(first_nine: str) -> tuple[int, int] | None:
    """The two classic control digits for the first nine digits, or None when none exist."""
    pairs = all_control_digits(first_nine, _CLASSIC)
    return pairs[0] if pairs else None


def all_control_digits(
    first_nine: str, remainders: tuple[int, ...] = _FROM_2032
) -> list[tuple[int, int]]:
    """Every valid pair of control digits for the first nine digits: by default under the rule
    for numbers issued from 2032 (the classic pair, when it exists, comes first)."""
    digits = [int(c) for c in first_nine]
    pairs = []
    for remainder in remainders:
        k1 = _control_digit(digits, _WEIGHTS_1, remainder)
        if k1 is None:
            continue
        k2 = _control_digit(digits + [k1], _WEIGHTS_2)
        if k2 is not None:
            pairs.append((k1, k2))
    return pairs


def _valid_control_digits(number: str, remainders: tuple[int, ...]) -> bool:
    digits = [int(c) for c in number]
    first = sum(d * w for d, w in zip(digits, _WEIGHTS_1, strict=False)) + digits[9]
    second = sum(d * w for d, w in zip(digits, _WEIGHTS_2, strict=False)) + digits[10]
    return first % 11 in remainders and second % 11 == 0


def _plausible_date(day: int, month: int, year2: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= (
        29
        if month == 2 and year2 % 4 == 0
        else 28
        if month == 2
        else 30
        if month in (4, 6, 9, 11)
        else 31
    )


def _compact_date(digits: str) -> bool:
    """YYYYMMDD with a year 1900–2099 (DDMMYYYY stays a possible phone number: 23121930 may be
    an Oslo number, and a birth date written so is worth a warning too)."""
    if digits[:2] not in ("19", "20"):
        return False
    try:
        date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return False
    return True


def classify_national_id(number: str) -> str | None:
    """``national_id``, ``d_number``, ``h_number`` or ``fh_number`` for a valid 11-digit number,
    else None."""
    if len(number) != 11 or not number.isascii() or not number.isdigit():
        return None
    if number[0] in "89":  # felles hjelpenummer: no date, classic control digits
        return "fh_number" if _valid_control_digits(number, _CLASSIC) else None
    day, month, year2 = int(number[0:2]), int(number[2:4]), int(number[4:6])
    kind, remainders = "national_id", _FROM_2032
    if day > 40:
        day -= 40
        kind = "d_number"
    if month > 80:  # synthetic test numbers (national test data): month + 80
        month -= 80
    elif month > 40:
        if kind == "d_number":
            return None
        month -= 40
        kind, remainders = "h_number", _CLASSIC
    if not _plausible_date(day, month, year2):
        return None
    return kind if _valid_control_digits(number, remainders) else None


def _labelled(text: str, start: int) -> bool:
    """The number at ``start`` follows a label that says it is an identity number."""
    return bool(_LABEL_BEFORE.search(text, max(0, start - 40), start))


def _national_ids(text: str) -> list[Finding]:
    found = []
    for match in _NATIONAL_ID.finditer(text):
        if match.group("compact"):
            date_part = match.group("compact")
        else:
            date_part = match.group("day") + match.group("month") + match.group("year")[-2:]
        kind = classify_national_id(date_part + match.group("individual") + match.group("control"))
        if kind is None and _labelled(text, match.start()):
            kind = "national_id"  # "fnr 01019012345": a mistyped number is still meant as one
        if kind is not None:
            found.append(Finding(kind, match.start(), match.end(), match.group(0)))
    return found


def _is_amount(text: str, match: re.Match[str]) -> bool:
    if match.group("prefix"):
        return False
    digits = re.sub(r"\D", "", match.group(0))
    if match.group("d") and (_compact_date(digits) or digits.endswith("000000")):
        return True  # 20261202 is a date, 50000000 a round amount
    if match.group("y") and match.group("y").startswith("20"):
        return True  # 2025 2026: two years
    if _UNIT_AFTER.match(text, match.end()):
        return True
    return bool(_CURRENCY_BEFORE.search(text, max(0, match.start() - 6), match.start()))


def _phones(text: str) -> list[Finding]:
    return [
        Finding("phone", m.start(), m.end(), m.group(0))
        for m in _PHONE.finditer(text)
        if not _is_amount(text, m)
    ]


def find_identifiers(text: str) -> list[Finding]:
    """Every identifier-like span in ``text``, in order, never overlapping (an identity number
    wins over an e-mail address, and both over a phone number inside them)."""
    found = _national_ids(text)
    if "@" in text:
        found += [Finding("email", m.start(), m.end(), m.group(0)) for m in _EMAIL.finditer(text)]
    found += _phones(text)
    found.sort(key=lambda f: (_PRIORITY[f.kind], f.start, f.start - f.end))
    kept: list[Finding] = []
    for finding in found:
        if all(finding.end <= other.start or finding.start >= other.end for other in kept):
            kept.append(finding)
    return sorted(kept, key=lambda f: f.start)


def count_identifiers(texts: Iterable[str]) -> int:
    """How many identifiers ``mask`` replaces in all of ``texts`` together (a document's note
    "masked N …" counts with this)."""
    return sum(len(find_identifiers(text)) for text in texts)


def mask(text: str, findings: list[Finding] | None = None) -> str:
    """``text`` with every identifier replaced by a placeholder naming what was there. Masking
    twice changes nothing more: the placeholders hold no digits and no ``@``."""
    findings = find_identifiers(text) if findings is None else findings
    parts: list[str] = []
    cursor = 0
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.start < cursor:
            continue  # overlapping findings given by a caller: the first one covers it
        parts.append(text[cursor : finding.start])
        parts.append(t(f"run.guard.mask.{finding.kind}"))
        cursor = finding.end
    parts.append(text[cursor:])
    return "".join(parts)
