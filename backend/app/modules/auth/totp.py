"""TOTP (RFC 6238, 30-second steps, 6 digits) and one-time backup codes.

A code is accepted within ±1 step of the server's clock and never twice: the caller stores the
accepted step in ``app_user.totp_last_step`` with a conditional UPDATE (see
``UserRepository.claim_totp_step``). Backup codes are random and stored only as SHA-256.
"""

from __future__ import annotations

import base64
import io
import re
import secrets
from datetime import datetime
from typing import Final

import pyotp
import qrcode

from app.core.security import constant_time_equals, sha256_hex

ISSUER: Final = "ProtegRT CRM"
STEP_SECONDS: Final = 30
DIGITS: Final = 6
VALID_WINDOW: Final = 1  # steps accepted either side of now (phone clocks drift)

BACKUP_CODE_COUNT: Final = 10
_BACKUP_ALPHABET: Final = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
_BACKUP_HALF: Final = 5  # XXXXX-XXXXX: 50 random bits
_TOTP_RE: Final = re.compile(r"^\d{6}$")


def new_secret() -> str:
    """A random base32 secret (160 bits)."""
    return pyotp.random_base32()


def current_step(now: datetime) -> int:
    return int(now.timestamp()) // STEP_SECONDS


def code_at(secret: str, step: int) -> str:
    """The code of ``step`` (tests and the demo use it to act as an authenticator app)."""
    return pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS).generate_otp(step)


def matching_step(secret: str, code: str, now: datetime) -> int | None:
    """The time step ``code`` belongs to, if it is valid within ±``VALID_WINDOW`` steps of ``now``."""
    code = code.strip().replace(" ", "")
    if not _TOTP_RE.match(code):
        return None
    step = current_step(now)
    matched: int | None = None
    for candidate in range(step - VALID_WINDOW, step + VALID_WINDOW + 1):
        # compare every candidate (no early exit) so timing says nothing about which step matched
        if constant_time_equals(code_at(secret, candidate), code):
            matched = candidate
    return matched


def looks_like_totp(code: str) -> bool:
    return bool(_TOTP_RE.match(code.strip().replace(" ", "")))


def provisioning_uri(secret: str, username: str) -> str:
    return pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS).provisioning_uri(
        name=username, issuer_name=ISSUER
    )


def qr_png_base64(uri: str) -> str:
    """A PNG QR code of ``uri``, base64-encoded (the web shows it as a data: URL)."""
    image = qrcode.make(uri, box_size=6, border=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def new_backup_codes(count: int = BACKUP_CODE_COUNT) -> list[str]:
    def half() -> str:
        return "".join(secrets.choice(_BACKUP_ALPHABET) for _ in range(_BACKUP_HALF))

    return [f"{half()}-{half()}" for _ in range(count)]


def normalize_backup_code(code: str) -> str:
    return re.sub(r"[\s-]", "", code).upper()


def hash_backup_code(code: str) -> str:
    return sha256_hex(normalize_backup_code(code))
