"""Roles and their grants, and the permission catalogue.

A grant with a department applies only to holders of the role in that department (domain §2:
"a gerente gets all of their area"). Every change bumps the global authorization version after
commit: every user's permissions resolve again on their next request. The system role ``admin``
always keeps its global ``*`` grant (nobody could administer the system otherwise); system roles
cannot be deleted, and a custom role only when nobody holds it.
"""

from __future__ import annotations

from typing import Final

from redis.asyncio import Redis
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.audit import record_audit
from app.core.exceptions import ConflictError, NotFoundError, ValidationFailedError
from app.models import Permission, Role, RolePermission
from app.modules.admin.repository import DepartmentLookup, PermissionRepository, RoleRepository
from app.modules.admin.schemas import GrantIn, GrantRead, PermissionRead, RoleCreate, RoleRead, RoleUpdate
from app.modules.auth.authz import bump_all
from app.seed.data.permissions import WILDCARD_ALL
from app.seed.data.roles import ADMIN

_MAX_GRANTS: Final = 500


class RoleNotFoundError(NotFoundError):
    code = "ROLE_NOT_FOUND"
    message = "No se encontró el rol."


class RoleCodeTakenError(ConflictError):
    code = "ROLE_CODE_TAKEN"
    message = "Ya existe un rol con ese código."


class SystemRoleError(ConflictError):
    code = "ROLE_IS_SYSTEM"
    message = "Los roles del sistema no se pueden eliminar."


class RoleInUseError(ConflictError):
    code = "ROLE_IN_USE"
    message = "El rol está asignado a usuarios: quítaselo antes de eliminarlo."


class AdminWildcardError(ConflictError):
    code = "ADMIN_WILDCARD_REQUIRED"
    message = "El rol «admin» debe conservar el permiso global «*»."


def grants_of(role: Role) -> list[GrantRead]:
    return sorted(
        (
            GrantRead(permission=rp.permission.code, department=rp.department.code if rp.department else None)
            for rp in role.role_permissions
        ),
        key=lambda g: (g.permission, g.department or ""),
    )


def to_read(role: Role, holders: int) -> RoleRead:
    return RoleRead(
        id=role.id,
        code=role.code,
        name=role.name,
        description=role.description,
        is_system=role.is_system,
        holders=holders,
        grants=grants_of(role),
    )


def _pairs(grants: list[GrantRead]) -> list[dict[str, str | None]]:
    return [{"permission": g.permission, "department": g.department} for g in grants]


