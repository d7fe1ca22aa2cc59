"""Logins, roles and permissions.

Effective permissions of a user = the permissions of their roles (global, or within the department
the role is held in) + those implied by the employee's business flags + individual grants
- individual revokes (``employee_permission_override``).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    BigInteger,
    ForeignKey,
    Identity,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, IdMixin, TimestampMixin
from app.models.enums import PermissionEffect, pg_enum

if TYPE_CHECKING:
    from app.models.org import Department, Employee


class User(IdMixin, TimestampMixin, Base):
    """A login (``app_user``: ``user`` is reserved in SQL), one per employee."""

    __tablename__ = "app_user"

    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), unique=True)
    username: Mapped[str] = mapped_column(String(50))
    password_hash: Mapped[str] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(server_default=true())
    must_change_password: Mapped[bool] = mapped_column(server_default=true())
    totp_secret_encrypted: Mapped[str | None] = mapped_column(Text)
    totp_enabled: Mapped[bool] = mapped_column(server_default=false())
    #: last accepted TOTP time step: a code is never accepted twice (replay)
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger)
    last_login_at: Mapped[datetime | None]
    password_changed_at: Mapped[datetime | None]
    locked_until: Mapped[datetime | None]

    employee: Mapped[Employee] = relationship(back_populates="user", lazy="raise")
    user_roles: Mapped[list[UserRole]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="raise"
    )


# Usernames are unique regardless of case.
Index("ix_app_user_username_lower", func.lower(User.username), unique=True)


class Role(TimestampMixin, Base):
    """admin, gerente, auxiliar, cobrador, vendedor, ajustador (``is_system``) and custom roles."""

    __tablename__ = "role"

    id: Mapped[int] = mapped_column(SmallInteger, Identity(), primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)
    is_system: Mapped[bool] = mapped_column(server_default=false())

    role_permissions: Mapped[list[RolePermission]] = relationship(
        back_populates="role", cascade="all, delete-orphan", lazy="raise"
    )


class Permission(TimestampMixin, Base):
    """``module.action``; ``*`` and ``module.*`` are wildcards."""

    __tablename__ = "permission"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    code: Mapped[str] = mapped_column(String(100), unique=True)
    module: Mapped[str] = mapped_column(String(50))
    description: Mapped[str | None] = mapped_column(Text)


class RolePermission(Base):
    """A role's grant; ``department_id`` NULL = wherever the role is held, else only in that department."""

    __tablename__ = "role_permission"
    __table_args__ = (
        UniqueConstraint("role_id", "permission_id", "department_id", postgresql_nulls_not_distinct=True),
    )

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    role_id: Mapped[int] = mapped_column(ForeignKey("role.id", ondelete="CASCADE"))
    permission_id: Mapped[int] = mapped_column(ForeignKey("permission.id", ondelete="CASCADE"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id", ondelete="CASCADE"))

    role: Mapped[Role] = relationship(back_populates="role_permissions", lazy="raise")
    permission: Mapped[Permission] = relationship(lazy="raise")
    department: Mapped[Department | None] = relationship(lazy="raise")


class UserRole(Base):
    """A role held by a user, globally (``department_id`` NULL) or within one department."""

    __tablename__ = "user_role"
    __table_args__ = (
        UniqueConstraint("user_id", "role_id", "department_id", postgresql_nulls_not_distinct=True),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"))
    role_id: Mapped[int] = mapped_column(ForeignKey("role.id", ondelete="CASCADE"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id", ondelete="CASCADE"))

    user: Mapped[User] = relationship(back_populates="user_roles", lazy="raise")
    role: Mapped[Role] = relationship(lazy="raise")
    department: Mapped[Department | None] = relationship(lazy="raise")


class EmployeePermissionOverride(IdMixin, TimestampMixin, Base):
    """An individual grant or revoke on top of the employee's roles, optionally time-boxed."""

    __tablename__ = "employee_permission_override"
    __table_args__ = (UniqueConstraint("employee_id", "permission_id"),)

    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    permission_id: Mapped[int] = mapped_column(ForeignKey("permission.id", ondelete="CASCADE"))
    effect: Mapped[PermissionEffect] = mapped_column(pg_enum(PermissionEffect))
    reason: Mapped[str] = mapped_column(Text)
    granted_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    expires_at: Mapped[datetime | None]

    permission: Mapped[Permission] = relationship(lazy="raise")
