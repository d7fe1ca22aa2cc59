"""Operations CLI of the auth module: keys, create-admin, reset-2fa, sessions list / revoke.

The commands run in-process (typer's runner, in a worker thread because each command owns its
event loop with ``asyncio.run``) against this worker's database, with real commits.
"""

from __future__ import annotations

import asyncio
import stat
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from typer.testing import CliRunner, Result

from app import cli as cli_module
from app.core.clock import FrozenClock
from app.core.config import get_settings
from app.core.security import JWT_KEY_FILE, TOTP_KEY_FILE, verify_password
from app.models import AuditLog, Department, EmployeeDepartment, Role, User, UserRole
from app.models.auth import AuthSession
from app.modules.auth import totp
from app.modules.auth.dependencies import session_state_key
from tests.fixtures.auth import mint
from tests.modules.auth.support import committed_user, login, reset_auth_state

runner = CliRunner()


async def _invoke(args: list[str], env: dict[str, str] | None = None) -> Result:
    return await asyncio.to_thread(runner.invoke, cli_module.cli, args, env=env)


@pytest.fixture
async def committed(
    committing_sessionmaker: async_sessionmaker[AsyncSession], redis: Redis
) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    await reset_auth_state(redis)
    yield committing_sessionmaker
    await reset_auth_state(redis)


async def test_create_admin_then_its_first_login_asks_for_2fa_enrolment(
    committed: async_sessionmaker[AsyncSession], committing_client: httpx.AsyncClient, clock: FrozenClock
) -> None:
    args = ["create-admin", "--username", "director", "--first-name", "Laura", "--last-name", "Zamora"]
    weak = await _invoke(args, env={"PROTEGRT_ADMIN_PASSWORD": "director2026"})
    assert weak.exit_code == 1
    assert "mayúscula" in weak.output and "nombre de usuario" in weak.output

    result = await _invoke(args, env={"PROTEGRT_ADMIN_PASSWORD": "Cedro-Azul-2026"})
    assert result.exit_code == 0, result.output
    assert "Administrador «director» creado" in result.output
    again = await _invoke(args, env={"PROTEGRT_ADMIN_PASSWORD": "Cedro-Azul-2026"})
    assert again.exit_code == 1 and "Ya existe" in again.output

    async with committed() as session:
        user = await session.scalar(select(User).where(User.username == "director"))
        assert user is not None
        assert (await verify_password("Cedro-Azul-2026", user.password_hash))[0]
        assert user.must_change_password is False and user.totp_enabled is False
        roles = (
            await session.execute(
                select(Role.code, UserRole.department_id).join(UserRole).where(UserRole.user_id == user.id)
            )
        ).all()
        assert [tuple(r) for r in roles] == [("admin", None)]
        dept = await session.scalar(
            select(Department.code)
            .join(EmployeeDepartment)
            .where(EmployeeDepartment.employee_id == user.employee_id)
        )
        assert dept == "administracion"
        audit = await session.scalar(
            select(AuditLog).where(AuditLog.action == "admin_created", AuditLog.record_id == str(user.id))
        )
        assert audit is not None and audit.request_id == "cli:create-admin"

    r = await login(committing_client, "director", "Cedro-Azul-2026")
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "enrollment_required"


async def test_reset_2fa_disables_it_and_closes_every_session(
    committed: async_sessionmaker[AsyncSession], redis: Redis, known_password_hash: str, clock: FrozenClock
) -> None:
    subject = await committed_user(
        committed, redis, known_password_hash, totp_secret=totp.new_secret(), login=True, now=clock.now()
    )
    result = await _invoke(["reset-2fa", subject.username])
    assert result.exit_code == 0, result.output
    assert "sesiones cerradas: 1" in result.output
    assert not await redis.exists(session_state_key(subject.session_id))
    async with committed() as session:
        user = await session.get(User, subject.user_id)
        assert user is not None
        assert (user.totp_enabled, user.totp_secret_encrypted) == (False, None)
        actions = (
            await session.scalars(select(AuditLog.action).where(AuditLog.record_id == str(subject.user_id)))
        ).all()
        assert "totp_reset" in actions
    missing = await _invoke(["reset-2fa", "no.existe"])
    assert missing.exit_code == 1 and "No existe el usuario" in missing.output


