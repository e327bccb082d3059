"""One answer per network address: which addresses have answered, in memory only.

Phones on a LAN have addresses of their own, so in open mode a phone that throws away its cookie
still cannot answer twice. The book holds keyed hashes (HMAC with a key made when the book is
made and never written anywhere), not the addresses themselves; it lives only as long as the
evaluation (or the audit's collection) is open and is cleared when it closes. A shared phone (two
participants on one phone, or answers typed on the leader's laptop) is let through only when the
leader allows it, one extra answer at a time.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class Receipt:
    """What ``take`` did, so that ``give_back`` can undo it exactly (a write that failed)."""

    key: str
    shared: bool  # used one of the leader's extra answers (the address had answered before)


class AddressBook:
    def __init__(self) -> None:
        self._secret = secrets.token_bytes(32)
        self._seen: set[str] = set()
        self.shared = 0  # extra answers the leader allowed from addresses that have answered

    def _key(self, address: str) -> str:
        return hmac.new(
            self._secret, address.encode("utf-8", "replace"), hashlib.sha256
        ).hexdigest()

    def __len__(self) -> int:
        return len(self._seen)

    def has_answered(self, address: str) -> bool:
        return self._key(address) in self._seen

    def may_answer(self, address: str) -> bool:
        return self.shared > 0 or not self.has_answered(address)

    def take(self, address: str) -> Receipt | None:
        """Count an answer from ``address``; None when it has answered and no extra answer is
        allowed."""
        key = self._key(address)
        if key not in self._seen:
            self._seen.add(key)
            return Receipt(key, shared=False)
        if self.shared > 0:
            self.shared -= 1
            return Receipt(key, shared=True)
        return None

    def give_back(self, receipt: Receipt) -> None:
        if receipt.shared:
            self.shared += 1
        else:
            self._seen.discard(receipt.key)

    def allow_shared(self, count: int = 1) -> None:
        self.shared += max(0, count)

    def clear(self) -> None:
        self._seen.clear()
        self.shared = 0
