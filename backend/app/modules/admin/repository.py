"""Administration: logins, roles and grants, overrides, sessions, audit log, access exceptions and
business settings. The only SQL of the admin module."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any, ClassVar, Final, cast

from sqlalchemy import Select, delete, exists, func, or_, select
from sqlalchemy.orm import selectinload
from sqlalchemy.sql.base import ExecutableOption

from app.core.repository import Repository
from app.models import (
    AccessException,
    AppSetting,
    AuditLog,
    AuthSession,
    Department,
    Employee,
    EmployeeDepartment,
    EmployeePermissionOverride,
    Permission,
    Role,
    RolePermission,
    User,
    UserBackupCode,
    UserRole,
)
from app.models.enums import SessionKind

USER_DETAILS: Final[tuple[ExecutableOption, ...]] = (
    selectinload(User.employee)
    .selectinload(Employee.department_memberships)
    .selectinload(EmployeeDepartment.department),
    selectinload(User.user_roles).selectinload(UserRole.role),
    selectinload(User.user_roles).selectinload(UserRole.department),
)

ROLE_DETAILS: Final[tuple[ExecutableOption, ...]] = (
    selectinload(Role.role_permissions).selectinload(RolePermission.permission),
    selectinload(Role.role_permissions).selectinload(RolePermission.department),
)


def like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class UserRepository(Repository[User]):
    model = User
    sortable: ClassVar = {
        "username": User.username,
        "created_at": User.created_at,
        "last_login_at": User.last_login_at,
        "id": User.id,
    }
    default_sort = "username"

    def search(
        self,
        *,
        q: str | None,
        active: bool | None,
        role: str | None,
        department: str | None,
    ) -> Select[Any]:
        stmt = self.base_statement().join(Employee, Employee.id == User.employee_id).options(*USER_DETAILS)
        if q:
            needle = func.concat("%", func.immutable_unaccent(func.lower(like_escape(q))), "%")
            full_name = func.concat_ws(
                " ", Employee.first_name, Employee.last_name, Employee.second_last_name
            )
            stmt = stmt.where(
                or_(
                    func.lower(User.username).like(needle, escape="\\"),
                    func.immutable_unaccent(func.lower(full_name)).like(needle, escape="\\"),
                )
            )
        if active is not None:
            stmt = stmt.where(User.is_active.is_(active))
        if role:
            stmt = stmt.where(
                exists(
                    select(UserRole.id)
                    .join(Role, Role.id == UserRole.role_id)
                    .where(UserRole.user_id == User.id, Role.code == role)
                )
            )
        if department:
            stmt = stmt.where(
                exists(
                    select(EmployeeDepartment.employee_id)
                    .join(Department, Department.id == EmployeeDepartment.department_id)
                    .where(EmployeeDepartment.employee_id == User.employee_id, Department.code == department)
                )
            )
        return stmt

    async def get_detailed(self, user_id: int, *, for_update: bool = False) -> User:
        return await self.get(user_id, options=USER_DETAILS, for_update=for_update)

    async def by_username(self, username: str) -> User | None:
        return await self.one_or_none(select(User).where(func.lower(User.username) == username.lower()))

    async def by_employee(self, employee_id: int) -> User | None:
        return await self.one_or_none(select(User).where(User.employee_id == employee_id))

    async def delete_backup_codes(self, user_id: int) -> int:
        result = await self.session.execute(delete(UserBackupCode).where(UserBackupCode.user_id == user_id))
        return int(getattr(result, "rowcount", 0) or 0)


class RoleRepository(Repository[Role]):
    model = Role
    sortable: ClassVar = {"code": Role.code, "name": Role.name, "id": Role.id}
    default_sort = "id"

    async def all_detailed(self) -> list[Role]:
        return await self.get_all(self.base_statement().options(*ROLE_DETAILS).order_by(Role.id))

    async def get_detailed(self, role_id: int) -> Role:
        return await self.get(role_id, options=ROLE_DETAILS)

    async def by_code(self, code: str) -> Role | None:
        return await self.one_or_none(select(Role).where(Role.code == code))

    async def by_codes(self, codes: Iterable[str]) -> dict[str, Role]:
        wanted = sorted(set(codes))
        if not wanted:
            return {}
        return {r.code: r for r in await self.get_all(select(Role).where(Role.code.in_(wanted)))}

    async def holders(self, role_id: int) -> int:
        return int(
            await self.session.scalar(
                select(func.count()).select_from(UserRole).where(UserRole.role_id == role_id)
            )
            or 0
        )

    async def holders_by_role(self) -> dict[int, int]:
        rows = await self.session.execute(select(UserRole.role_id, func.count()).group_by(UserRole.role_id))
        return {int(role_id): int(n) for role_id, n in rows.all()}


class PermissionRepository(Repository[Permission]):
    model = Permission

    async def catalogue(self) -> list[Permission]:
        return await self.get_all(select(Permission).order_by(Permission.module, Permission.code))

    async def by_codes(self, codes: Iterable[str]) -> dict[str, Permission]:
        wanted = sorted(set(codes))
        if not wanted:
            return {}
        return {p.code: p for p in await self.get_all(select(Permission).where(Permission.code.in_(wanted)))}


class DepartmentLookup(Repository[Department]):
    model = Department

    async def by_codes(self, codes: Iterable[str]) -> dict[str, Department]:
        wanted = sorted(set(codes))
        if not wanted:
            return {}
        return {d.code: d for d in await self.get_all(select(Department).where(Department.code.in_(wanted)))}


class OverrideRepository(Repository[EmployeePermissionOverride]):
    model = EmployeePermissionOverride

    async def for_employee(self, employee_id: int) -> list[EmployeePermissionOverride]:
        return await self.get_all(
            select(EmployeePermissionOverride)
            .where(EmployeePermissionOverride.employee_id == employee_id)
            .options(selectinload(EmployeePermissionOverride.permission))
            .join(Permission, Permission.id == EmployeePermissionOverride.permission_id)
            .order_by(Permission.code)
        )


class SessionRepository(Repository[AuthSession]):
    model = AuthSession
    sortable: ClassVar = {
        "created_at": AuthSession.created_at,
        "last_seen_at": AuthSession.last_seen_at,
        "expires_at": AuthSession.expires_at,
    }
    default_sort = "-created_at"

    def search(
        self,
        *,
        user_id: int | None,
        active: bool | None,
        kind: SessionKind | None,
        now: datetime,
    ) -> Select[Any]:
        stmt = self.base_statement().options(selectinload(AuthSession.user))
        if user_id is not None:
            stmt = stmt.where(AuthSession.user_id == user_id)
        if kind is not None:
            stmt = stmt.where(AuthSession.kind == kind)
        if active is True:
            stmt = stmt.where(AuthSession.revoked_at.is_(None), AuthSession.expires_at > now)
        elif active is False:
            stmt = stmt.where(or_(AuthSession.revoked_at.is_not(None), AuthSession.expires_at <= now))
        return stmt

    async def get_by_id(self, session_id: uuid.UUID) -> AuthSession | None:
        return await self.get_or_none(session_id)


class AuditRepository(Repository[AuditLog]):
    model = AuditLog

    def search(
        self,
        *,
        user_id: int | None,
        table: str | None,
        record_id: str | None,
        action: str | None,
        occurred_from: datetime | None,
        occurred_to: datetime | None,
    ) -> Select[Any]:
        stmt = cast(Select[Any], select(AuditLog, User.username).outerjoin(User, User.id == AuditLog.user_id))
        if user_id is not None:
            stmt = stmt.where(AuditLog.user_id == user_id)
        if table:
            stmt = stmt.where(AuditLog.table_name == table)
        if record_id:
            stmt = stmt.where(AuditLog.record_id == record_id)
        if action:
            stmt = stmt.where(AuditLog.action == action)
        if occurred_from is not None:
            stmt = stmt.where(AuditLog.occurred_at >= occurred_from)
        if occurred_to is not None:
            stmt = stmt.where(AuditLog.occurred_at < occurred_to)
        return stmt

    async def page(
        self, stmt: Select[Any], *, page: int, size: int
    ) -> tuple[list[tuple[AuditLog, str | None]], int]:
        total = await self.count(stmt)
        ordered = stmt.order_by(AuditLog.occurred_at.desc(), AuditLog.id.desc())
        rows = await self.session.execute(ordered.limit(size).offset((page - 1) * size))
        return [(log, username) for log, username in rows.all()], total


class AccessExceptionRepository(Repository[AccessException]):
    model = AccessException
    sortable: ClassVar = {"starts_at": AccessException.starts_at, "ends_at": AccessException.ends_at}
    default_sort = "-starts_at"

    def search(self, *, user_id: int | None, active: bool | None, now: datetime) -> Select[Any]:
        stmt = self.base_statement()
        if user_id is not None:
            stmt = stmt.where(AccessException.user_id == user_id)
        live = (
            AccessException.revoked_at.is_(None),
            AccessException.starts_at <= now,
            AccessException.ends_at > now,
        )
        if active is True:
            stmt = stmt.where(*live)
        elif active is False:
            stmt = stmt.where(
                or_(
                    AccessException.revoked_at.is_not(None),
                    AccessException.starts_at > now,
                    AccessException.ends_at <= now,
                )
            )
        return stmt


class SettingRepository(Repository[AppSetting]):
    model = AppSetting

    async def all(self) -> list[AppSetting]:
        return await self.get_all(select(AppSetting).order_by(AppSetting.key))
