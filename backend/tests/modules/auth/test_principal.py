"""The per-request principal: token -> live session -> cached effective permissions."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

import httpx
import pytest
from fastapi import FastAPI
from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.database import UnitOfWork, get_session
from app.main import create_app
from app.models import EmployeePermissionOverride, Permission, User
from app.models.enums import PermissionEffect
from app.modules.auth.authz import AuthzCache
from app.modules.auth.dependencies import Principal, authenticated_router, require_permission
from app.modules.auth.sessions import SessionStore
from tests.fixtures.auth import MakeUser

probe = authenticated_router(prefix="/api/v1/_authz", tags=["probe"])


@probe.get("/payments-edit")
async def payments_edit(
    principal: Annotated[Principal, require_permission("payments.edit")],
) -> dict[str, object]:
    return {"user": principal.user_id, "admin": principal.is_admin}


@pytest.fixture(scope="module")
def authz_app(database_url: str) -> FastAPI:
    app = create_app()
    app.include_router(probe)
    return app


@pytest.fixture
async def http(authz_app: FastAPI, session: AsyncSession) -> AsyncIterator[httpx.AsyncClient]:
    async def override() -> AsyncIterator[AsyncSession]:
        async with UnitOfWork(session):
            yield session

    authz_app.dependency_overrides[get_session] = override
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=authz_app), base_url="http://t") as c:
        yield c
    authz_app.dependency_overrides.clear()


async def test_no_token_is_401(http: httpx.AsyncClient) -> None:
    r = await http.get("/api/v1/_authz/payments-edit")
    assert r.status_code == 401
    assert r.json()["error"] == "NOT_AUTHENTICATED"


async def test_role_in_department_grants_and_others_are_403(
    http: httpx.AsyncClient, make_user: MakeUser
) -> None:
    aux = await make_user(roles=[("auxiliar", "cobranza")], departments=[("cobranza", False)])
    seller = await make_user(roles=[("vendedor", "ventas")], departments=[("ventas", False)], is_seller=True)
    admin = await make_user(roles=[("admin", None)])
    assert (await http.get("/api/v1/_authz/payments-edit", headers=aux.headers)).status_code == 200
    r = await http.get("/api/v1/_authz/payments-edit", headers=seller.headers)
    assert r.status_code == 403
    assert r.json()["error"] == "FORBIDDEN"
    r = await http.get("/api/v1/_authz/payments-edit", headers=admin.headers)
    assert r.json() == {"user": admin.user_id, "admin": True}


async def test_gerente_gets_only_the_grants_of_the_department_they_hold_it_in(
    http: httpx.AsyncClient, make_user: MakeUser
) -> None:
    cobranza = await make_user(roles=[("gerente", "cobranza")], departments=[("cobranza", True)])
    ventas = await make_user(roles=[("gerente", "ventas")], departments=[("ventas", True)])
    assert (await http.get("/api/v1/_authz/payments-edit", headers=cobranza.headers)).status_code == 200
    assert (await http.get("/api/v1/_authz/payments-edit", headers=ventas.headers)).status_code == 403


async def test_revoke_override_takes_effect_on_the_next_request(
    http: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, redis: Redis
) -> None:
    aux = await make_user(roles=[("auxiliar", "cobranza")], departments=[("cobranza", False)])
    assert (await http.get("/api/v1/_authz/payments-edit", headers=aux.headers)).status_code == 200
    perm = await session.scalar(select(Permission).where(Permission.code == "payments.edit"))
    assert perm is not None
    session.add(
        EmployeePermissionOverride(
            employee_id=aux.employee_id,
            permission_id=perm.id,
            effect=PermissionEffect.REVOKE,
            reason="prueba",
        )
    )
    await session.flush()
    await AuthzCache(redis).bump_user_now(aux.user_id)
    assert (await http.get("/api/v1/_authz/payments-edit", headers=aux.headers)).status_code == 403


async def test_deactivated_user_and_killed_session_are_refused_at_once(
    http: httpx.AsyncClient, make_user: MakeUser, session: AsyncSession, redis: Redis
) -> None:
    aux = await make_user(roles=[("auxiliar", "cobranza")], departments=[("cobranza", False)])
    other = await make_user(roles=[("auxiliar", "cobranza")], departments=[("cobranza", False)])
    user = await session.get(User, aux.user_id)
    assert user is not None
    user.is_active = False
    await session.flush()
    await AuthzCache(redis).bump_user_now(aux.user_id)
    r = await http.get("/api/v1/_authz/payments-edit", headers=aux.headers)
    assert (r.status_code, r.json()["error"]) == (401, "USER_INACTIVE")

    await SessionStore(redis).kill(other.session_id)
    r = await http.get("/api/v1/_authz/payments-edit", headers=other.headers)
    assert (r.status_code, r.json()["error"]) == (401, "SESSION_REVOKED")