async def test_sessions_list_and_revoke(
    committed: async_sessionmaker[AsyncSession], redis: Redis, known_password_hash: str, clock: FrozenClock
) -> None:
    subject = await committed_user(committed, redis, known_password_hash, login=True, now=clock.now())
    first = subject.session_id
    async with committed() as session:
        await mint(session, redis, subject, now=clock.now())
        await session.commit()
    second = subject.session_id

    listed = await _invoke(["sessions", "list", subject.username])
    assert listed.exit_code == 0, listed.output
    assert first in listed.output and second in listed.output

    revoked = await _invoke(["sessions", "revoke", first])
    assert revoked.exit_code == 0 and "Sesión cerrada." in revoked.output
    assert not await redis.exists(session_state_key(first))
    assert "ya estaba cerrada" in (await _invoke(["sessions", "revoke", first])).output

    everything = await _invoke(["sessions", "revoke", "--user", subject.username])
    assert everything.exit_code == 0 and f"«{subject.username}»: 1" in everything.output
    assert "No hay sesiones abiertas." in (await _invoke(["sessions", "list", subject.username])).output
    async with committed() as session:
        reasons = (
            await session.scalars(
                select(AuthSession.revoked_reason).where(AuthSession.user_id == subject.user_id)
            )
        ).all()
        assert sorted(reasons) == ["cli", "cli"]
    assert (await _invoke(["sessions", "revoke"])).exit_code == 2


def test_keys_generate_writes_private_files_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = get_settings().model_copy(
        update={"data_dir": tmp_path, "jwt_private_key": None, "totp_encryption_key": None}
    )
    monkeypatch.setattr(cli_module, "get_settings", lambda: settings)
    result = runner.invoke(cli_module.cli, ["keys", "generate"])
    assert result.exit_code == 0, result.output
    assert "kid de la llave de tokens" in result.output
    for name in (JWT_KEY_FILE, TOTP_KEY_FILE):
        path = tmp_path / "keys" / name
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    before = (tmp_path / "keys" / JWT_KEY_FILE).read_bytes()
    again = runner.invoke(cli_module.cli, ["keys", "generate"])
    assert "ya existen" in again.output
    assert (tmp_path / "keys" / JWT_KEY_FILE).read_bytes() == before
    forced = runner.invoke(cli_module.cli, ["keys", "generate", "--force"])
    assert forced.exit_code == 0 and (tmp_path / "keys" / JWT_KEY_FILE).read_bytes() != before

    production = settings.model_copy(update={"environment": "production"})
    monkeypatch.setattr(cli_module, "get_settings", lambda: production)
    refused = runner.invoke(cli_module.cli, ["keys", "generate"])
    assert refused.exit_code == 1 and "En producción" in refused.output


def test_prepare_creates_missing_dev_keys_but_not_when_they_come_from_the_environment(tmp_path: Path) -> None:
    base = get_settings().model_copy(update={"data_dir": tmp_path})
    assert cli_module.ensure_dev_keys(base) == []  # the test run's keys come from the environment
    bare = base.model_copy(update={"jwt_private_key": None, "totp_encryption_key": None})
    assert sorted(Path(p).name for p in cli_module.ensure_dev_keys(bare)) == sorted(
        [JWT_KEY_FILE, TOTP_KEY_FILE]
    )
    assert cli_module.ensure_dev_keys(bare) == []
    assert cli_module.ensure_dev_keys(bare.model_copy(update={"environment": "production"})) == []


def test_demo_logins_prints_the_totp_secrets_of_admin_and_gerentes() -> None:
    from app.demo.logins import DEMO_SEED, demo_totp_secret

    result = runner.invoke(cli_module.cli, ["demo-logins"])
    assert result.exit_code == 0
    lines = {
        line.split()[0]: line for line in result.output.splitlines() if line.startswith("  ") and line.split()
    }
    assert demo_totp_secret(DEMO_SEED, "admin") in lines["admin"]
    assert demo_totp_secret(DEMO_SEED, "gerente.cobranza") in lines["gerente.cobranza"]
    assert len(lines["cobrador1"].split()) == 5  # no secret for field roles
