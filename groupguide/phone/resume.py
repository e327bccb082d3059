"""Where a form for phones is served again after a restart (the evaluation's and the audit's one
rule): the same host, port and token when they are still to be had, so that the QR code and the
pages already open on phones keep working.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from groupguide.evaluation import tokens
from groupguide.phone.base import PhoneServer, start_on
from groupguide.phone.lan import Candidate


@dataclass(frozen=True)
class Resume:
    address: int  # the index of the candidate address to serve on
    port: int  # the port to try first
    token: str | None  # None: a new one
    key: bytes | None  # the nonce key; None: a new one


def resume(
    previous: dict[str, Any] | None,
    candidates: Sequence[Candidate],
    address: int,
    port: int,
    *,
    keep_address: bool = True,
) -> Resume:
    """Where to serve, given where it was served before (``domain.serving``, or None) and the
    candidate address and port it would use otherwise. The token and the key are kept whenever
    they are sensible. The host and port are kept when ``keep_address`` (the leader did not ask
    for another address or give a port), the host is still one of this machine's candidates and
    the settings ask for the same port as when it was served (a port the leader set since wins)."""
    if previous is None:
        return Resume(address, port, None, None)
    token = previous["token"] if tokens.normalise(previous["token"]) else None
    try:
        key = bytes.fromhex(previous.get("key", "")) or None
    except ValueError:
        key = None
    here = [c.address for c in candidates]
    asked = previous.get("asked", port)
    if keep_address and previous["host"] in here and asked == port:
        return Resume(here.index(previous["host"]), previous["port"], token, key)
    return Resume(address, port, token, key)


def serving(server: PhoneServer, asked: int) -> dict[str, Any]:
    """The stored form of where ``server`` serves (``domain.serving``)."""
    return {
        "host": server.host,
        "port": server.port,
        "token": server.token,
        "key": server.nonce_key.hex(),
        "asked": asked,
    }


async def start_at(server: PhoneServer, fixed: bool = False) -> int | None:
    """Start on the server's port, or on any free one when that is busy, unless ``fixed`` (the
    leader chose it). The busy port when another was taken, else None. Raises
    ``ServerStartError``."""
    port = server.port
    if fixed:
        await server.start()
    else:
        await start_on(server)
    return port if port and server.port != port else None
