"""Login sessions and their refresh tokens.

A session (one browser or one device) is a row in ``auth_session`` (what users and admins list and
revoke) plus live state in Redis:

- ``auth:sess:{sid}``: hash {uid, kind, abs_exp}; its TTL is the idle window (8 h on the web,
  30 days on mobile), capped by the absolute expiry (7 / 30 days). Deleting it kills the session:
  every access token of that session is refused on its next request.
- ``auth:rt:{sha256(token)}``: one record per refresh token {sid, uid, state, rotated_at, succ};
  tokens are stored only as SHA-256.

Refresh rotates every time, atomically (a Lua script). A token already rotated and presented again
within ``refresh_grace_s`` (two tabs, a retried mobile call) gets the same successor: the successor
is kept encrypted with a key derived from the old token, so only its holder can read it. After the
grace window the reuse revokes the whole session (family).
"""

from __future__ import annotations

import base64
import hashlib
import os
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from redis.asyncio import Redis
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.audit import record_audit
from app.core.config import Settings, get_settings
from app.core.database import after_commit
from app.core.security import new_token, sha256_hex
from app.models.auth import AuthSession
from app.models.enums import AppType, SessionKind
from app.modules.auth.dependencies import session_state_key


def token_key(token_hash: str) -> str:
    return f"auth:rt:{token_hash}"


def session_tokens_key(session_id: str) -> str:
    return f"auth:sess:{session_id}:tokens"


def _successor_cipher(old_token: str) -> AESGCM:
    return AESGCM(hashlib.sha256(b"protegrt-refresh-successor:" + old_token.encode()).digest())


def seal_successor(old_token: str, successor: str) -> str:
    nonce = os.urandom(12)
    return base64.b64encode(
        nonce + _successor_cipher(old_token).encrypt(nonce, successor.encode(), None)
    ).decode()


def open_successor(old_token: str, sealed: str) -> str:
    raw = base64.b64decode(sealed)
    return _successor_cipher(old_token).decrypt(raw[:12], raw[12:], None).decode()


# KEYS: old token, new token, session state, session token set
# ARGV: now (epoch s), new token hash, sealed successor, new token ttl, idle ttl, grace seconds
_ROTATE_LUA = """
local rec = redis.call('HGETALL', KEYS[1])
if #rec == 0 then return {'unknown'} end
local r = {}
for i = 1, #rec, 2 do r[rec[i]] = rec[i + 1] end
local now = tonumber(ARGV[1])
local abs_exp = tonumber(redis.call('HGET', KEYS[3], 'abs_exp') or '0')
if abs_exp == 0 or now >= abs_exp then return {'dead', r['sid'], r['uid']} end
if r['state'] == 'active' then
  redis.call('HSET', KEYS[1], 'state', 'rotated', 'rotated_at', ARGV[1], 'succ', ARGV[3])
  redis.call('HSET', KEYS[2], 'sid', r['sid'], 'uid', r['uid'], 'state', 'active', 'created_at', ARGV[1])
  redis.call('EXPIRE', KEYS[2], tonumber(ARGV[4]))
  redis.call('SADD', KEYS[4], ARGV[2])
  redis.call('EXPIRE', KEYS[4], tonumber(ARGV[4]))
  redis.call('EXPIRE', KEYS[3], tonumber(ARGV[5]))
  return {'rotated', r['sid'], r['uid']}
end
if now - tonumber(r['rotated_at']) <= tonumber(ARGV[6]) then
  return {'grace', r['sid'], r['uid'], r['succ']}
end
return {'reused', r['sid'], r['uid']}
"""


class RefreshState(StrEnum):
    ROTATED = "rotated"  # a new token was issued
    GRACE = "grace"  # already rotated moments ago: same successor returned
    REUSED = "reused"  # rotated long ago: theft suspected, the session was revoked
    UNKNOWN = "unknown"  # never existed or expired
    DEAD = "dead"  # the session was revoked or reached its absolute expiry


@dataclass(frozen=True)
class RefreshResult:
    state: RefreshState
    session_id: str | None = None
    user_id: int | None = None
    refresh_token: str | None = None


