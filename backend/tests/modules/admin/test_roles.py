"""``/api/v1/admin/roles`` and ``/permissions``: grants, custom roles, global invalidation."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.modules.auth.authz import AuthzCache
from app.seed.data.permissions import PERMISSIONS
from tests.fixtures.auth import MakeUser, Subject
from tests.modules.admin.helpers import audit_rows

URL = "/api/v1/admin/roles"


@pytest.fixture
async def admin(make_user: MakeUser) -> Subject:
    return await make_user(roles=[("admin", None)])


async def role_by_code(client: httpx.AsyncClient, admin: Subject, code: str) -> dict[str, Any]:
    r = await client.get(URL, headers=admin.headers)
    assert r.status_code == 200
    role: dict[str, Any] = next(x for x in r.json() if x["code"] == code)
    return role


async def test_only_admin_roles_holders(client: httpx.AsyncClient, make_user: MakeUser) -> None:
    assert (await client.get(URL)).status_code == 401
    manager = await make_user(roles=[("gerente", "administracion")], departments=[("administracion", True)])
    for method, path in [
        ("GET", URL),
        ("POST", URL),
        ("PUT", f"{URL}/1/permissions"),
        ("DELETE", f"{URL}/1"),
    ]:
        r = await client.request(method, path, json=[] if method == "PUT" else {}, headers=manager.headers)
        assert r.status_code == 403, (method, path)
    assert (await client.get("/api/v1/admin/permissions", headers=manager.headers)).status_code == 403


async def test_list_shows_grants_by_department_and_holders(client: httpx.AsyncClient, admin: Subject) -> None:
    gerente = await role_by_code(client, admin, "gerente")
    assert gerente["is_system"] is True
    assert {"permission": "payments.*", "department": "cobranza"} in gerente["grants"]
    assert {"permission": "hr.manage", "department": None} in gerente["grants"]
    admin_role = await role_by_code(client, admin, "admin")
    assert admin_role["grants"] == [{"permission": "*", "department": None}]
    assert admin_role["holders"] >= 1
    r = await client.get(f"{URL}/{gerente['id']}", headers=admin.headers)
    assert r.json() == gerente
    assert (await client.get(f"{URL}/32000", headers=admin.headers)).json()["error"] == "ROLE_NOT_FOUND"


async def test_permission_catalogue(client: httpx.AsyncClient, admin: Subject) -> None:
    r = await client.get("/api/v1/admin/permissions", headers=admin.headers)
    assert r.status_code == 200
    codes = {p["code"] for p in r.json()}
    assert codes == {p.code for p in PERMISSIONS}
    payments_edit = next(p for p in r.json() if p["code"] == "payments.edit")
    assert payments_edit == {"code": "payments.edit", "module": "payments", "description": "Editar pagos"}


async def test_custom_role_lifecycle(
    client: httpx.AsyncClient, admin: Subject, make_user: MakeUser, session: AsyncSession, redis: Redis
) -> None:
    global_version = (await AuthzCache(redis).versions(admin.user_id))[0]
    body = {
        "code": "Caja",
        "name": "Caja",
        "description": "Recibe efectivo en ventanilla",
        "grants": [{"permission": "cash.confirm", "department": "cobranza"}, {"permission": "payments.read"}],
    }
    r = await client.post(URL, json=body, headers=admin.headers)
    assert r.status_code == 201, r.text
    role = r.json()
    assert (role["code"], role["is_system"], role["holders"]) == ("caja", False, 0)
    assert role["grants"] == [
        {"permission": "cash.confirm", "department": "cobranza"},
        {"permission": "payments.read", "department": None},
    ]
    assert (await AuthzCache(redis).versions(admin.user_id))[0] == global_version + 1
    assert (await client.post(URL, json=body, headers=admin.headers)).json()["error"] == "ROLE_CODE_TAKEN"
    r = await client.post(URL, json={**body, "code": "1-mal"}, headers=admin.headers)
    assert r.json()["fields"] == {"code": "El formato no es válido."}

    r = await client.patch(f"{URL}/{role['id']}", json={"name": "Caja general"}, headers=admin.headers)
    assert r.json()["name"] == "Caja general"
    assert (
        await client.patch(f"{URL}/{role['id']}", json={"name": None}, headers=admin.headers)
    ).status_code == 422
    assert (
        await client.patch(f"{URL}/{role['id']}", json={"code": "x"}, headers=admin.headers)
    ).status_code == 422

    # a user holding it cannot lose it by deletion
    cashier = await make_user(departments=[("cobranza", False)])
    r = await client.put(
        f"/api/v1/admin/users/{cashier.user_id}/roles",
        json=[{"role": "caja", "department": "cobranza"}],
        headers=admin.headers,
    )
    assert r.status_code == 200, r.text
    assert (await client.delete(f"{URL}/{role['id']}", headers=admin.headers)).json()[
        "error"
    ] == "ROLE_IN_USE"
    await client.put(f"/api/v1/admin/users/{cashier.user_id}/roles", json=[], headers=admin.headers)
    assert (await client.delete(f"{URL}/{role['id']}", headers=admin.headers)).status_code == 204
    assert (await client.get(f"{URL}/{role['id']}", headers=admin.headers)).status_code == 404
    actions = [row.action for row in await audit_rows(session, table="role", record_id=role["id"])]
    assert actions == ["insert", "update", "delete"]


async def test_system_roles_cannot_be_deleted_and_admin_keeps_its_wildcard(
    client: httpx.AsyncClient, admin: Subject
) -> None:
    gerente = await role_by_code(client, admin, "gerente")
    r = await client.delete(f"{URL}/{gerente['id']}", headers=admin.headers)
    assert (r.status_code, r.json()["error"]) == (409, "ROLE_IS_SYSTEM")
    admin_role = await role_by_code(client, admin, "admin")
    r = await client.put(
        f"{URL}/{admin_role['id']}/permissions", json=[{"permission": "admin.*"}], headers=admin.headers
    )
    assert (r.status_code, r.json()["error"]) == (409, "ADMIN_WILDCARD_REQUIRED")
    r = await client.put(
        f"{URL}/{admin_role['id']}/permissions",
        json=[{"permission": "*", "department": "cobranza"}],
        headers=admin.headers,
    )
    assert r.json()["error"] == "ADMIN_WILDCARD_REQUIRED"


async def test_replacing_grants_takes_effect_for_every_holder_on_the_next_request(
    client: httpx.AsyncClient, admin: Subject, make_user: MakeUser, session: AsyncSession
) -> None:
    clerk = await make_user(roles=[("auxiliar", "cobranza")], departments=[("cobranza", False)])
    other = await make_user(roles=[("auxiliar", "ventas")], departments=[("ventas", False)])
    assert (await client.get("/api/v1/employees", headers=clerk.headers)).status_code == 403  # warm the cache
    auxiliar = await role_by_code(client, admin, "auxiliar")
    url = f"{URL}/{auxiliar['id']}/permissions"
    body = [*auxiliar["grants"], {"permission": "hr.manage", "department": "cobranza"}]
    r = await client.put(url, json=body, headers=admin.headers)
    assert r.status_code == 200, r.text
    assert {"permission": "hr.manage", "department": "cobranza"} in r.json()["grants"]
    assert (await client.get("/api/v1/employees", headers=clerk.headers)).status_code == 200
    assert (
        await client.get("/api/v1/employees", headers=other.headers)
    ).status_code == 403  # other department
    assert (await client.put(url, json=body, headers=admin.headers)).json() == r.json()  # idempotent
    [row] = await audit_rows(session, table="role_permission", record_id=auxiliar["id"])
    assert row.before is not None
    assert row.after is not None
    assert len(row.after["grants"]) == len(row.before["grants"]) + 1

    r = await client.put(url, json=auxiliar["grants"], headers=admin.headers)
    assert r.json()["grants"] == auxiliar["grants"]
    assert (await client.get("/api/v1/employees", headers=clerk.headers)).status_code == 403

    r = await client.put(
        url,
        json=[
            {"permission": "volar"},
            {"permission": "tow.read", "department": "luna"},
            {"permission": "volar"},
        ],
        headers=admin.headers,
    )
    assert r.json()["fields"] == {
        "0.permission": "Permiso desconocido.",
        "1.department": "Departamento desconocido.",
        "2": "Permiso repetido.",
        "2.permission": "Permiso desconocido.",
    }
