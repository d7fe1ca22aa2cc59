"""Sessions of anyone, the audit log and the access exceptions."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.enums import SessionKind
from app.modules.auth.sessions import SessionStore
from tests.fixtures.auth import MakeUser, Subject, mint
from tests.modules.admin.helpers import audit_rows

ADMIN = "/api/v1/admin"


@pytest.fixture
async def admin(make_user: MakeUser) -> Subject:
    return await make_user(roles=[("admin", None)])


async def test_sessions_list_revoke_one_and_revoke_all(
    client: httpx.AsyncClient, admin: Subject, make_user: MakeUser, session: AsyncSession, redis: Redis
) -> None:
    collector = await make_user(
        roles=[("cobrador", "cobranza")],
        departments=[("cobranza", False)],
        is_collector=True,
        kind=SessionKind.MOBILE,
    )
    web = await mint(session, redis, Subject(collector.user_id, collector.employee_id, collector.username))
    await session.commit()

    r = await client.get(f"{ADMIN}/sessions", params={"user_id": collector.user_id}, headers=admin.headers)
    assert r.status_code == 200, r.text
    items = r.json()["items"]
    assert {i["id"] for i in items} == {collector.session_id, web.session_id}
    assert {i["kind"] for i in items} == {"web", "mobile"}
    mobile = next(i for i in items if i["kind"] == "mobile")
    assert (mobile["app_type"], mobile["active"], mobile["username"]) == (
        "collector",
        True,
        collector.username,
    )
    r = await client.get(
        f"{ADMIN}/sessions", params={"user_id": collector.user_id, "kind": "web"}, headers=admin.headers
    )
    assert [i["id"] for i in r.json()["items"]] == [web.session_id]

    assert (
        await client.delete(f"{ADMIN}/sessions/{web.session_id}", headers=admin.headers)
    ).status_code == 204
    assert (
        await client.delete(f"{ADMIN}/sessions/{web.session_id}", headers=admin.headers)
    ).status_code == 204
    assert not await SessionStore(redis).is_alive(web.session_id)
    assert await SessionStore(redis).is_alive(collector.session_id)  # the other device is untouched
    r = await client.get(
        f"{ADMIN}/sessions", params={"user_id": collector.user_id, "active": "false"}, headers=admin.headers
    )
    [revoked] = r.json()["items"]
    assert (revoked["id"], revoked["revoked_reason"], revoked["active"]) == (
        web.session_id,
        "admin_revoke",
        False,
    )
    rows = await audit_rows(session, table="auth_session", record_id=web.session_id)
    assert [(row.action, row.user_id) for row in rows] == [("session_revoked", admin.user_id)]

    r = await client.delete(f"{ADMIN}/sessions/{uuid.uuid4()}", headers=admin.headers)
    assert (r.status_code, r.json()["error"]) == (404, "SESSION_NOT_FOUND")
    assert (await client.delete(f"{ADMIN}/sessions/no-es-uuid", headers=admin.headers)).status_code == 422

    r = await client.post(f"{ADMIN}/users/{collector.user_id}/sessions/revoke-all", headers=admin.headers)
    assert r.json() == {"sessions_revoked": 1}
    assert (await client.get("/api/v1/employees", headers=collector.headers)).json()[
        "error"
    ] == "SESSION_REVOKED"


async def test_sessions_need_admin_sessions(client: httpx.AsyncClient, make_user: MakeUser) -> None:
    manager = await make_user(roles=[("gerente", "cobranza")], departments=[("cobranza", True)])
    assert (await client.get(f"{ADMIN}/sessions", headers=manager.headers)).status_code == 403
    r = await client.delete(f"{ADMIN}/sessions/{manager.session_id}", headers=manager.headers)
    assert r.status_code == 403
    r = await client.post(f"{ADMIN}/users/{manager.user_id}/sessions/revoke-all", headers=manager.headers)
    assert r.status_code == 403


async def test_audit_log_is_the_history_of_a_record(
    client: httpx.AsyncClient, admin: Subject, make_user: MakeUser
) -> None:
    r = await client.post(
        "/api/v1/employees", json={"first_name": "Eva", "last_name": "Ruiz"}, headers=admin.headers
    )
    employee_id = r.json()["id"]
    await client.patch(
        f"/api/v1/employees/{employee_id}", json={"phone": "3312121212"}, headers=admin.headers
    )
    await client.patch(
        f"/api/v1/employees/{employee_id}", json={"phone": "3313131313"}, headers=admin.headers
    )

    params = {"table": "employee", "record_id": str(employee_id)}
    r = await client.get(f"{ADMIN}/audit", params=params, headers=admin.headers)
    assert r.status_code == 200, r.text
    page = r.json()
    assert page["total"] == 3
    assert [e["action"] for e in page["items"]] == ["update", "update", "insert"]  # newest first
    newest = page["items"][0]
    assert (newest["before"], newest["after"]) == ({"phone": "3312121212"}, {"phone": "3313131313"})
    assert (newest["user_id"], newest["username"]) == (admin.user_id, admin.username)
    assert newest["request_id"]

    r = await client.get(f"{ADMIN}/audit", params={**params, "action": "insert"}, headers=admin.headers)
    assert r.json()["total"] == 1
    r = await client.get(f"{ADMIN}/audit", params={**params, "user_id": 999999}, headers=admin.headers)
    assert r.json()["total"] == 0
    today = datetime.now(UTC).date()
    r = await client.get(
        f"{ADMIN}/audit",
        params={
            **params,
            "date_from": str(today - timedelta(days=1)),
            "date_to": str(today + timedelta(days=1)),
        },
        headers=admin.headers,
    )
    assert r.json()["total"] == 3
    r = await client.get(
        f"{ADMIN}/audit",
        params={**params, "date_from": str(today + timedelta(days=2))},
        headers=admin.headers,
    )
    assert r.json()["total"] == 0
    r = await client.get(
        f"{ADMIN}/audit", params={"date_from": "2026-02-01", "date_to": "2026-01-01"}, headers=admin.headers
    )
    assert r.status_code == 422
    assert r.json()["fields"]["body"] == "La fecha final no puede ser anterior a la inicial."

    manager = await make_user(roles=[("gerente", "cobranza")], departments=[("cobranza", True)])
    assert (await client.get(f"{ADMIN}/audit", headers=manager.headers)).status_code == 403


async def test_access_exceptions(
    client: httpx.AsyncClient, admin: Subject, make_user: MakeUser, session: AsyncSession
) -> None:
    clerk = await make_user(roles=[("auxiliar", "cobranza")], departments=[("cobranza", False)])
    now = datetime.now(UTC)
    body = {
        "user_id": clerk.user_id,
        "starts_at": (now - timedelta(hours=1)).isoformat(),
        "ends_at": (now + timedelta(hours=4)).isoformat(),
        "reason": "Cierre de mes desde casa",
    }
    r = await client.post(f"{ADMIN}/access-exceptions", json=body, headers=admin.headers)
    assert r.status_code == 201, r.text
    created = r.json()
    assert (created["granted_by_user_id"], created["revoked_at"]) == (admin.user_id, None)

    r = await client.get(
        f"{ADMIN}/access-exceptions",
        params={"user_id": clerk.user_id, "active": "true"},
        headers=admin.headers,
    )
    assert [e["id"] for e in r.json()["items"]] == [created["id"]]

    assert (
        await client.delete(f"{ADMIN}/access-exceptions/{created['id']}", headers=admin.headers)
    ).status_code == 204
    assert (
        await client.delete(f"{ADMIN}/access-exceptions/{created['id']}", headers=admin.headers)
    ).status_code == 204
    r = await client.get(
        f"{ADMIN}/access-exceptions",
        params={"user_id": clerk.user_id, "active": "true"},
        headers=admin.headers,
    )
    assert r.json()["items"] == []
    actions = [
        row.action for row in await audit_rows(session, table="access_exception", record_id=created["id"])
    ]
    assert actions == ["insert", "revoke"]
    assert (
        await client.delete(f"{ADMIN}/access-exceptions/999999", headers=admin.headers)
    ).status_code == 404

    bad: list[tuple[dict[str, Any], dict[str, str]]] = [
        ({"ends_at": body["starts_at"]}, {"ends_at": "El fin debe ser posterior al inicio."}),
        (
            {"ends_at": (now + timedelta(days=40)).isoformat()},
            {"ends_at": "Una excepción dura como máximo 31 días."},
        ),
        (
            {
                "starts_at": (now - timedelta(days=3)).isoformat(),
                "ends_at": (now - timedelta(days=2)).isoformat(),
            },
            {"ends_at": "La excepción ya habría terminado."},
        ),
        ({"user_id": 999999999}, {"user_id": "Usuario desconocido."}),
        ({"starts_at": "2026-12-01T09:00:00"}, {"starts_at": "La fecha y hora deben incluir zona horaria."}),
        ({"reason": ""}, {"reason": "Debe tener al menos 3 caracteres."}),
    ]
    for change, fields in bad:
        r = await client.post(f"{ADMIN}/access-exceptions", json={**body, **change}, headers=admin.headers)
        assert (r.status_code, r.json()["fields"]) == (422, fields), change

    manager = await make_user(roles=[("gerente", "cobranza")], departments=[("cobranza", True)])
    r = await client.post(f"{ADMIN}/access-exceptions", json=body, headers=manager.headers)
    assert r.status_code == 403
