"""Logins (``app_user``): creation, activation, password and 2FA resets, roles and overrides.

Every change is audited (before/after, actor) and invalidates the user's cached permissions after
commit, so it takes effect on their very next request. Deactivation and both resets revoke every
session of the user at once.
"""

from __future__ import annotations

import secrets
import string
from datetime import datetime
from typing import Any, Final

from redis.asyncio import Redis
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.audit import record_audit
from app.core.exceptions import ConflictError, NotFoundError, ValidationFailedError
from app.core.schemas import Page
from app.core.security import hash_password
from app.models import EmployeePermissionOverride, User, UserRole
from app.modules.admin import accounts
from app.modules.admin.repository import (
    DepartmentLookup,
    OverrideRepository,
    PermissionRepository,
    RoleRepository,
    UserRepository,
)
from app.modules.admin.schemas import (
    OverrideIn,
    OverrideRead,
    PasswordResetOut,
    RoleHeldIn,
    RoleHeldRead,
    UserCreate,
    UserCreated,
    UserEmployeeRead,
    UserQuery,
    UserRead,
)
from app.modules.auth.authz import bump_user
from app.modules.auth.passwords import check_password_policy
from app.modules.auth.sessions import SessionService
from app.modules.employees.service import EmployeeNotFoundError, EmployeeService, full_name

ADMIN_ROLE: Final = "admin"
_PASSWORD_ALPHABET: Final = "".join(
    c for c in string.ascii_letters + string.digits if c not in "Il1O0o"
)  # nothing to misread when dictated


class UserNotFoundError(NotFoundError):
    code = "USER_NOT_FOUND"
    message = "No se encontró el usuario."


class UsernameTakenError(ConflictError):
    code = "USERNAME_TAKEN"
    message = "Ese nombre de usuario ya existe."


class EmployeeHasUserError(ConflictError):
    code = "EMPLOYEE_HAS_USER"
    message = "Ese empleado ya tiene usuario."


class EmployeeInactiveError(ConflictError):
    code = "EMPLOYEE_INACTIVE"
    message = "El empleado está dado de baja: reactívalo antes de darle acceso."


class SelfLockoutError(ConflictError):
    code = "SELF_LOCKOUT"
    message = "No puedes quitarte a ti mismo el acceso de administrador ni desactivar tu propio usuario."


def generate_password(length: int = 12) -> str:
    """A random temporary password that satisfies the policy (upper, lower, digit)."""
    while True:
        candidate = "".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(length))
        if (
            any(c.isupper() for c in candidate)
            and any(c.islower() for c in candidate)
            and any(c.isdigit() for c in candidate)
        ):
            return candidate


def roles_of(user: User) -> list[RoleHeldRead]:
    return sorted(
        (
            RoleHeldRead(
                role=ur.role.code,
                role_name=ur.role.name,
                department=ur.department.code if ur.department else None,
            )
            for ur in user.user_roles
        ),
        key=lambda r: (r.role, r.department or ""),
    )


def _role_pairs(user: User) -> list[dict[str, str | None]]:
    return [{"role": r.role, "department": r.department} for r in roles_of(user)]


def to_read(user: User) -> UserRead:
    employee = user.employee
    return UserRead(
        id=user.id,
        username=user.username,
        is_active=user.is_active,
        must_change_password=user.must_change_password,
        totp_enabled=user.totp_enabled,
        last_login_at=user.last_login_at,
        password_changed_at=user.password_changed_at,
        locked_until=user.locked_until,
        employee=UserEmployeeRead(
            id=employee.id,
            full_name=full_name(employee),
            code=employee.code,
            is_active=employee.is_active,
            departments=sorted(m.department.code for m in employee.department_memberships),
        ),
        roles=roles_of(user),
        created_at=user.created_at,
    )


def _override_read(o: EmployeePermissionOverride) -> OverrideRead:
    return OverrideRead(
        permission=o.permission.code,
        effect=o.effect,
        reason=o.reason,
        expires_at=o.expires_at,
        granted_by_user_id=o.granted_by_user_id,
        created_at=o.created_at,
    )


def _override_key(o: OverrideRead | OverrideIn) -> dict[str, Any]:
    return {
        "permission": o.permission,
        "effect": o.effect.value,
        "reason": o.reason,
        "expires_at": o.expires_at.isoformat() if o.expires_at else None,
    }