class RoleAdminService:
    def __init__(self, session: AsyncSession, redis: Redis, *, actor_id: int) -> None:
        self.session = session
        self.redis = redis
        self.actor_id = actor_id
        self.roles = RoleRepository(session)

    async def _get(self, role_id: int) -> Role:
        role = await self.roles.get_or_none(role_id)
        if role is None:
            raise RoleNotFoundError()
        self.session.expire(role)
        return await self.roles.get_detailed(role_id)

    async def all(self) -> list[RoleRead]:
        holders = await self.roles.holders_by_role()
        return [to_read(r, holders.get(r.id, 0)) for r in await self.roles.all_detailed()]

    async def get(self, role_id: int) -> RoleRead:
        role = await self._get(role_id)
        return to_read(role, await self.roles.holders(role.id))

    async def catalogue(self) -> list[PermissionRead]:
        return [
            PermissionRead.model_validate(p) for p in await PermissionRepository(self.session).catalogue()
        ]

    async def _resolve_grants(self, items: list[GrantIn]) -> list[tuple[Permission, int | None]]:
        permissions = await PermissionRepository(self.session).by_codes(i.permission for i in items)
        departments = await DepartmentLookup(self.session).by_codes(
            i.department for i in items if i.department
        )
        errors: dict[str, str] = {}
        seen: set[tuple[str, str | None]] = set()
        for i, item in enumerate(items):
            pair = (item.permission, item.department)
            if pair in seen:
                errors[f"{i}"] = "Permiso repetido."
            seen.add(pair)
            if item.permission not in permissions:
                errors[f"{i}.permission"] = "Permiso desconocido."
            if item.department is not None and item.department not in departments:
                errors[f"{i}.department"] = "Departamento desconocido."
        if errors:
            raise ValidationFailedError(fields=errors)
        return [
            (permissions[i.permission], departments[i.department].id if i.department else None) for i in items
        ]

    async def create(self, data: RoleCreate) -> RoleRead:
        if await self.roles.by_code(data.code) is not None:
            raise RoleCodeTakenError(fields={"code": "Ya existe."})
        grants = await self._resolve_grants(data.grants)
        role = Role(code=data.code, name=data.name, description=data.description, is_system=False)
        try:
            async with self.session.begin_nested():
                await self.roles.create(role)
        except IntegrityError:
            raise RoleCodeTakenError(fields={"code": "Ya existe."})
        for permission, department_id in grants:
            self.session.add(
                RolePermission(role_id=role.id, permission_id=permission.id, department_id=department_id)
            )
        await self.session.flush()
        created = await self._get(role.id)
        await record_audit(
            self.session,
            table="role",
            record_id=role.id,
            action="insert",
            after={"code": role.code, "name": role.name, "grants": _pairs(grants_of(created))},
            user_id=self.actor_id,
        )
        bump_all(self.redis)
        return to_read(created, 0)

    async def update(self, role_id: int, data: RoleUpdate) -> RoleRead:
        role = await self._get(role_id)
        changes = data.model_dump(exclude_unset=True)
        before = {k: getattr(role, k) for k in changes}
        changed = {k: v for k, v in changes.items() if before[k] != v}
        if changed:
            await self.roles.update(role, changed)
            await record_audit(
                self.session,
                table="role",
                record_id=role.id,
                action="update",
                before={k: before[k] for k in changed},
                after=changed,
                user_id=self.actor_id,
            )
            bump_all(self.redis)
        return await self.get(role_id)

    async def replace_grants(self, role_id: int, items: list[GrantIn]) -> RoleRead:
        """PUT semantics over the role's grants."""
        role = await self._get(role_id)
        if role.code == ADMIN and not any(
            i.permission == WILDCARD_ALL and i.department is None for i in items
        ):
            raise AdminWildcardError()
        grants = await self._resolve_grants(items)
        before = _pairs(grants_of(role))
        wanted = {(p.id, d) for p, d in grants}
        current = {(rp.permission_id, rp.department_id): rp for rp in role.role_permissions}
        for key, rp in current.items():
            if key not in wanted:
                role.role_permissions.remove(rp)
        for permission_id, department_id in sorted(wanted, key=lambda k: (k[0], k[1] or 0)):
            if (permission_id, department_id) not in current:
                role.role_permissions.append(
                    RolePermission(role_id=role.id, permission_id=permission_id, department_id=department_id)
                )
        await self.session.flush()
        updated = await self._get(role_id)
        after = _pairs(grants_of(updated))
        if before != after:
            await record_audit(
                self.session,
                table="role_permission",
                record_id=role.id,
                action="replace",
                before={"role": role.code, "grants": before},
                after={"role": role.code, "grants": after},
                user_id=self.actor_id,
            )
            bump_all(self.redis)
        return to_read(updated, await self.roles.holders(role.id))

    async def delete(self, role_id: int) -> None:
        role = await self._get(role_id)
        if role.is_system:
            raise SystemRoleError()
        if await self.roles.holders(role.id):
            raise RoleInUseError()
        before = {"code": role.code, "name": role.name, "grants": _pairs(grants_of(role))}
        await self.roles.delete(role)
        await record_audit(
            self.session,
            table="role",
            record_id=role_id,
            action="delete",
            before=before,
            after=None,
            user_id=self.actor_id,
        )
        bump_all(self.redis)
