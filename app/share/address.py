"""The laptop's addresses on the local network, found without sending a packet.

The interfaces are listed (Linux: an ioctl per interface; macOS: ``ifconfig``; Windows: the
addresses of the computer's own name, which Windows answers from its adapters), and the one the
system would use for an outside address is put first: ``connect`` on a UDP socket only picks a
route and a source address, it sends nothing.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import struct
import subprocess
import sys

from app import winjob

LOOPBACK = "127.0.0.1"
_VIRTUAL = ("docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "tun", "tap", "wg", "tailscale", "zt", "lo")


def _route_source() -> str | None:
    """The source address of the default route, or None (offline, no route). Nothing is sent."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("10.254.254.254", 9))
            return str(probe.getsockname()[0])
    except OSError:
        return None


def _linux() -> list[tuple[str, str]]:
    import fcntl

    found = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        for _, name in socket.if_nameindex():
            try:
                answer = fcntl.ioctl(s.fileno(), 0x8915, struct.pack("256s", name.encode()[:15]))  # SIOCGIFADDR
            except OSError:
                continue  # no IPv4 address on it
            found.append((name, socket.inet_ntoa(answer[20:24])))
    return found


def _macos() -> list[tuple[str, str]]:
    try:
        out = winjob.run(["/sbin/ifconfig"], capture_output=True, text=True, timeout=3).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found, name = [], ""
    for line in out.splitlines():
        if line and not line[0].isspace():
            name = line.split(":", 1)[0]
        match = re.match(r"\s+inet (\d+\.\d+\.\d+\.\d+)", line)
        if match:
            found.append((name, match.group(1)))
    return found


def _windows() -> list[tuple[str, str]]:
    try:
        return [("", a) for a in socket.gethostbyname_ex(socket.gethostname())[2]]
    except OSError:
        return []


def interfaces() -> list[tuple[str, str]]:
    """``(interface name, IPv4 address)`` for every interface (names are "" on Windows)."""
    try:
        if sys.platform.startswith("linux"):
            return _linux()
        if sys.platform == "darwin":
            return _macos()
        return _windows()
    except OSError:
        return []


def _rank(name: str, addr: str, route: str | None) -> tuple[int, int]:
    ip = ipaddress.IPv4Address(addr)
    virtual = name.lower().startswith(_VIRTUAL)
    kind = 0 if addr == route else 1 if ip.is_private and not ip.is_link_local and not virtual else \
        2 if ip.is_link_local else 3
    hotspot = 0 if addr.startswith(("192.168.", "10.")) else 1
    return kind, hotspot


def lan_addresses() -> list[str]:
    """IPv4 addresses a phone on the same network (or the laptop's hotspot) could reach, best first."""
    route = _route_source()
    found = interfaces()
    if route and route not in (a for _, a in found):
        found.append(("", route))
    usable = []
    for name, addr in found:
        try:
            ip = ipaddress.IPv4Address(addr)
        except ValueError:
            continue
        if ip.is_loopback or ip.is_unspecified or ip.is_multicast or name == "lo":
            continue
        usable.append((_rank(name, addr, route), addr))
    ordered = []
    for _, addr in sorted(usable):
        if addr not in ordered:
            ordered.append(addr)
    return ordered
