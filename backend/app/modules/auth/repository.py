"""SQL of the auth flows: users by login name, the atomic TOTP step and backup-code claims, and
sessions scoped to their owner (another user's session id is simply not found)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from app.core.repository import Repository
from app.models import Department, Employee, EmployeeDepartment, Role, User, UserRole
from app.models.auth import AuthSession, UserBackupCode


class UserRepository(Repository[User]):
    model = User

    async def get_by_username(self, username: str, *, with_employee: bool = True) -> User | None:
        stmt = select(User).where(func.lower(User.username) == username.strip().lower())
        if with_employee:
            stmt = stmt.options(joinedload(User.employee))
        return await self.one_or_none(stmt)

    async def get_with_employee(self, user_id: int) -> User | None:
        return await self.get_or_none(user_id, options=[joinedload(User.employee)])

    async def claim_totp_step(self, user_id: int, step: int, *, enable: bool = False) -> bool:
        """Accept TOTP ``step`` for this user at most once. The conditional UPDATE is atomic: of
        two concurrent uses of one code, the second waits for the first's row lock, re-reads
        ``totp_last_step`` and matches no row."""
        values: dict[str, object] = {"totp_last_step": step}
        if enable:
            values["totp_enabled"] = True
        stmt = (
            update(User)
            .where(User.id == user_id, or_(User.totp_last_step.is_(None), User.totp_last_step < step))
            .values(**values)
            .returning(User.id)
            .execution_options(synchronize_session="fetch")
        )
        return (await self.session.execute(stmt)).scalar_one_or_none() is not None

    async def totp_state(self, usernames: list[str]) -> dict[str, tuple[bool, str | None]]:
        """lower(username) -> (totp_enabled, encrypted secret)."""
        rows = await self.session.execute(
            select(User.username, User.totp_enabled, User.totp_secret_encrypted).where(
                func.lower(User.username).in_([u.lower() for u in usernames])
            )
        )
        return {str(name).lower(): (bool(enabled), secret) for name, enabled, secret in rows.all()}

    async def set_lock(self, user_id: int, until: datetime) -> None:
        await self.session.execute(
            update(User)
            .where(User.id == user_id)
            .values(locked_until=until)
            .execution_options(synchronize_session="fetch")
        )


class BackupCodeRepository(Repository[UserBackupCode]):
    model = UserBackupCode

    async def replace_all(self, user_id: int, code_hashes: list[str], *, now: datetime) -> None:
        await self.delete_all(user_id)
        await self.session.execute(
            insert(UserBackupCode),
            [{"user_id": user_id, "code_hash": h, "created_at": now} for h in code_hashes],
        )

    async def delete_all(self, user_id: int) -> int:
        result = await self.session.execute(
            delete(UserBackupCode).where(UserBackupCode.user_id == user_id).returning(UserBackupCode.id)
        )
        return len(result.all())

    async def use(self, user_id: int, code_hash: str, *, now: datetime) -> bool:
        """Single use, atomic: only one of two concurrent uses of a code matches a row."""
        stmt = (
            update(UserBackupCode)
            .where(
                UserBackupCode.user_id == user_id,
                UserBackupCode.code_hash == code_hash,
                UserBackupCode.used_at.is_(None),
            )
            .values(used_at=now)
            .returning(UserBackupCode.id)
        )
        return (await self.session.execute(stmt)).scalar_one_or_none() is not None

    async def count_unused(self, user_id: int) -> int:
        stmt = select(func.count()).where(UserBackupCode.user_id == user_id, UserBackupCode.used_at.is_(None))
        return int((await self.session.execute(stmt)).scalar_one())


class AuthSessionRepository(Repository[AuthSession]):
    model = AuthSession

    async def list_open_for_user(self, user_id: int, *, now: datetime) -> list[AuthSession]:
        stmt = (
            select(AuthSession)
            .where(
                AuthSession.user_id == user_id,
                AuthSession.revoked_at.is_(None),
                AuthSession.expires_at > now,
            )
            .order_by(AuthSession.last_seen_at.desc(), AuthSession.created_at.desc())
        )
        return await self.get_all(stmt)

    async def list_open(self, *, now: datetime, user_id: int | None = None) -> list[tuple[AuthSession, str]]:
        """Open sessions with their user's login name (CLI)."""
        stmt = (
            select(AuthSession, User.username)
            .join(User, User.id == AuthSession.user_id)
            .where(AuthSession.revoked_at.is_(None), AuthSession.expires_at > now)
            .order_by(User.username, AuthSession.created_at)
        )
        if user_id is not None:
            stmt = stmt.where(AuthSession.user_id == user_id)
        return [(row[0], str(row[1])) for row in (await self.session.execute(stmt)).all()]

    async def get_for_user(self, session_id: uuid.UUID, user_id: int) -> AuthSession | None:
        """Record-level scoping: a session of someone else is not found (404, never 403)."""
        stmt = select(AuthSession).where(AuthSession.id == session_id, AuthSession.user_id == user_id)
        return await self.one_or_none(stmt)


class AccountRepository:
    """Rows the first-admin bootstrap needs (CLI)."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def role_id(self, code: str) -> int:
        role_id = await self.session.scalar(select(Role.id).where(Role.code == code))
        if role_id is None:
            raise LookupError(f"role {code}")
        return int(role_id)

    async def department_id(self, code: str) -> int:
        dept_id = await self.session.scalar(select(Department.id).where(Department.code == code))
        if dept_id is None:
            raise LookupError(f"department {code}")
        return int(dept_id)

    async def create_employee_user(
        self,
        *,
        first_name: str,
        last_name: str,
        username: str,
        password_hash: str,
        department_id: int,
        role_id: int,
        now: datetime,
    ) -> User:
        employee = Employee(first_name=first_name, last_name=last_name, is_active=True)
        self.session.add(employee)
        await self.session.flush()
        self.session.add(EmployeeDepartment(employee_id=employee.id, department_id=department_id))
        user = User(
            employee_id=employee.id,
            username=username,
            password_hash=password_hash,
            is_active=True,
            must_change_password=False,
            password_changed_at=now,
        )
        self.session.add(user)
        await self.session.flush()
        self.session.add(UserRole(user_id=user.id, role_id=role_id, department_id=None))
        await self.session.flush()
        return user
