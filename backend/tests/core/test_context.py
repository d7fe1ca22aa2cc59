from __future__ import annotations

import pytest

from app.core.context import client_ip, parse_device_id, parse_position

TRUSTED = ["10.0.0.0/8", "127.0.0.1"]


@pytest.mark.parametrize(
    ("peer", "xff", "expected"),
    [
        ("203.0.113.9", None, "203.0.113.9"),
        ("203.0.113.9", "1.2.3.4", "203.0.113.9"),  # untrusted peer: header ignored
        ("10.0.0.5", "1.2.3.4", "1.2.3.4"),  # trusted proxy: believed
        ("10.0.0.5", "6.6.6.6, 1.2.3.4, 10.0.0.7", "1.2.3.4"),  # right-most non-proxy hop
        ("10.0.0.5", "not-an-ip", "10.0.0.5"),
        (None, "1.2.3.4", None),
    ],
)
def test_client_ip_believes_forwarded_for_only_from_trusted_proxies(
    peer: str | None, xff: str | None, expected: str | None
) -> None:
    assert client_ip(peer, xff, TRUSTED) == expected


def test_position_and_device_parsing() -> None:
    assert parse_position("20.6244,-103.2340") == (20.6244, -103.234)
    assert parse_position("95,0") is None
    assert parse_position("abc") is None
    assert parse_device_id("android-abc_123") == "android-abc_123"
    assert parse_device_id("x" * 200) is None
    assert parse_device_id("a b") is None
