"""Where a form for phones is served while it is open (an evaluation, an audit's collection of
figures), in the plain-dict form kept on disk beside it: the host, the port, the token in the
path (what the QR code shows), the key that signs its forms' nonces (hex), and the port the
leader's settings asked for (``asked``; none in files written before it was kept). A restarted
app serves there again, so that the QR code and the pages already open on phones keep working
(``phone.resume`` decides where). It names no phone.
"""

from __future__ import annotations

from typing import Any


def parse_serving(value: object) -> dict[str, Any] | None:
    """The stored form, if it says so sensibly; None for anything damaged or of another shape
    (a fresh address and code are used then)."""
    if not isinstance(value, dict):
        return None
    host, port, token = value.get("host"), value.get("port"), value.get("token")
    key, asked = value.get("key", ""), value.get("asked")
    if not (isinstance(host, str) and isinstance(token, str) and _port(port)):
        return None
    if not host or len(host) > 255 or not token or len(token) > 40:
        return None
    if not isinstance(key, str) or len(key) > 128:
        key = ""
    serving: dict[str, Any] = {"host": host, "port": port, "token": token, "key": key}
    if _port(asked) or asked == 0:
        serving["asked"] = asked
    return serving


def _port(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < 65536
