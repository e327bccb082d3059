"""Which address the form server should bind: the laptop's LAN address (tech-notes).

The UDP-connect trick finds nothing offline (a phone hotspot without a gateway) and picks the VPN
tunnel when one is up, so list the interfaces instead, rank physical over virtual and private
ranges first, and fall back to 127.0.0.1 (reachable from this laptop only), saying so.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from groupguide.settings import Settings

LOOPBACK = "127.0.0.1"
VIRTUAL_PREFIXES = (
    "docker",
    "veth",
    "br-",
    "virbr",
    "vmnet",
    "vbox",
    "tun",
    "tap",
    "wg",
    "utun",
    "zt",
    "tailscale",
    "ppp",
    "ipsec",
    "lxc",
    "lxd",
    "cni",
    "flannel",
    "podman",
    "vEthernet",
    "awdl",
    "llw",
    "anpi",
    "bridge",
    "gif",
    "stf",
)
VPN_WORDS = (
    "vpn",
    "tunnel",
    "wireguard",
    "tailscale",
    "zerotier",
    "cisco",
    "anyconnect",
    "fortinet",
    "openvpn",
    "hyper-v",
    "virtualbox",
    "vmware",
    "loopback",
    "pseudo",
)


@dataclass(frozen=True)
class Candidate:
    address: str
    interface: str
    virtual: bool
    private: bool

    @property
    def loopback(self) -> bool:
        return self.address == LOOPBACK

    def rank(self) -> tuple[int, int, str]:
        return (1 if self.virtual else 0, 0 if self.private else 1, self.interface)


def _is_virtual(name: str) -> bool:
    lowered = name.lower()
    return lowered.startswith(tuple(p.lower() for p in VIRTUAL_PREFIXES)) or any(
        word in lowered for word in VPN_WORDS
    )


def rank_candidates(found: list[tuple[str, str]]) -> list[Candidate]:
    """``(interface name, IPv4 address)`` pairs → candidates, best first, loopback last."""
    seen: set[str] = set()
    result: list[Candidate] = []
    for name, address in found:
        try:
            ip = ipaddress.IPv4Address(address)
        except ValueError:
            continue
        if (
            ip.is_loopback
            or ip.is_link_local
            or ip.is_unspecified
            or ip.is_multicast
            or address in seen
        ):
            continue
        seen.add(address)
        result.append(Candidate(address, name, _is_virtual(name), ip.is_private))
    result.sort(key=Candidate.rank)
    result.append(Candidate(LOOPBACK, "lo", False, True))
    return result


def candidates() -> list[Candidate]:
    """The laptop's IPv4 addresses, best first; always ends with 127.0.0.1."""
    found: list[tuple[str, str]] = []
    try:
        import ifaddr

        for adapter in ifaddr.get_adapters():
            name = str(adapter.nice_name or adapter.name)
            for ip in adapter.ips:
                if isinstance(ip.ip, str):
                    found.append((name, ip.ip))
    except Exception:  # noqa: BLE001 - an odd network stack must not stop the evaluation
        found = []
    return rank_candidates(found)


def configured(settings: Settings) -> tuple[list[Candidate], int]:
    """The addresses to offer (the settings' ``evaluation_host`` alone, when set) and the port
    to try first (``evaluation_port``, validated with the settings)."""
    forced = settings.evaluation_host
    found = [Candidate(forced, "settings", False, True)] if forced else candidates()
    return found, settings.evaluation_port
