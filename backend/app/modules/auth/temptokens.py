"""Short-lived temp tokens between the password and the end of a login (forced password change,
2FA code, 2FA enrolment).

The token is opaque (``new_token``) and stored only as SHA-256 in Redis with the pending login:
who, web or mobile, the device, and the stage it is valid for. It lives 5 minutes, allows at most
5 wrong codes, and is consumed when its stage completes (the next stage gets a new token).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any, Final

from redis.asyncio import Redis

from app.core.security import new_token, sha256_hex
from app.models.enums import AppType, SessionKind
from app.modules.auth.exceptions import TempTokenInvalidError

TEMP_TOKEN_TTL_S: Final = 5 * 60
MAX_WRONG_CODES: Final = 5


class Stage(StrEnum):
    PASSWORD_CHANGE = "password_change"  # noqa: S105 (a stage name)
    TWO_FACTOR = "2fa"
    ENROLL = "enroll"


def temp_token_key(token: str) -> str:
    return f"auth:tmp:{sha256_hex(token)}"


@dataclass(frozen=True)
class PendingLogin:
    user_id: int
    username: str
    kind: SessionKind
    stage: Stage
    ip: str | None = None
    user_agent: str | None = None
    device_id: str | None = None
    app_type: AppType | None = None
    app_version: str | None = None
    push_token: str | None = None
    expires_at: int = 0

    def to_redis(self) -> dict[Any, Any]:
        return {k: "" if v is None else str(v) for k, v in asdict(self).items()}

    @classmethod
    def from_redis(cls, raw: dict[Any, Any]) -> PendingLogin:
        def opt(name: str) -> str | None:
            return str(raw[name]) if raw.get(name) else None

        app_type = opt("app_type")
        return cls(
            user_id=int(raw["user_id"]),
            username=str(raw["username"]),
            kind=SessionKind(raw["kind"]),
            stage=Stage(raw["stage"]),
            ip=opt("ip"),
            user_agent=opt("user_agent"),
            device_id=opt("device_id"),
            app_type=AppType(app_type) if app_type else None,
            app_version=opt("app_version"),
            push_token=opt("push_token"),
            expires_at=int(raw["expires_at"]),
        )


# KEYS: token; ARGV: max wrong codes. Never recreates a consumed token.
_WRONG_LUA = """
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local wrong = redis.call('HINCRBY', KEYS[1], 'wrong', 1)
if wrong >= tonumber(ARGV[1]) then redis.call('DEL', KEYS[1]) end
return wrong
"""


class TempTokenStore:
    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self._wrong = redis.register_script(_WRONG_LUA)

    async def issue(self, pending: PendingLogin, stage: Stage, *, now: datetime) -> str:
        token = new_token()
        record = replace(pending, stage=stage, expires_at=int(now.timestamp()) + TEMP_TOKEN_TTL_S)
        key = temp_token_key(token)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, mapping={**record.to_redis(), "wrong": "0"})
            pipe.expire(key, TEMP_TOKEN_TTL_S)
            await pipe.execute()
        return token

    async def load(self, token: str, stage: Stage, *, now: datetime) -> PendingLogin:
        raw = await self.redis.hgetall(temp_token_key(token))
        if not raw:
            raise TempTokenInvalidError()
        pending = PendingLogin.from_redis(raw)
        if pending.stage != stage or pending.expires_at <= int(now.timestamp()):
            raise TempTokenInvalidError()
        return pending

    async def wrong_code(self, token: str) -> int:
        """Count a wrong code; the token dies at the fifth. Returns the count."""
        return int(await self._wrong(keys=[temp_token_key(token)], args=[MAX_WRONG_CODES]))

    async def consume(self, token: str) -> bool:
        """Single use: only one caller gets True."""
        return bool(await self.redis.delete(temp_token_key(token)))
