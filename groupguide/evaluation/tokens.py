"""Unguessable codes: the evaluation's URL token and the ballot slips' one-time codes.

The evaluation's token is 16 characters of Crockford base32 (80 bits from ``secrets``): the URL
path segment and the code a participant can type (shown in groups of four). A ballot slip's code
is shorter, 10 characters (50 bits, shown as two groups of five), so that it can be typed into
the shared form from a slip printed before anyone knew the laptop's address; guessing one of a
dozen valid codes among 2⁵⁰ at the form's rate limit would take millions of years.
"""

from __future__ import annotations

import hashlib
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
CODE_LENGTH = 16  # 16 × 5 bits = 80 bits
SLIP_LENGTH = 10  # 10 × 5 bits = 50 bits
LENGTHS = (CODE_LENGTH, SLIP_LENGTH)
_TYPING = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})


def new_code(length: int = CODE_LENGTH) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def normalise(text: str, lengths: tuple[int, ...] = LENGTHS) -> str | None:
    """A typed or scanned code → canonical form, or None when it cannot be one."""
    if not isinstance(text, str) or len(text) > 40:
        return None
    code = "".join(text.split()).upper().replace("-", "").translate(_TYPING)
    if len(code) not in lengths or any(c not in ALPHABET for c in code):
        return None
    return code


def pretty(code: str) -> str:
    """``K7M2QX9A4RTB8WZC`` → ``K7M2-QX9A-4RTB-8WZC``, ``K7M2QX9A4R`` → ``K7M2Q-X9A4R`` (easier
    to read aloud and type)."""
    step = 5 if len(code) == SLIP_LENGTH else 4
    return "-".join(code[i : i + step] for i in range(0, len(code), step))


def digest(code: str) -> str:
    """What is stored for an unused ballot code: its hash, never the code itself."""
    return hashlib.sha256(code.encode("ascii")).hexdigest()


def digest_text(text: str) -> str:
    """The hash of any text (an id that may hold any letter)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def same(a: str, b: str) -> bool:
    return secrets.compare_digest(a.encode(), b.encode())
