"""Brute-force protection of the login (domain.md §10), state in Redis, time from the caller's
clock (tests freeze it; nothing here reads the wall clock).

- Sliding windows (sorted sets of attempt timestamps): at most 5 failed attempts per username and
  10 per IP address in 15 minutes. An attempt *reserves* its slot before the password is checked
  (one atomic script checks and adds), so parallel requests cannot exceed the limit; a correct
  password gives the slot back. Over the limit: 429 ``RATE_LIMITED`` with ``Retry-After`` = seconds
  until the oldest failure leaves the window, and the password is not even checked.
- A streak of consecutive failures per username (since the last successful login, within 24 h):
  the 5th raises the admin alert, the 10th locks the account for 30 minutes (the streak then
  starts again). A real account's lock is ``app_user.locked_until`` (the service writes it; an
  admin's password reset clears it); the Redis lock written here is what an unknown username gets,
  so the answers match.
- Known addresses: an IP from which the user completed a login in the last 30 days is exempt from
  the per-username limit and the lock, so an attacker elsewhere cannot keep the real user out of
  the office (docs/decisions.md, "Brute force").

Usernames are tracked whether or not they exist (as a hash of the case-folded name), so the
answers for an unknown username and for a real one are the same.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from redis.asyncio import Redis

from app.core.security import sha256_hex

WINDOW_S: Final = 15 * 60
USER_LIMIT: Final = 5
IP_LIMIT: Final = 10
ALERT_AT: Final = 5
LOCK_AFTER: Final = 10
LOCK_S: Final = 30 * 60
STREAK_WINDOW_S: Final = 24 * 3600
KNOWN_IP_S: Final = 30 * 24 * 3600


def _uname(username: str) -> str:
    return sha256_hex(username.strip().casefold())[:32]


def user_window_key(username: str) -> str:
    return f"auth:rl:user:{_uname(username)}"


def ip_window_key(ip: str | None) -> str:
    return f"auth:rl:ip:{ip or 'unknown'}"


def streak_key(username: str) -> str:
    return f"auth:rl:streak:{_uname(username)}"


def lock_key(username: str) -> str:
    return f"auth:rl:lock:{_uname(username)}"


def known_ips_key(user_id: int) -> str:
    return f"auth:known_ips:{user_id}"


# KEYS: ip window, user window
# ARGV: now, window, ip limit, user limit, check user (0/1), member, key ttl
_BEGIN_LUA = """
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  return {'ip', redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')[2]}
end
if ARGV[5] == '1' and redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[4]) then
  return {'user', redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')[2]}
end
redis.call('ZADD', KEYS[1], now, ARGV[6])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[7]))
redis.call('ZADD', KEYS[2], now, ARGV[6])
redis.call('EXPIRE', KEYS[2], tonumber(ARGV[7]))
return {'ok'}
"""

# KEYS: ip window, user window, streak, lock
# ARGV: now, window, streak window, member, add to windows (0/1), window ttl, lock after, lock seconds
_FAIL_LUA = """
local now = tonumber(ARGV[1])
if ARGV[5] == '1' then
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('EXPIRE', KEYS[1], tonumber(ARGV[6]))
  redis.call('ZADD', KEYS[2], now, ARGV[4])
  redis.call('EXPIRE', KEYS[2], tonumber(ARGV[6]))
end
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - tonumber(ARGV[3]))
redis.call('ZADD', KEYS[3], now, ARGV[4])
redis.call('EXPIRE', KEYS[3], tonumber(ARGV[3]))
local count = redis.call('ZCARD', KEYS[3])
if count >= tonumber(ARGV[7]) then
  local untl = now + tonumber(ARGV[8])
  redis.call('SET', KEYS[4], tostring(untl), 'EX', tonumber(ARGV[8]))
  redis.call('DEL', KEYS[3])
  return {count, tostring(untl)}
end
return {count}
"""


@dataclass(frozen=True)
class Refusal:
    reason: str  # "ip" | "user" | "locked"
    retry_after: int


@dataclass(frozen=True)
class FailureOutcome:
    streak: int
    locked_until: datetime | None

    @property
    def alert(self) -> bool:
        return self.streak == ALERT_AT


def _retry(until: float, now: datetime) -> int:
    return max(1, math.ceil(until - now.timestamp()))


class LoginLimiter:
    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self._begin = redis.register_script(_BEGIN_LUA)
        self._fail = redis.register_script(_FAIL_LUA)

    async def is_known_ip(self, user_id: int, ip: str | None, *, now: datetime) -> bool:
        if not ip:
            return False
        seen = await self.redis.zscore(known_ips_key(user_id), ip)
        return seen is not None and now.timestamp() - float(seen) < KNOWN_IP_S

    async def remember_ip(self, user_id: int, ip: str | None, *, now: datetime) -> None:
        if not ip:
            return
        key = known_ips_key(user_id)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.zadd(key, {ip: now.timestamp()})
            pipe.zremrangebyscore(key, "-inf", now.timestamp() - KNOWN_IP_S)
            pipe.expire(key, KNOWN_IP_S)
            await pipe.execute()

    async def lock_refusal(self, username: str, *, now: datetime) -> Refusal | None:
        """The Redis lock of a username (what counts for usernames that do not exist)."""
        raw = await self.redis.get(lock_key(username))
        if raw is not None and float(raw) > now.timestamp():
            return Refusal("locked", _retry(float(raw), now))
        return None

    async def begin(
        self, username: str, ip: str | None, *, now: datetime, check_user: bool
    ) -> tuple[str | None, Refusal | None]:
        """Reserve an attempt. Returns ``(attempt_id, None)`` or ``(None, refusal)``."""
        attempt = uuid.uuid4().hex
        result = await self._begin(
            keys=[ip_window_key(ip), user_window_key(username)],
            args=[
                repr(now.timestamp()),
                WINDOW_S,
                IP_LIMIT,
                USER_LIMIT,
                "1" if check_user else "0",
                attempt,
                WINDOW_S,
            ],
        )
        if result[0] == "ok":
            return attempt, None
        return None, Refusal(str(result[0]), _retry(float(result[1]) + WINDOW_S, now))

    async def release(self, username: str, ip: str | None, attempt: str) -> None:
        """The password was right: the reserved slot is not a failure."""
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.zrem(ip_window_key(ip), attempt)
            pipe.zrem(user_window_key(username), attempt)
            await pipe.execute()

    async def failure(
        self, username: str, ip: str | None, *, now: datetime, attempt: str | None = None
    ) -> FailureOutcome:
        """Record a failure (a wrong password keeps its reserved ``attempt``; a wrong 2FA code,
        with no reservation, is added to both windows). Locks at the 10th of a streak."""
        member = attempt or uuid.uuid4().hex
        result = await self._fail(
            keys=[ip_window_key(ip), user_window_key(username), streak_key(username), lock_key(username)],
            args=[
                repr(now.timestamp()),
                WINDOW_S,
                STREAK_WINDOW_S,
                member,
                "0" if attempt else "1",
                WINDOW_S,
                LOCK_AFTER,
                LOCK_S,
            ],
        )
        locked_until = now + timedelta(seconds=LOCK_S) if len(result) > 1 else None
        return FailureOutcome(streak=int(result[0]), locked_until=locked_until)

    async def success(self, username: str, ip: str | None, *, user_id: int, now: datetime) -> None:
        """A completed login: the username's window and streak start again, the IP is known.
        The IP window is not cleared (an attacker could otherwise reset it with an account of
        their own), and an active lock stays until it expires."""
        await self.redis.delete(user_window_key(username), streak_key(username))
        await self.remember_ip(user_id, ip, now=now)
