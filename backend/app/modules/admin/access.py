"""Sessions of everyone, the audit log, and the time-boxed exceptions to the network restriction."""

from __future__ import annotations

import uuid
from datetime import datetime, time, timedelta
from typing import Final

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.audit import record_audit, snapshot
from app.core.clock import MEXICO_CITY
from app.core.exceptions import NotFoundError, ValidationFailedError
from app.core.schemas import Page
from app.models import AccessException, AuthSession
from app.modules.admin.repository import (
    AccessExceptionRepository,
    AuditRepository,
    SessionRepository,
    UserRepository,
)
from app.modules.admin.schemas import (
    AccessExceptionCreate,
    AccessExceptionQuery,
    AccessExceptionRead,
    AuditEntryRead,
    AuditQuery,
    SessionQuery,
    SessionRead,
)
from app.modules.auth.sessions import SessionService

MAX_EXCEPTION_DAYS: Final = 31


class SessionNotFoundError(NotFoundError):
    code = "SESSION_NOT_FOUND"
    message = "No se encontró la sesión."


class AccessExceptionNotFoundError(NotFoundError):
    code = "ACCESS_EXCEPTION_NOT_FOUND"
    message = "No se encontró la excepción de acceso."


def session_read(row: AuthSession, now: datetime) -> SessionRead:
    return SessionRead(
        id=row.id,
        user_id=row.user_id,
        username=row.user.username,
        kind=row.kind,
        app_type=row.app_type,
        app_version=row.app_version,
        device_id=row.device_id,
        ip=str(row.ip) if row.ip is not None else None,
        user_agent=row.user_agent,
        created_at=row.created_at,
        last_seen_at=row.last_seen_at,
        expires_at=row.expires_at,
        revoked_at=row.revoked_at,
        revoked_reason=row.revoked_reason,
        active=row.revoked_at is None and row.expires_at > now,
    )


class SessionAdminService:
    def __init__(self, session: AsyncSession, redis: Redis, *, now: datetime, actor_id: int) -> None:
        self.session = session
        self.redis = redis
        self.now = now
        self.actor_id = actor_id
        self.repo = SessionRepository(session)

    async def search(self, query: SessionQuery) -> Page[SessionRead]:
        stmt = self.repo.search(user_id=query.user_id, active=query.active, kind=query.kind, now=self.now)
        rows, total = await self.repo.paginate(stmt, page=query.page, size=query.size, sort=query.sort)
        return Page(
            items=[session_read(r, self.now) for r in rows], total=total, page=query.page, size=query.size
        )

    async def revoke(self, session_id: uuid.UUID) -> None:
        """Idempotent: revoking an already revoked session answers the same."""
        if await self.repo.get_by_id(session_id) is None:
            raise SessionNotFoundError()
        await SessionService(self.session, self.redis).revoke(
            str(session_id), reason="admin_revoke", now=self.now, by_user_id=self.actor_id
        )


class AuditLogService:
    def __init__(self, session: AsyncSession) -> None:
        self.repo = AuditRepository(session)

    async def search(self, query: AuditQuery) -> Page[AuditEntryRead]:
        start = datetime.combine(query.date_from, time.min, MEXICO_CITY) if query.date_from else None
        end = (
            datetime.combine(query.date_to + timedelta(days=1), time.min, MEXICO_CITY)
            if query.date_to
            else None
        )
        stmt = self.repo.search(
            user_id=query.user_id,
            table=query.table,
            record_id=query.record_id,
            action=query.action,
            occurred_from=start,
            occurred_to=end,
        )
        rows, total = await self.repo.page(stmt, page=query.page, size=query.size)
        items = [
            AuditEntryRead(
                id=log.id,
                occurred_at=log.occurred_at,
                user_id=log.user_id,
                username=username,
                table_name=log.table_name,
                record_id=log.record_id,
                action=log.action,
                before=log.before,
                after=log.after,
                ip=str(log.ip) if log.ip is not None else None,
                device_id=log.device_id,
                user_agent=log.user_agent,
                request_id=log.request_id,
            )
            for log, username in rows
        ]
        return Page(items=items, total=total, page=query.page, size=query.size)


class AccessExceptionService:
    def __init__(self, session: AsyncSession, *, now: datetime, actor_id: int) -> None:
        self.session = session
        self.now = now
        self.actor_id = actor_id
        self.repo = AccessExceptionRepository(session)

    async def search(self, query: AccessExceptionQuery) -> Page[AccessExceptionRead]:
        stmt = self.repo.search(user_id=query.user_id, active=query.active, now=self.now)
        rows, total = await self.repo.paginate(stmt, page=query.page, size=query.size, sort=query.sort)
        return Page(
            items=[AccessExceptionRead.model_validate(r) for r in rows],
            total=total,
            page=query.page,
            size=query.size,
        )

    async def create(self, data: AccessExceptionCreate) -> AccessExceptionRead:
        errors: dict[str, str] = {}
        if data.ends_at <= data.starts_at:
            errors["ends_at"] = "El fin debe ser posterior al inicio."
        elif data.ends_at - data.starts_at > timedelta(days=MAX_EXCEPTION_DAYS):
            errors["ends_at"] = f"Una excepción dura como máximo {MAX_EXCEPTION_DAYS} días."
        if data.ends_at <= self.now:
            errors.setdefault("ends_at", "La excepción ya habría terminado.")
        if await UserRepository(self.session).get_or_none(data.user_id) is None:
            errors["user_id"] = "Usuario desconocido."
        if errors:
            raise ValidationFailedError(fields=errors)
        row = AccessException(
            user_id=data.user_id,
            starts_at=data.starts_at,
            ends_at=data.ends_at,
            reason=data.reason,
            granted_by_user_id=self.actor_id,
        )
        await self.repo.create(row)
        await record_audit(
            self.session,
            table="access_exception",
            record_id=row.id,
            action="insert",
            after=snapshot(row, exclude=frozenset({"created_at", "updated_at"})),
            user_id=self.actor_id,
        )
        return AccessExceptionRead.model_validate(row)

    async def revoke(self, exception_id: int) -> None:
        """Ends the exception now (the row stays for the record). Idempotent."""
        row = await self.repo.get_or_none(exception_id, for_update=True)
        if row is None:
            raise AccessExceptionNotFoundError()
        if row.revoked_at is not None:
            return
        row.revoked_at = self.now
        await self.session.flush()
        await record_audit(
            self.session,
            table="access_exception",
            record_id=row.id,
            action="revoke",
            before={"revoked_at": None},
            after={"revoked_at": self.now, "user_id": row.user_id},
            user_id=self.actor_id,
        )
