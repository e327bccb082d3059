"""Connection limits for the phone servers: what a hostile phone on the same Wi-Fi can hold.

aiohttp alone keeps a connection that never finishes its request open for an hour and accepts as
many as the process has file descriptors (1,024 is a common desktop limit, macOS's is 256), so a
phone opening idle connections makes the form unavailable for everyone. Here every connection:

- must send its request's headers within ``HEADER_TIMEOUT`` seconds of connecting (or of the end
  of its previous response); aiohttp's keep-alive timer closes a connection still waiting for a
  complete request then, however slowly it trickles bytes;
- counts against ``PER_ADDRESS`` open connections per client address and ``TOTAL`` in all; one
  more is closed at once (a browser opens up to six per site);
- logs nothing: aiohttp's access log is off and its error log (which names the client's address
  and prints tracebacks) goes to a silent logger, so the leader's terminal shows neither;
- gets the same security headers and a generic ``Server`` header on aiohttp's own error pages
  (a request line or header it cannot parse), which never reach the application.

The body's own deadline (``BODY_TIMEOUT``) is kept by the handler that reads it
(``PhoneServer._read_post``).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from typing import Any

from aiohttp import web
from aiohttp.web_protocol import RequestHandler

HEADER_TIMEOUT = 10.0  # seconds to send a request's headers
BODY_TIMEOUT = 10.0  # seconds to send a form's body (at most 32 KiB)
PER_ADDRESS = 16  # open connections per client address
TOTAL = 160  # open connections in all (well under macOS's 256 file descriptors)
SERVER_NAME = "groupguide"

QUIET = logging.getLogger("groupguide.phone.quiet")
QUIET.addHandler(logging.NullHandler())
QUIET.propagate = False


class ConnectionGuard:
    """Open connections per client address, in memory only (the counts go when they close)."""

    def __init__(self, per_address: int = PER_ADDRESS, total: int = TOTAL) -> None:
        self.per_address = per_address
        self.total = total
        self.open: dict[str, int] = {}
        self.refused = 0  # connections closed at once (a count only)

    @property
    def count(self) -> int:
        return sum(self.open.values())

    def admit(self, address: str) -> bool:
        if self.open.get(address, 0) >= self.per_address or self.count >= self.total:
            self.refused += 1
            return False
        self.open[address] = self.open.get(address, 0) + 1
        return True

    def release(self, address: str) -> None:
        left = self.open.get(address, 0) - 1
        if left > 0:
            self.open[address] = left
        else:
            self.open.pop(address, None)


def secure(response: web.StreamResponse, headers: Mapping[str, str]) -> None:
    for name, value in headers.items():
        response.headers[name] = value
    response.headers["Server"] = SERVER_NAME


class _Handler(RequestHandler):
    """aiohttp's connection handler, counted by the guard, with quiet and secured error pages."""

    def __init__(
        self, manager: web.Server, guard: ConnectionGuard, headers: Mapping[str, str], **kwargs: Any
    ) -> None:
        super().__init__(manager, **kwargs)
        self._guard = guard
        self._headers = headers
        self._counted: str | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        peer = transport.get_extra_info("peername")
        address = str(peer[0]) if isinstance(peer, tuple) and peer else ""
        super().connection_made(transport)
        if self._guard.admit(address):
            self._counted = address
        else:
            self.force_close()

    def connection_lost(self, exc: BaseException | None) -> None:
        if self._counted is not None:
            self._guard.release(self._counted)
            self._counted = None
        super().connection_lost(exc)

    def handle_error(
        self,
        request: Any,
        status: int = 500,
        exc: BaseException | None = None,
        message: str | None = None,
    ) -> web.StreamResponse:
        response = super().handle_error(request, status, exc, message)
        secure(response, self._headers)
        return response


class GuardedSite(web.BaseSite):
    """A TCP site whose connections go through ``_Handler`` (aiohttp's ``TCPSite`` with our own
    protocol factory)."""

    def __init__(
        self,
        runner: web.AppRunner,
        host: str,
        port: int,
        guard: ConnectionGuard,
        headers: Mapping[str, str],
        header_timeout: float = HEADER_TIMEOUT,
    ) -> None:
        super().__init__(runner)
        self.host, self.port_wanted = host, port
        self.guard = guard
        self.bound_port = port
        self._factory: Callable[[], _Handler] = lambda: _Handler(
            runner.server,
            guard,
            headers,
            loop=asyncio.get_running_loop(),
            keepalive_timeout=header_timeout,
            logger=QUIET,
            access_log=None,
            lingering_time=2.0,
        )

    @property
    def name(self) -> str:
        return f"http://{self.host}:{self.bound_port}"

    async def start(self) -> None:
        await super().start()
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            self._factory, self.host, self.port_wanted, backlog=128, reuse_address=True
        )
        self._server = server
        sockets = server.sockets or ()
        if sockets:
            self.bound_port = sockets[0].getsockname()[1]
