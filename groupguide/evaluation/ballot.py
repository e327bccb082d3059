"""Ballot mode: N one-time codes that the leader hands out at random (as printed slips,
``phone.slips``). Only the codes' hashes are kept (in the evaluation file, removed when used)."""

from __future__ import annotations

from groupguide.evaluation import tokens

MAX_SLIPS = 60


def new_codes(count: int) -> list[str]:
    count = max(1, min(count, MAX_SLIPS))
    codes: set[str] = set()
    while len(codes) < count:
        codes.add(tokens.new_code())
    return sorted(codes)
