"""Cryptographic primitives: password hashing, access tokens (JWT RS256), opaque tokens, and
encryption of secrets at rest. No business rules here.

- Passwords: Argon2id (t=3, m=64 MiB, p=4); bcrypt hashes of migrated users are accepted and
  rehashed. Hashing runs in a worker thread: it never blocks the event loop.
- Access tokens: RS256 only, ``kid`` header, ``iss``/``aud``/``typ`` checked, 15 minutes.
- Opaque tokens (refresh, 2FA step, backup codes) are random and stored only as SHA-256.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import bcrypt
import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from app.core.config import Settings, get_settings
from app.core.exceptions import NotAuthenticatedError

# -- passwords ----------------------------------------------------------------------------------

ARGON2_TIME_COST = 3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_PARALLELISM = 4

_hasher = PasswordHasher(
    time_cost=ARGON2_TIME_COST, memory_cost=ARGON2_MEMORY_KIB, parallelism=ARGON2_PARALLELISM
)


@lru_cache
def _dummy_hash() -> str:
    """Verifying against this keeps the time of "unknown user" equal to "wrong password"."""
    return _hasher.hash(secrets.token_urlsafe(16))


def hash_password_sync(password: str) -> str:
    return _hasher.hash(password)


def _verify_sync(password: str, stored: str | None) -> tuple[bool, bool]:
    """(valid, needs_rehash)."""
    if not stored:
        with contextlib.suppress(VerificationError):
            _hasher.verify(_dummy_hash(), password)
        return False, False
    if stored.startswith(("$2a$", "$2b$", "$2y$")):
        try:
            ok = bcrypt.checkpw(password.encode("utf-8"), stored.encode("utf-8"))
        except ValueError:
            return False, False
        return ok, ok  # a valid bcrypt hash is always upgraded to Argon2id
    try:
        _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False, False
    return True, _hasher.check_needs_rehash(stored)


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(hash_password_sync, password)


async def verify_password(password: str, stored: str | None) -> tuple[bool, bool]:
    """Check ``password`` against ``stored`` (Argon2id or bcrypt) off the event loop.

    Returns ``(valid, needs_rehash)``; with no stored hash it still spends the same time."""
    return await asyncio.to_thread(_verify_sync, password, stored)


# -- opaque tokens ------------------------------------------------------------------------------


def new_token(nbytes: int = 32) -> str:
    return secrets.token_urlsafe(nbytes)


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def constant_time_equals(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


# -- keys ---------------------------------------------------------------------------------------


def _pem_bytes(value: str) -> bytes:
    value = value.strip()
    if value.startswith("-----BEGIN"):
        return value.encode()
    return base64.b64decode(value)


def key_id(public_key: rsa.RSAPublicKey) -> str:
    der = public_key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(der).hexdigest()[:16]


def generate_private_key_pem() -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


JWT_KEY_FILE = "jwt_private.pem"
TOTP_KEY_FILE = "totp.key"


def write_dev_keys(keys_dir: Path, *, force: bool = False) -> list[Path]:
    """Create the development key files (0600) when missing; returns the files written."""
    keys_dir.mkdir(parents=True, exist_ok=True)
    keys_dir.chmod(0o700)
    written: list[Path] = []
    for name, make in ((JWT_KEY_FILE, generate_private_key_pem), (TOTP_KEY_FILE, Fernet.generate_key)):
        path = keys_dir / name
        if force or not path.exists():
            path.write_bytes(make())
            path.chmod(0o600)
            written.append(path)
    return written


def _read_secret(value: Any, path: Path, what: str, settings: Settings) -> bytes:
    if value is not None:
        return _pem_bytes(value.get_secret_value()) if what == "jwt" else value.get_secret_value().encode()
    if path.exists() and not settings.is_production:
        return path.read_bytes()
    env = "JWT_PRIVATE_KEY" if what == "jwt" else "TOTP_ENCRYPTION_KEY"
    raise RuntimeError(f"Falta {env}: defínelo en el entorno (o `protegrt keys generate` en desarrollo).")


@dataclass(frozen=True)
class KeyRing:
    private_key: rsa.RSAPrivateKey
    kid: str
    public_keys: Mapping[str, rsa.RSAPublicKey]


def load_keyring(settings: Settings) -> KeyRing:
    pem = _read_secret(settings.jwt_private_key, settings.keys_dir / JWT_KEY_FILE, "jwt", settings)
    private = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(private, rsa.RSAPrivateKey):
        raise RuntimeError("JWT_PRIVATE_KEY debe ser una llave RSA.")
    publics: dict[str, rsa.RSAPublicKey] = {key_id(private.public_key()): private.public_key()}
    if settings.jwt_previous_public_keys is not None:
        bundle = settings.jwt_previous_public_keys.get_secret_value()
        for block in bundle.split("-----END PUBLIC KEY-----"):
            if "-----BEGIN PUBLIC KEY-----" in block:
                pub = serialization.load_pem_public_key(
                    (block.strip() + "\n-----END PUBLIC KEY-----\n").encode()
                )
                if isinstance(pub, rsa.RSAPublicKey):
                    publics[key_id(pub)] = pub
    return KeyRing(private_key=private, kid=key_id(private.public_key()), public_keys=publics)


@lru_cache
def get_keyring() -> KeyRing:
    return load_keyring(get_settings())


@lru_cache
def get_fernet() -> Fernet:
    settings = get_settings()
    key = _read_secret(settings.totp_encryption_key, settings.keys_dir / TOTP_KEY_FILE, "totp", settings)
    return Fernet(key.strip())


def encrypt_secret(plaintext: str) -> str:
    return get_fernet().encrypt(plaintext.encode()).decode()


def decrypt_secret(token: str) -> str:
    try:
        return get_fernet().decrypt(token.encode()).decode()
    except InvalidToken as exc:  # wrong key or tampered value
        raise RuntimeError("No se pudo descifrar un secreto guardado (llave incorrecta).") from exc


# -- access tokens ------------------------------------------------------------------------------

ACCESS_TOKEN_TYPE = "access"  # noqa: S105 (a token type, not a secret)


class TokenInvalidError(NotAuthenticatedError):
    code = "TOKEN_INVALID"
    message = "La sesión no es válida. Inicia sesión de nuevo."


class TokenExpiredError(NotAuthenticatedError):
    code = "TOKEN_EXPIRED"
    message = "La sesión expiró. Inicia sesión de nuevo."


@dataclass(frozen=True)
class AccessClaims:
    user_id: int
    session_id: str
    device_id: str | None
    issued_at: datetime
    expires_at: datetime
    raw: Mapping[str, Any]


def issue_access_token(
    *,
    user_id: int,
    session_id: str,
    now: datetime,
    claims: Mapping[str, Any],
    device_id: str | None = None,
    settings: Settings | None = None,
    keyring: KeyRing | None = None,
) -> tuple[str, int]:
    """A signed access token and its lifetime in seconds. ``claims`` (username, roles,
    departments, permissions) serve the UI; the server never authorizes from them."""
    settings = settings or get_settings()
    keyring = keyring or get_keyring()
    ttl = settings.access_token_ttl_s
    payload = {
        **claims,
        "sub": str(user_id),
        "sid": session_id,
        "device_id": device_id,
        "typ": ACCESS_TOKEN_TYPE,
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "iat": int(now.timestamp()),
        "nbf": int(now.timestamp()) - 5,
        "exp": int((now + timedelta(seconds=ttl)).timestamp()),
        "jti": uuid.uuid4().hex,
    }
    token = jwt.encode(
        payload, keyring.private_key, algorithm="RS256", headers={"kid": keyring.kid, "typ": "JWT"}
    )
    return token, ttl


def decode_access_token(
    token: str, *, now: datetime, settings: Settings | None = None, keyring: KeyRing | None = None
) -> AccessClaims:
    """Verify an access token: RS256 only, known ``kid``, issuer, audience, type, expiry."""
    settings = settings or get_settings()
    keyring = keyring or get_keyring()
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError as exc:
        raise TokenInvalidError() from exc
    if header.get("alg") != "RS256":
        raise TokenInvalidError()
    key = keyring.public_keys.get(str(header.get("kid")))
    if key is None:
        raise TokenInvalidError()
    try:
        payload = jwt.decode(
            token,
            key,
            algorithms=["RS256"],
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            # every time check against *our* clock (tests freeze it), none against the wall clock
            options={
                "require": ["exp", "iat", "sub", "iss", "aud", "typ", "sid"],
                "verify_exp": False,
                "verify_iat": False,
                "verify_nbf": False,
            },
        )
    except jwt.PyJWTError as exc:
        raise TokenInvalidError() from exc
    if payload.get("typ") != ACCESS_TOKEN_TYPE:
        raise TokenInvalidError()
    try:
        exp, iat, nbf = int(payload["exp"]), int(payload["iat"]), int(payload.get("nbf", payload["iat"]))
    except (TypeError, ValueError) as exc:
        raise TokenInvalidError() from exc
    now_s = int(now.timestamp())
    if nbf > now_s or iat > now_s + 5:  # issued "in the future": not ours or a broken clock
        raise TokenInvalidError()
    if exp <= now_s:
        raise TokenExpiredError()
    try:
        user_id = int(payload["sub"])
    except (TypeError, ValueError) as exc:
        raise TokenInvalidError() from exc
    return AccessClaims(
        user_id=user_id,
        session_id=str(payload["sid"]),
        device_id=payload.get("device_id"),
        issued_at=datetime.fromtimestamp(int(payload["iat"]), tz=now.tzinfo),
        expires_at=datetime.fromtimestamp(int(payload["exp"]), tz=now.tzinfo),
        raw=payload,
    )
