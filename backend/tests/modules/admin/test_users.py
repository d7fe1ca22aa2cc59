"""``/api/v1/admin/users``: logins, activation, resets, roles and overrides."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from redis.asyncio import Redis
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.security import encrypt_secret, verify_password
from app.models import AuthSession, Employee, User, UserBackupCode
from app.modules.auth.authz import AuthzCache
from app.modules.auth.sessions import SessionStore
from tests.fixtures.auth import MakeUser, Subject, mint
from tests.modules.admin.helpers import audit_rows

URL = "/api/v1/admin/users"


@pytest.fixture
async def admin(make_user: MakeUser) -> Subject:
    return await make_user(roles=[("admin", None)])


async def new_employee(session: AsyncSession, **values: Any) -> Employee:
    employee = Employee(first_name="Laura", last_name="Gómez", **values)
    session.add(employee)
    await session.commit()
    return employee


async def test_routes_need_a_session_and_admin_users(client: httpx.AsyncClient, make_user: MakeUser) -> None:
    assert (await client.get(URL)).status_code == 401
    assert (await client.post(f"{URL}/1/reset-password")).status_code == 401
    manager = await make_user(roles=[("gerente", "administracion")], departments=[("administracion", True)])
    for method, path in [
        ("GET", URL),
        ("POST", URL),
        ("GET", f"{URL}/{manager.user_id}"),
        ("POST", f"{URL}/{manager.user_id}/deactivate"),
        ("POST", f"{URL}/{manager.user_id}/reset-password"),
        ("POST", f"{URL}/{manager.user_id}/reset-2fa"),
        ("PUT", f"{URL}/{manager.user_id}/roles"),
        ("PUT", f"{URL}/{manager.user_id}/overrides"),
    ]:
        r = await client.request(method, path, json=[] if method == "PUT" else {}, headers=manager.headers)
        assert (r.status_code, r.json()["error"]) == (403, "FORBIDDEN"), (method, path)


async def test_create_login_for_an_employee(
    client: httpx.AsyncClient, admin: Subject, session: AsyncSession
) -> None:
    employee = await new_employee(session)
    r = await client.post(
        URL,
        json={"employee_id": employee.id, "username": "  LGomez ", "password": "Tonala.Verde47"},
        headers=admin.headers,
    )
    assert r.status_code == 201, r.text
    data = r.json()
    assert (data["username"], data["must_change_password"], data["is_active"]) == ("lgomez", True, True)
    assert data["temporary_password"] is None  # the admin chose it: never echoed back
    assert data["employee"]["id"] == employee.id
    user = await session.get(User, data["id"])
    assert user is not None
    assert (await verify_password("Tonala.Verde47", user.password_hash))[0]
    rows = await audit_rows(session, table="app_user", record_id=data["id"], action="insert")
    assert len(rows) == 1
    assert rows[0].user_id == admin.user_id
    assert "password" not in str(rows[0].after).lower().replace("must_change_password", "")

    # the same username in other letters, or a second login for the employee: 409 with a clear code
    other = await new_employee(session)
    r = await client.post(URL, json={"employee_id": other.id, "username": "LGOMEZ"}, headers=admin.headers)
    assert (r.status_code, r.json()["error"]) == (409, "USERNAME_TAKEN")
    r = await client.post(URL, json={"employee_id": employee.id, "username": "laura2"}, headers=admin.headers)
    assert (r.status_code, r.json()["error"]) == (409, "EMPLOYEE_HAS_USER")


async def test_generated_password_is_returned_once_and_meets_the_policy(
    client: httpx.AsyncClient, admin: Subject, session: AsyncSession
) -> None:
    employee = await new_employee(session)
    r = await client.post(
        URL, json={"employee_id": employee.id, "username": "laura.g"}, headers=admin.headers
    )
    assert r.status_code == 201
    password = r.json()["temporary_password"]
    assert len(password) == 12
    assert any(c.isupper() for c in password)
    assert any(c.isdigit() for c in password)
    user = await session.get(User, r.json()["id"])
    assert user is not None
    assert (await verify_password(password, user.password_hash))[0]
    detail = await client.get(f"{URL}/{user.id}", headers=admin.headers)
    assert "temporary_password" not in detail.json()


async def test_create_validation(client: httpx.AsyncClient, admin: Subject, session: AsyncSession) -> None:
    employee = await new_employee(session)
    r = await client.post(
        URL,
        json={"employee_id": employee.id, "username": "laura", "password": "password"},
        headers=admin.headers,
    )
    assert (r.status_code, r.json()["error"]) == (422, "PASSWORD_TOO_WEAK")
    assert "mayúscula" in r.json()["fields"]["password"]
    r = await client.post(URL, json={"employee_id": employee.id, "username": "a b"}, headers=admin.headers)
    assert r.json()["fields"] == {"username": "El formato no es válido."}
    r = await client.post(
        URL, json={"employee_id": employee.id, "username": "laura", "is_admin": True}, headers=admin.headers
    )
    assert r.json()["fields"] == {"is_admin": "Campo no permitido."}
    r = await client.post(URL, json={"employee_id": 999999999, "username": "nadie"}, headers=admin.headers)
    assert (r.status_code, r.json()["fields"]) == (422, {"employee_id": "Empleado desconocido."})
    gone = await new_employee(session, is_active=False)
    r = await client.post(URL, json={"employee_id": gone.id, "username": "baja"}, headers=admin.headers)
    assert (r.status_code, r.json()["error"]) == (409, "EMPLOYEE_INACTIVE")


async def test_list_and_filters(client: httpx.AsyncClient, admin: Subject, make_user: MakeUser) -> None:
    manager = await make_user(
        roles=[("gerente", "cobranza")], departments=[("cobranza", True)], username="ger.cob"
    )
    seller = await make_user(roles=[("vendedor", "ventas")], departments=[("ventas", False)], is_seller=True)
    gone = await make_user(roles=[("auxiliar", "cobranza")], departments=[("cobranza", False)], active=False)

    async def ids(**params: Any) -> set[int]:
        r = await client.get(URL, params={"size": 100, **params}, headers=admin.headers)
        assert r.status_code == 200, r.text
        return {u["id"] for u in r.json()["items"]}

    assert {manager.user_id, seller.user_id, gone.user_id, admin.user_id} <= await ids()
    assert await ids(role="gerente") == {manager.user_id}
    assert await ids(department="cobranza") == {manager.user_id, gone.user_id}
    assert await ids(active="false") == {gone.user_id}
    assert await ids(q="GER.COB") == {manager.user_id}
    r = await client.get(f"{URL}/{manager.user_id}", headers=admin.headers)
    assert r.json()["roles"] == [{"role": "gerente", "role_name": "Gerente", "department": "cobranza"}]
    assert r.json()["employee"]["departments"] == ["cobranza"]
    assert (await client.get(f"{URL}/999999999", headers=admin.headers)).json()["error"] == "USER_NOT_FOUND"


async def test_deactivate_revokes_every_session_at_once(
    client: httpx.AsyncClient, admin: Subject, make_user: MakeUser, session: AsyncSession, redis: Redis
) -> None:
    manager = await make_user(roles=[("gerente", "cobranza")], departments=[("cobranza", True)])
    phone = await mint(session, redis, Subject(manager.user_id, manager.employee_id, manager.username))
    await session.commit()
    assert (await client.get("/api/v1/employees", headers=phone.headers)).status_code == 200

    r = await client.post(f"{URL}/{manager.user_id}/deactivate", headers=admin.headers)
    assert (r.status_code, r.json()["is_active"]) == (200, False)
    for who in (manager, phone):
        r = await client.get("/api/v1/employees", headers=who.headers)
        assert r.status_code == 401
        assert not await SessionStore(redis).is_alive(who.session_id)
    open_rows = await session.scalar(
        select(func.count())
        .select_from(AuthSession)
        .where(AuthSession.user_id == manager.user_id, AuthSession.revoked_at.is_(None))
    )
    assert open_rows == 0
    assert len(await audit_rows(session, table="auth_session", action="session_revoked")) == 2

    r = await client.post(f"{URL}/{admin.user_id}/deactivate", headers=admin.headers)
    assert (r.status_code, r.json()["error"]) == (409, "SELF_LOCKOUT")
    r = await client.post(f"{URL}/{manager.user_id}/activate", headers=admin.headers)
    assert r.json()["is_active"] is True
    # reactivation does not resurrect sessions: a new login is needed
    assert (await client.get("/api/v1/employees", headers=manager.headers)).status_code == 401


async def test_reset_password_forces_a_change_and_closes_sessions(
    client: httpx.AsyncClient, admin: Subject, make_user: MakeUser, session: AsyncSession
) -> None:
    clerk = await make_user(
        roles=[("gerente", "cobranza")], departments=[("cobranza", True)], username="clerk.r"
    )
    r = await client.post(f"{URL}/{clerk.user_id}/reset-password", headers=admin.headers)
    assert r.status_code == 200, r.text
    temporary = r.json()["temporary_password"]
    assert r.json()["sessions_revoked"] == 1
    assert (await client.get("/api/v1/employees", headers=clerk.headers)).status_code == 401
    user = await session.get(User, clerk.user_id)
    assert user is not None
    assert user.must_change_password is True
    assert (await verify_password(temporary, user.password_hash))[0]

    r = await client.post(
        f"{URL}/{clerk.user_id}/reset-password", json={"password": "Clerk.R2026x"}, headers=admin.headers
    )
    assert (r.status_code, r.json()["error"]) == (422, "PASSWORD_TOO_WEAK")  # contains the username
    r = await client.post(
        f"{URL}/{clerk.user_id}/reset-password", json={"password": "Temporal2026"}, headers=admin.headers
    )
    assert r.json() == {"temporary_password": None, "sessions_revoked": 0}
    rows = await audit_rows(session, table="app_user", record_id=clerk.user_id, action="password_reset")
    assert [row.after["generated"] for row in rows if row.after] == [True, False]


async def test_reset_2fa_deletes_secret_and_backup_codes(
    client: httpx.AsyncClient, admin: Subject, make_user: MakeUser, session: AsyncSession
) -> None:
    boss = await make_user(roles=[("gerente", "ventas")], departments=[("ventas", True)])
    user = await session.get(User, boss.user_id)
    assert user is not None
    user.totp_enabled = True
    user.totp_secret_encrypted = encrypt_secret("JBSWY3DPEHPK3PXP")
    user.totp_last_step = 123
    session.add_all([UserBackupCode(user_id=boss.user_id, code_hash=f"{i:064d}") for i in range(10)])
    await session.commit()

    r = await client.post(f"{URL}/{boss.user_id}/reset-2fa", headers=admin.headers)
    assert r.status_code == 200, r.text
    assert r.json()["totp_enabled"] is False
    session.expunge_all()
    user = await session.get(User, boss.user_id)
    assert user is not None
    assert (user.totp_secret_encrypted, user.totp_last_step) == (None, None)
    codes = await session.scalar(
        select(func.count()).select_from(UserBackupCode).where(UserBackupCode.user_id == boss.user_id)
    )
    assert codes == 0
    assert (await client.get("/api/v1/employees", headers=boss.headers)).status_code == 401
    [row] = await audit_rows(session, table="app_user", record_id=boss.user_id, action="totp_reset")
    assert row.after == {
        "totp_enabled": False,
        "has_secret": False,
        "backup_codes_deleted": 10,
        "sessions_revoked": 1,
    }


async def test_roles_put_replaces_validates_and_takes_effect_on_the_next_request(
    client: httpx.AsyncClient, admin: Subject, make_user: MakeUser, session: AsyncSession, redis: Redis
) -> None:
    clerk = await make_user(
        roles=[("auxiliar", "cobranza")], departments=[("cobranza", False), ("ventas", False)]
    )
    url = f"{URL}/{clerk.user_id}/roles"
    assert (await client.get("/api/v1/employees", headers=clerk.headers)).status_code == 403

    body = [{"role": "gerente", "department": "cobranza"}, {"role": "auxiliar", "department": None}]
    r = await client.put(url, json=body, headers=admin.headers)
    assert r.status_code == 200, r.text
    assert r.json()["roles"] == [
        {"role": "auxiliar", "role_name": "Auxiliar", "department": None},
        {"role": "gerente", "role_name": "Gerente", "department": "cobranza"},
    ]
    # gerente grants hr.manage: the very next request sees it, with the same token
    assert (await client.get("/api/v1/employees", headers=clerk.headers)).status_code == 200
    version = await AuthzCache(redis).versions(clerk.user_id)
    assert (await client.put(url, json=body, headers=admin.headers)).json() == r.json()  # idempotent
    assert await AuthzCache(redis).versions(clerk.user_id) == version
    [row] = await audit_rows(session, table="user_role", record_id=clerk.user_id)
    assert row.before == {"roles": [{"role": "auxiliar", "department": "cobranza"}]}
    assert row.user_id == admin.user_id

    r = await client.put(
        url,
        json=[
            {"role": "superhéroe"},
            {"role": "gerente", "department": "siniestros"},
            {"role": "gerente", "department": "marketing"},
            {"role": "auxiliar"},
            {"role": "auxiliar"},
        ],
        headers=admin.headers,
    )
    assert r.status_code == 422
    assert r.json()["fields"] == {
        "0.role": "Rol desconocido.",
        "1.department": "El empleado no pertenece a ese departamento.",
        "2.department": "Departamento desconocido.",
        "4": "Rol repetido.",
    }
    r = await client.put(url, json=[], headers=admin.headers)
    assert r.json()["roles"] == []
    assert (await client.get("/api/v1/employees", headers=clerk.headers)).status_code == 403

    r = await client.put(f"{URL}/{admin.user_id}/roles", json=[], headers=admin.headers)
    assert (r.status_code, r.json()["error"]) == (409, "SELF_LOCKOUT")


async def test_overrides_grant_and_revoke_with_reasons(
    client: httpx.AsyncClient, admin: Subject, make_user: MakeUser, session: AsyncSession
) -> None:
    manager = await make_user(roles=[("gerente", "cobranza")], departments=[("cobranza", True)])
    url = f"{URL}/{manager.user_id}/overrides"
    assert (await client.get(url, headers=admin.headers)).json() == []

    later = datetime.now(UTC) + timedelta(days=2)
    body = [
        {"permission": "hr.manage", "effect": "revoke", "reason": "Auditoría interna en curso"},
        {
            "permission": "admin.sessions",
            "effect": "grant",
            "reason": "Cubre a sistemas",
            "expires_at": later.isoformat(),
        },
    ]
    r = await client.put(url, json=body, headers=admin.headers)
    assert r.status_code == 200, r.text
    assert [(o["permission"], o["effect"], o["granted_by_user_id"]) for o in r.json()] == [
        ("admin.sessions", "grant", admin.user_id),
        ("hr.manage", "revoke", admin.user_id),
    ]
    assert (await client.get("/api/v1/employees", headers=manager.headers)).status_code == 403
    assert (await client.get("/api/v1/admin/sessions", headers=manager.headers)).status_code == 200
    assert (await client.put(url, json=body, headers=admin.headers)).json() == r.json()
    assert (
        len(await audit_rows(session, table="employee_permission_override", record_id=manager.employee_id))
        == 1
    )

    r = await client.put(
        url,
        json=[
            {"permission": "hr.manage", "effect": "revoke", "reason": ""},
            {"permission": "volar", "effect": "grant", "reason": "Porque sí"},
            {"permission": "payments.edit", "effect": "maybe", "reason": "Porque sí"},
            {
                "permission": "cash.read",
                "effect": "grant",
                "reason": "Ayer",
                "expires_at": "2020-01-01T00:00:00Z",
            },
        ],
        headers=admin.headers,
    )
    assert r.status_code == 422
    fields = r.json()["fields"]
    assert fields["0.reason"] == "Debe tener al menos 3 caracteres."
    assert fields["2.effect"].startswith("Valor no permitido. Opciones: 'grant'")
    r = await client.put(
        url,
        json=[
            {"permission": "volar", "effect": "grant", "reason": "Porque sí"},
            {
                "permission": "cash.read",
                "effect": "grant",
                "reason": "Ayer",
                "expires_at": "2020-01-01T00:00:00Z",
            },
        ],
        headers=admin.headers,
    )
    assert r.json()["fields"] == {
        "0.permission": "Permiso desconocido.",
        "1.expires_at": "La fecha de vencimiento debe ser futura.",
    }
    assert (await client.put(url, json=[], headers=admin.headers)).json() == []
    assert (await client.get("/api/v1/employees", headers=manager.headers)).status_code == 200
