"""Access-token attacks: every forged, stale or misused token is a 401 with the right code."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import uuid
from datetime import timedelta
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from app.core.clock import FrozenClock
from app.core.config import get_settings
from app.core.security import get_keyring, issue_access_token
from tests.fixtures.auth import MakeUser, Subject
from tests.modules.auth.support import API, bearer

ME = f"{API}/me"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _claims(subject: Subject, clock: FrozenClock, **overrides: Any) -> dict[str, Any]:
    settings = get_settings()
    now = int(clock.now().timestamp())
    claims: dict[str, Any] = {
        "sub": str(subject.user_id),
        "sid": subject.session_id,
        "typ": "access",
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "iat": now,
        "nbf": now - 5,
        "exp": now + 900,
        "jti": uuid.uuid4().hex,
        "username": subject.username,
    }
    claims.update(overrides)
    return {k: v for k, v in claims.items() if v is not None}


def _rs256(payload: dict[str, Any], *, key: Any = None, kid: str | None = None) -> str:
    keyring = get_keyring()
    return jwt.encode(
        payload,
        key or keyring.private_key,
        algorithm="RS256",
        headers={"kid": kid or keyring.kid, "typ": "JWT"},
    )


async def _refused(client: httpx.AsyncClient, token: str, code: str = "TOKEN_INVALID") -> None:
    r = await client.get(ME, headers=bearer(token))
    assert r.status_code == 401, r.text
    assert r.json()["error"] == code


@pytest.fixture
async def subject(make_user: MakeUser, clock: FrozenClock) -> Subject:
    return await make_user(now=clock.now())


async def test_a_genuine_token_is_accepted(
    client: httpx.AsyncClient, subject: Subject, clock: FrozenClock
) -> None:
    assert (await client.get(ME, headers=bearer(_rs256(_claims(subject, clock))))).status_code == 200


async def test_alg_none_is_refused(client: httpx.AsyncClient, subject: Subject, clock: FrozenClock) -> None:
    header = {"alg": "none", "typ": "JWT", "kid": get_keyring().kid}
    token = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(_claims(subject, clock)).encode())}."
    await _refused(client, token)


async def test_hs256_signed_with_the_public_key_is_refused(
    client: httpx.AsyncClient, subject: Subject, clock: FrozenClock
) -> None:
    public_pem = (
        get_keyring()
        .private_key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    header = {"alg": "HS256", "typ": "JWT", "kid": get_keyring().kid}
    signing_input = (
        f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(_claims(subject, clock)).encode())}"
    )
    signature = hmac.new(public_pem, signing_input.encode(), hashlib.sha256).digest()
    await _refused(client, f"{signing_input}.{_b64(signature)}")


async def test_expired_token_is_refused(
    client: httpx.AsyncClient, subject: Subject, clock: FrozenClock
) -> None:
    token, ttl = issue_access_token(
        user_id=subject.user_id, session_id=subject.session_id, now=clock.now(), claims={}
    )
    clock.advance(timedelta(seconds=ttl - 1))
    assert (await client.get(ME, headers=bearer(token))).status_code == 200
    clock.advance(timedelta(seconds=1))  # exactly 15 minutes
    await _refused(client, token, "TOKEN_EXPIRED")


async def test_wrong_audience_is_refused(
    client: httpx.AsyncClient, subject: Subject, clock: FrozenClock
) -> None:
    await _refused(client, _rs256(_claims(subject, clock, aud="otra-api")))


async def test_wrong_issuer_is_refused(
    client: httpx.AsyncClient, subject: Subject, clock: FrozenClock
) -> None:
    await _refused(client, _rs256(_claims(subject, clock, iss="alguien-mas")))


async def test_refresh_token_used_as_access_token_is_refused(
    client: httpx.AsyncClient, subject: Subject
) -> None:
    await _refused(client, subject.refresh_token)


async def test_a_token_of_another_type_is_refused(
    client: httpx.AsyncClient, subject: Subject, clock: FrozenClock
) -> None:
    await _refused(client, _rs256(_claims(subject, clock, typ="refresh")))


async def test_unknown_kid_is_refused(
    client: httpx.AsyncClient, subject: Subject, clock: FrozenClock
) -> None:
    stranger_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    await _refused(client, _rs256(_claims(subject, clock), key=stranger_key, kid="0123456789abcdef"))
    # our own key under a kid we never published
    await _refused(client, _rs256(_claims(subject, clock), kid="ffffffffffffffff"))
    # a stranger's key under our kid: the signature does not verify
    await _refused(client, _rs256(_claims(subject, clock), key=stranger_key))


async def test_tampered_payload_is_refused(
    client: httpx.AsyncClient, subject: Subject, clock: FrozenClock
) -> None:
    header, _, signature = _rs256(_claims(subject, clock)).split(".")
    forged = _b64(json.dumps(_claims(subject, clock, sub="1", username="admin")).encode())
    await _refused(client, f"{header}.{forged}.{signature}")


async def test_missing_sid_is_refused(
    client: httpx.AsyncClient, subject: Subject, clock: FrozenClock
) -> None:
    claims = _claims(subject, clock)
    del claims["sid"]
    await _refused(client, _rs256(claims))


async def test_token_not_yet_valid_is_refused(
    client: httpx.AsyncClient, subject: Subject, clock: FrozenClock
) -> None:
    later = int(clock.now().timestamp()) + 3600
    await _refused(client, _rs256(_claims(subject, clock, iat=later, nbf=later, exp=later + 900)))


async def test_garbage_and_wrong_scheme(client: httpx.AsyncClient, subject: Subject) -> None:
    await _refused(client, "not.a.jwt")
    r = await client.get(ME, headers={"Authorization": f"Basic {subject.token}"})
    assert (r.status_code, r.json()["error"]) == (401, "NOT_AUTHENTICATED")
