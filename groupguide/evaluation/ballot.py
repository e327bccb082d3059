"""Ballot mode: N one-time codes that the leader hands out at random (as printed slips,
``phone.slips``). Only the codes' hashes are kept (in the evaluation file, removed when used). A code is short
(``tokens.SLIP_LENGTH``) so that a slip printed before the gathering, without the laptop's
address, can be typed into the shared form."""

from __future__ import annotations

from groupguide.evaluation import tokens

MAX_SLIPS = 60


def new_codes(count: int) -> list[str]:
    count = max(1, min(count, MAX_SLIPS))
    codes: set[str] = set()
    while len(codes) < count:
        codes.add(tokens.new_code(tokens.SLIP_LENGTH))
    return sorted(codes)
