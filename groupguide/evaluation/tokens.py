"""Unguessable codes: the evaluation's URL token and the ballot slips' one-time codes.

A code is 16 characters of Crockford base32 (80 bits from ``secrets``). The same code is the URL
path segment and the short code a participant can type (shown in groups of four).
"""

from __future__ import annotations

import hashlib
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
CODE_LENGTH = 16  # 16 × 5 bits = 80 bits
_TYPING = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normalise(text: str) -> str | None:
    """A typed or scanned code → canonical form, or None when it cannot be one."""
    if not isinstance(text, str) or len(text) > 40:
        return None
    code = text.strip().upper().replace("-", "").replace(" ", "").translate(_TYPING)
    if len(code) != CODE_LENGTH or any(c not in ALPHABET for c in code):
        return None
    return code


def pretty(code: str) -> str:
    """``K7M2QX9A4RTB8WZC`` → ``K7M2-QX9A-4RTB-8WZC`` (easier to read aloud and type)."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def digest(code: str) -> str:
    """What is stored for an unused ballot code: its hash, never the code itself."""
    return hashlib.sha256(code.encode("ascii")).hexdigest()


def same(a: str, b: str) -> bool:
    return secrets.compare_digest(a.encode(), b.encode())