class UserAdminService:
    def __init__(self, session: AsyncSession, redis: Redis, *, now: datetime, actor_id: int) -> None:
        self.session = session
        self.redis = redis
        self.now = now
        self.actor_id = actor_id
        self.users = UserRepository(session)

    async def _get(self, user_id: int, *, for_update: bool = False) -> User:
        user = await self.users.get_or_none(user_id, for_update=for_update)
        if user is None:
            raise UserNotFoundError()
        self.session.expire(user)
        return await self.users.get_detailed(user_id)

    # -- reads --------------------------------------------------------------------------------
    async def search(self, query: UserQuery) -> Page[UserRead]:
        stmt = self.users.search(q=query.q, active=query.active, role=query.role, department=query.department)
        items, total = await self.users.paginate(stmt, page=query.page, size=query.size, sort=query.sort)
        return Page(items=[to_read(u) for u in items], total=total, page=query.page, size=query.size)

    async def get(self, user_id: int) -> UserRead:
        return to_read(await self._get(user_id))

    # -- lifecycle ----------------------------------------------------------------------------
    async def create(self, data: UserCreate, *, employees: EmployeeService) -> UserCreated:
        try:
            employee = await employees.get(data.employee_id)
        except EmployeeNotFoundError:
            raise ValidationFailedError(fields={"employee_id": "Empleado desconocido."})
        if not employee.is_active:
            raise EmployeeInactiveError()
        if employee.user is not None:
            raise EmployeeHasUserError()
        if await self.users.by_username(data.username) is not None:
            raise UsernameTakenError(fields={"username": "Ya existe."})
        generated = data.password is None
        password = data.password if data.password is not None else generate_password()
        check_password_policy(password, username=data.username, field="password")
        user = User(
            employee_id=employee.id,
            username=data.username,
            password_hash=await hash_password(password),
            is_active=True,
            must_change_password=True,
            totp_enabled=False,
        )
        try:
            async with self.session.begin_nested():  # a concurrent twin loses with a clear code
                await self.users.create(user)
        except IntegrityError as exc:
            constraint = str(exc.orig)
            if "ix_app_user_username_lower" in constraint:
                raise UsernameTakenError(fields={"username": "Ya existe."})
            if "uq_app_user_employee_id" in constraint:
                raise EmployeeHasUserError()
            raise
        await record_audit(
            self.session,
            table="app_user",
            record_id=user.id,
            action="insert",
            after={"username": user.username, "employee_id": employee.id, "must_change_password": True},
            user_id=self.actor_id,
        )
        read = to_read(await self._get(user.id))
        return UserCreated(**read.model_dump(), temporary_password=password if generated else None)

    async def set_active(self, user_id: int, *, active: bool) -> UserRead:
        user = await self._get(user_id, for_update=True)
        if not active and user.id == self.actor_id:
            raise SelfLockoutError()
        if active and not user.employee.is_active:
            raise EmployeeInactiveError()
        await accounts.set_login_active(
            self.session,
            self.redis,
            user,
            active=active,
            now=self.now,
            reason="admin_activate" if active else "admin_deactivate",
            actor_id=self.actor_id,
        )
        return to_read(await self._get(user_id))

    async def reset_password(self, user_id: int, password: str | None) -> PasswordResetOut:
        """An admin sets (or generates) a temporary password: the user must change it at the
        next login, and every open session is closed."""
        user = await self._get(user_id, for_update=True)
        generated = password is None
        new_password = password if password is not None else generate_password()
        check_password_policy(new_password, username=user.username, field="password")
        user.password_hash = await hash_password(new_password)
        user.must_change_password = True
        user.password_changed_at = self.now
        user.locked_until = None
        await self.session.flush()
        revoked = await SessionService(self.session, self.redis).revoke_all_for_user(
            user.id, reason="password_reset", now=self.now, by_user_id=self.actor_id
        )
        await record_audit(
            self.session,
            table="app_user",
            record_id=user.id,
            action="password_reset",
            before=None,
            after={"must_change_password": True, "generated": generated, "sessions_revoked": revoked},
            user_id=self.actor_id,
        )
        bump_user(self.redis, user.id)
        return PasswordResetOut(
            temporary_password=new_password if generated else None, sessions_revoked=revoked
        )

    async def reset_totp(self, user_id: int) -> UserRead:
        """2FA off, secret and backup codes deleted, every session closed. An admin or gerente
        will be asked to enrol again at their next login."""
        user = await self._get(user_id, for_update=True)
        before = {"totp_enabled": user.totp_enabled, "has_secret": user.totp_secret_encrypted is not None}
        user.totp_enabled = False
        user.totp_secret_encrypted = None
        user.totp_last_step = None
        await self.session.flush()
        codes = await self.users.delete_backup_codes(user.id)
        revoked = await SessionService(self.session, self.redis).revoke_all_for_user(
            user.id, reason="totp_reset", now=self.now, by_user_id=self.actor_id
        )
        await record_audit(
            self.session,
            table="app_user",
            record_id=user.id,
            action="totp_reset",
            before=before,
            after={
                "totp_enabled": False,
                "has_secret": False,
                "backup_codes_deleted": codes,
                "sessions_revoked": revoked,
            },
            user_id=self.actor_id,
        )
        bump_user(self.redis, user.id)
        return to_read(await self._get(user_id))

    async def revoke_sessions(self, user_id: int) -> int:
        user = await self._get(user_id)
        return await SessionService(self.session, self.redis).revoke_all_for_user(
            user.id, reason="admin_revoke_all", now=self.now, by_user_id=self.actor_id
        )

    # -- roles --------------------------------------------------------------------------------
    async def replace_roles(self, user_id: int, items: list[RoleHeldIn]) -> UserRead:
        """PUT semantics. A role held in a department requires the employee to belong to it."""
        user = await self._get(user_id, for_update=True)
        roles = await RoleRepository(self.session).by_codes(i.role for i in items)
        departments = await DepartmentLookup(self.session).by_codes(
            i.department for i in items if i.department
        )
        member_of = {m.department.code for m in user.employee.department_memberships}
        errors: dict[str, str] = {}
        seen: set[tuple[str, str | None]] = set()
        for i, item in enumerate(items):
            pair = (item.role, item.department)
            if pair in seen:
                errors[f"{i}"] = "Rol repetido."
            seen.add(pair)
            if item.role not in roles:
                errors[f"{i}.role"] = "Rol desconocido."
            if item.department is not None:
                if item.department not in departments:
                    errors[f"{i}.department"] = "Departamento desconocido."
                elif item.department not in member_of:
                    errors[f"{i}.department"] = "El empleado no pertenece a ese departamento."
        if errors:
            raise ValidationFailedError(fields=errors)
        before = _role_pairs(user)
        held_admin = any(r["role"] == ADMIN_ROLE for r in before)
        keeps_admin = any(i.role == ADMIN_ROLE for i in items)
        if user.id == self.actor_id and held_admin and not keeps_admin:
            raise SelfLockoutError()
        current = {
            (ur.role.code, ur.department.code if ur.department else None): ur for ur in user.user_roles
        }
        for pair, ur in current.items():
            if pair not in seen:
                user.user_roles.remove(ur)
        for role_code, department_code in sorted(seen, key=lambda p: (p[0], p[1] or "")):
            if (role_code, department_code) not in current:
                user.user_roles.append(
                    UserRole(
                        role=roles[role_code],
                        department=departments[department_code] if department_code else None,
                    )
                )
        await self.session.flush()
        updated = await self._get(user_id)
        after = _role_pairs(updated)
        if before != after:
            await record_audit(
                self.session,
                table="user_role",
                record_id=user.id,
                action="replace",
                before={"roles": before},
                after={"roles": after},
                user_id=self.actor_id,
            )
            bump_user(self.redis, user.id)
        return to_read(updated)

    # -- overrides ----------------------------------------------------------------------------
    async def overrides(self, user_id: int) -> list[OverrideRead]:
        user = await self._get(user_id)
        rows = await OverrideRepository(self.session).for_employee(user.employee_id)
        return [_override_read(o) for o in rows]

    async def replace_overrides(self, user_id: int, items: list[OverrideIn]) -> list[OverrideRead]:
        """PUT semantics over the employee's individual grants and revokes. An unchanged entry
        keeps who granted it and when."""
        user = await self._get(user_id, for_update=True)
        employee_id = user.employee_id
        permissions = await PermissionRepository(self.session).by_codes(i.permission for i in items)
        errors: dict[str, str] = {}
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item.permission in seen:
                errors[f"{i}.permission"] = "Permiso repetido: uno por entrada."
            seen.add(item.permission)
            if item.permission not in permissions:
                errors.setdefault(f"{i}.permission", "Permiso desconocido.")
            if item.expires_at is not None and item.expires_at <= self.now:
                errors[f"{i}.expires_at"] = "La fecha de vencimiento debe ser futura."
        if errors:
            raise ValidationFailedError(fields=errors)
        repo = OverrideRepository(self.session)
        existing = {o.permission.code: o for o in await repo.for_employee(employee_id)}
        before = [_override_key(_override_read(o)) for o in existing.values()]
        wanted = {i.permission: i for i in items}
        for code, old in existing.items():
            if code not in wanted:
                await self.session.delete(old)
        for code, item in wanted.items():
            row = existing.get(code)
            if row is None:
                self.session.add(
                    EmployeePermissionOverride(
                        employee_id=employee_id,
                        permission_id=permissions[code].id,
                        effect=item.effect,
                        reason=item.reason,
                        expires_at=item.expires_at,
                        granted_by_user_id=self.actor_id,
                    )
                )
            elif _override_key(_override_read(row)) != _override_key(item):
                row.effect = item.effect
                row.reason = item.reason
                row.expires_at = item.expires_at
                row.granted_by_user_id = self.actor_id
        await self.session.flush()
        self.session.expire_all()
        rows = await repo.for_employee(employee_id)
        after = [_override_key(_override_read(o)) for o in rows]
        if sorted(before, key=str) != sorted(after, key=str):
            await record_audit(
                self.session,
                table="employee_permission_override",
                record_id=employee_id,
                action="replace",
                before={"user_id": user_id, "overrides": before},
                after={"user_id": user_id, "overrides": after},
                user_id=self.actor_id,
            )
            bump_user(self.redis, user_id)
        return [_override_read(o) for o in rows]
