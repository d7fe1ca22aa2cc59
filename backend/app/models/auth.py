"""Sessions, 2FA backup codes, work schedules and network-access exceptions."""

from __future__ import annotations

import uuid
from datetime import datetime, time
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import INET
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, IdMixin, TimestampMixin
from app.models.enums import AppType, SessionKind, pg_enum

if TYPE_CHECKING:
    from app.models.access import User


class AuthSession(Base):
    """One login on one browser or device (spec §4.4). Its refresh tokens live in Redis (as SHA-256);
    this row is the durable record the user and the admin list and revoke."""

    __tablename__ = "auth_session"
    __table_args__ = (
        Index("ix_auth_session_user_id_active", "user_id", postgresql_where=text("revoked_at IS NULL")),
        CheckConstraint("(kind = 'mobile') = (app_type IS NOT NULL)", name="mobile_has_app_type"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=func.gen_random_uuid())
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"))
    kind: Mapped[SessionKind] = mapped_column(pg_enum(SessionKind))
    device_id: Mapped[str | None] = mapped_column(String(128))
    app_type: Mapped[AppType | None] = mapped_column(pg_enum(AppType))
    app_version: Mapped[str | None] = mapped_column(String(40))
    push_token: Mapped[str | None] = mapped_column(Text)
    ip: Mapped[str | None] = mapped_column(INET)
    user_agent: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    last_seen_at: Mapped[datetime] = mapped_column(server_default=func.now())
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    revoked_reason: Mapped[str | None] = mapped_column(String(40))
    revoked_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    user: Mapped[User] = relationship(foreign_keys=[user_id], lazy="raise")


class UserBackupCode(IdMixin, Base):
    """A one-time 2FA backup code, stored only as SHA-256 (the codes are random, not passwords)."""

    __tablename__ = "user_backup_code"
    __table_args__ = (UniqueConstraint("user_id", "code_hash"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64))
    used_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class WorkSchedule(IdMixin, TimestampMixin, Base):
    """A weekly working window of an employee (weekday 0 = Monday). Used by the geofence mode."""

    __tablename__ = "work_schedule"
    __table_args__ = (
        UniqueConstraint("employee_id", "weekday", "start_time"),
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("end_time > start_time", name="end_after_start"),
    )

    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(SmallInteger)
    start_time: Mapped[time]
    end_time: Mapped[time]


class AccessException(IdMixin, TimestampMixin, Base):
    """A time-boxed exception to the network restriction granted by an admin to one user
    ("Juan puede acceder desde casa el sábado de 9 a 14")."""

    __tablename__ = "access_exception"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_starts"),
        Index("ix_access_exception_user_id_ends_at", "user_id", "ends_at"),
    )

    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(Text)
    granted_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    revoked_at: Mapped[datetime | None]