class SessionStore:
    """The Redis side: session state and refresh-token records."""

    def __init__(self, redis: Redis, settings: Settings | None = None) -> None:
        self.redis = redis
        self.settings = settings or get_settings()
        self._rotate = redis.register_script(_ROTATE_LUA)

    def idle_seconds(self, kind: SessionKind) -> int:
        s = self.settings
        return s.refresh_web_idle_s if kind == SessionKind.WEB else s.refresh_mobile_ttl_s

    def absolute_seconds(self, kind: SessionKind) -> int:
        s = self.settings
        return s.refresh_web_ttl_s if kind == SessionKind.WEB else s.refresh_mobile_ttl_s

    async def open(
        self, *, session_id: str, user_id: int, kind: SessionKind, now: datetime, token: str
    ) -> None:
        absolute = self.absolute_seconds(kind)
        abs_exp = int(now.timestamp()) + absolute
        token_hash = sha256_hex(token)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hset(
                session_state_key(session_id),
                mapping={"uid": user_id, "kind": kind.value, "abs_exp": abs_exp},
            )
            pipe.expire(session_state_key(session_id), min(self.idle_seconds(kind), absolute))
            pipe.hset(
                token_key(token_hash),
                mapping={
                    "sid": session_id,
                    "uid": user_id,
                    "state": "active",
                    "created_at": int(now.timestamp()),
                },
            )
            pipe.expire(token_key(token_hash), absolute)
            pipe.sadd(session_tokens_key(session_id), token_hash)
            pipe.expire(session_tokens_key(session_id), absolute)
            await pipe.execute()

    async def rotate(self, token: str, *, now: datetime) -> RefreshResult:
        old_hash = sha256_hex(token)
        record = await self.redis.hgetall(token_key(old_hash))
        if not record:
            return RefreshResult(RefreshState.UNKNOWN)
        sid = str(record.get("sid"))
        state: dict[Any, Any] = await self.redis.hgetall(session_state_key(sid))
        kind = SessionKind(state.get("kind", SessionKind.WEB.value))
        abs_exp = int(state.get("abs_exp") or 0)
        now_s = int(now.timestamp())
        remaining = max(1, abs_exp - now_s)
        successor = new_token()
        outcome = await self._rotate(
            keys=[
                token_key(old_hash),
                token_key(sha256_hex(successor)),
                session_state_key(sid),
                session_tokens_key(sid),
            ],
            args=[
                now_s,
                sha256_hex(successor),
                seal_successor(token, successor),
                remaining,
                min(self.idle_seconds(kind), remaining),
                self.settings.refresh_grace_s,
            ],
        )
        outcome = [o.decode() if isinstance(o, bytes) else o for o in outcome]
        result_state = RefreshState(outcome[0])
        user_id = int(outcome[2]) if len(outcome) > 2 and outcome[2] is not None else None
        if result_state == RefreshState.ROTATED:
            return RefreshResult(result_state, sid, user_id, successor)
        if result_state == RefreshState.GRACE:
            return RefreshResult(result_state, sid, user_id, open_successor(token, outcome[3]))
        return RefreshResult(result_state, sid if len(outcome) > 1 else None, user_id)

    async def kill(self, session_id: str) -> None:
        hashes = await self.redis.smembers(session_tokens_key(session_id))
        keys = [
            session_state_key(session_id),
            session_tokens_key(session_id),
            *(token_key(str(h)) for h in hashes),
        ]
        await self.redis.delete(*keys)

    async def is_alive(self, session_id: str) -> bool:
        return bool(await self.redis.exists(session_state_key(session_id)))


class SessionService:
    """Sessions: the durable rows plus the Redis state, kept in step."""

    def __init__(self, session: AsyncSession, redis: Redis, settings: Settings | None = None) -> None:
        self.session = session
        self.store = SessionStore(redis, settings)

    async def start(
        self,
        *,
        user_id: int,
        kind: SessionKind,
        now: datetime,
        ip: str | None,
        user_agent: str | None,
        device_id: str | None = None,
        app_type: AppType | None = None,
        app_version: str | None = None,
        push_token: str | None = None,
    ) -> tuple[AuthSession, str]:
        """Create the session row and return it with its first refresh token. The Redis state is
        written after the commit (a failed login leaves no live session behind)."""
        row = AuthSession(
            id=uuid.uuid4(),
            user_id=user_id,
            kind=kind,
            device_id=device_id,
            app_type=app_type,
            app_version=app_version,
            push_token=push_token,
            ip=ip,
            user_agent=user_agent,
            created_at=now,
            last_seen_at=now,
            expires_at=now + timedelta(seconds=self.store.absolute_seconds(kind)),
        )
        self.session.add(row)
        await self.session.flush()
        token = new_token()

        async def open_state() -> None:
            await self.store.open(session_id=str(row.id), user_id=user_id, kind=kind, now=now, token=token)

        after_commit(open_state)
        return row, token

    async def refresh(self, token: str, *, now: datetime) -> RefreshResult:
        """Rotate ``token``. On reuse after the grace window the whole session is revoked (and
        audited); the caller answers 401 with ``keep_changes`` so that revocation is stored."""
        result = await self.store.rotate(token, now=now)
        if result.state in (RefreshState.ROTATED, RefreshState.GRACE) and result.session_id:
            await self.session.execute(
                update(AuthSession)
                .where(AuthSession.id == uuid.UUID(result.session_id))
                .values(last_seen_at=now)
            )
        elif result.state == RefreshState.REUSED and result.session_id:
            await self.revoke(result.session_id, reason="refresh_reuse", now=now, by_user_id=None)
        return result

    async def revoke(self, session_id: str, *, reason: str, now: datetime, by_user_id: int | None) -> bool:
        """Revoke one session (idempotent). Returns False when it was already revoked.

        The Redis state dies at once (fail-closed: even if the transaction then rolls back, the
        session is dead); the row and the audit entry are part of the caller's unit of work."""
        row = await self.session.get(AuthSession, uuid.UUID(session_id))
        await self.store.kill(session_id)
        if row is None or row.revoked_at is not None:
            return False
        row.revoked_at = now
        row.revoked_reason = reason
        row.revoked_by_user_id = by_user_id
        await self.session.flush()
        await record_audit(
            self.session,
            table="auth_session",
            record_id=session_id,
            action="session_revoked",
            before={"revoked_at": None},
            after={"revoked_at": now, "reason": reason, "user_id": row.user_id},
            user_id=by_user_id,
        )
        return True

    async def revoke_all_for_user(
        self,
        user_id: int,
        *,
        reason: str,
        now: datetime,
        by_user_id: int | None,
        except_session: str | None = None,
    ) -> int:
        rows = await self.session.scalars(
            select(AuthSession.id).where(AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None))
        )
        count = 0
        for sid in rows.all():
            if except_session is not None and str(sid) == except_session:
                continue
            count += int(await self.revoke(str(sid), reason=reason, now=now, by_user_id=by_user_id))
        return count
