"""Per-request (or per-task) context: who, from where. Read by the audit log and the logs."""

from __future__ import annotations

import contextvars
import ipaddress
import re
from dataclasses import dataclass, replace
from typing import Any

_DEVICE_RE = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


@dataclass(frozen=True, slots=True)
class RequestContext:
    request_id: str | None = None
    ip: str | None = None
    user_agent: str | None = None
    device_id: str | None = None
    user_id: int | None = None
    #: client-reported position (lat, lng), from the ``X-Geo-Position`` header or a task
    latitude: float | None = None
    longitude: float | None = None
    source: str = "api"


_context: contextvars.ContextVar[RequestContext] = contextvars.ContextVar(
    "protegrt_request_context",
    default=RequestContext(source="system"),  # noqa: B039 (frozen)
)


def get_request_context() -> RequestContext:
    return _context.get()


def set_request_context(ctx: RequestContext) -> contextvars.Token[RequestContext]:
    return _context.set(ctx)


def reset_request_context(token: contextvars.Token[RequestContext]) -> None:
    try:
        _context.reset(token)
    except ValueError:
        _context.set(RequestContext(source="system"))


def update_request_context(**changes: Any) -> RequestContext:
    """Refine the current context (e.g. the auth dependency sets ``user_id``)."""
    ctx = replace(_context.get(), **changes)
    _context.set(ctx)
    return ctx


def _ip_in(ip: str, networks: list[str]) -> bool:
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return False
    for net in networks:
        try:
            if address in ipaddress.ip_network(net, strict=False):
                return True
        except ValueError:
            continue
    return False


def client_ip(peer: str | None, forwarded_for: str | None, trusted_proxies: list[str]) -> str | None:
    """The client's address. ``X-Forwarded-For`` is believed only when the direct peer is a
    configured trusted proxy; then the right-most address that is not itself a trusted proxy wins."""
    if not peer:
        return None
    if not forwarded_for or not _ip_in(peer, trusted_proxies):
        return peer
    hops = [h.strip() for h in forwarded_for.split(",") if h.strip()]
    for hop in reversed(hops):
        if not _ip_in(hop, trusted_proxies):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:
                return peer
    return peer


def parse_device_id(value: str | None) -> str | None:
    if value and _DEVICE_RE.match(value):
        return value
    return None


def parse_position(value: str | None) -> tuple[float, float] | None:
    """``"lat,lng"`` in decimal degrees; anything malformed or out of range is ignored."""
    if not value:
        return None
    try:
        lat_s, lng_s = value.split(",", 1)
        lat, lng = float(lat_s), float(lng_s)
    except ValueError:
        return None
    if -90 <= lat <= 90 and -180 <= lng <= 180:
        return lat, lng
    return None
