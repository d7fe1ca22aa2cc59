"""``/api/v1/employees``: 401 / 403-or-404 / 422 / happy paths / audit / idempotency."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AuthSession, Municipality, User
from app.modules.auth.authz import AuthzCache
from app.modules.auth.sessions import SessionStore
from tests.fixtures.auth import MakeUser, Subject
from tests.modules.admin.helpers import audit_rows

URL = "/api/v1/employees"


@pytest.fixture
async def admin(make_user: MakeUser) -> Subject:
    return await make_user(roles=[("admin", None)])


def person(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "first_name": "María",
        "last_name": "Ramírez",
        "second_last_name": "López",
        "birth_date": "1990-05-17",
        "gender": "female",
        "phone": "33 1234 5678",
        "email": "maria.ramirez@protegrt.mx",
        "rfc": "rall900517ab1",
        "curp": "RALM900517MJCMPR09",
        "hire_date": "2020-01-15",
        "emergency_contact_name": "José Ramírez",
        "emergency_contact_phone": "3398765432",
    }
    body.update(overrides)
    return body


async def create(client: httpx.AsyncClient, who: Subject, **overrides: Any) -> dict[str, Any]:
    r = await client.post(URL, json=person(**overrides), headers=who.headers)
    assert r.status_code == 201, r.text
    data: dict[str, Any] = r.json()
    return data


async def test_every_route_needs_a_session(client: httpx.AsyncClient) -> None:
    for method, path in [
        ("GET", URL),
        ("POST", URL),
        ("GET", f"{URL}/1"),
        ("PATCH", f"{URL}/1"),
        ("POST", f"{URL}/1/deactivate"),
        ("PUT", f"{URL}/1/departments"),
        ("PUT", f"{URL}/1/schedule"),
    ]:
        r = await client.request(method, path, json={})
        assert r.status_code == 401, (method, path)
        assert r.json()["error"] == "NOT_AUTHENTICATED"


async def test_field_staff_cannot_read_and_managers_cannot_write(
    client: httpx.AsyncClient, make_user: MakeUser
) -> None:
    seller = await make_user(roles=[("vendedor", "ventas")], departments=[("ventas", False)], is_seller=True)
    manager = await make_user(roles=[("gerente", "cobranza")], departments=[("cobranza", True)])
    r = await client.get(URL, headers=seller.headers)
    assert (r.status_code, r.json()["error"]) == (403, "FORBIDDEN")
    r = await client.post(URL, json=person(), headers=manager.headers)
    assert r.status_code == 403
    r = await client.patch(
        f"{URL}/{manager.employee_id}", json={"phone": "3311111111"}, headers=manager.headers
    )
    assert r.status_code == 403


async def test_create_normalises_assigns_code_and_audits(
    client: httpx.AsyncClient, admin: Subject, session: AsyncSession
) -> None:
    data = await create(
        client,
        admin,
        is_seller=True,
        is_collector=True,
        departments=[{"department": "ventas", "is_manager": False}],
        address={
            "street": "Av. Tonaltecas",
            "exterior_number": "120",
            "postal_code": "45400",
            "municipality_id": 1,
        },
    )
    assert data["code"] == "V1"  # sellers (who also collect) get a V code
    assert data["phone"] == "3312345678"
    assert data["rfc"] == "RALL900517AB1"
    assert data["full_name"] == "María Ramírez López"
    assert data["departments"] == [{"department": "ventas", "name": "Ventas", "is_manager": False}]
    assert data["address"]["street"] == "Av. Tonaltecas"
    first = await session.get(Municipality, 1)
    assert first is not None
    assert (data["address"]["municipality"], data["address"]["state"]) == (first.name, first.state)
    # moving the address to another municipality names the new one in the answer and the reads
    moved = await client.patch(
        f"{URL}/{data['id']}",
        json={"address": {"street": "Av. Tonaltecas", "municipality_id": 2}},
        headers=admin.headers,
    )
    assert moved.status_code == 200, moved.text
    second = await session.get(Municipality, 2)
    assert second is not None
    assert moved.json()["address"]["municipality"] == second.name
    listed = await client.get(URL, params={"q": "Ramírez"}, headers=admin.headers)
    assert [e["address"]["municipality"] for e in listed.json()["items"] if e["id"] == data["id"]] == [
        second.name
    ]
    assert data["receipt_limit"] == 50  # the receipt_limit_default setting
    assert data["user"] is None
    collector = await create(client, admin, first_name="Pedro", is_collector=True)
    adjuster = await create(client, admin, first_name="Luis", is_adjuster=True, is_collector=True)
    office = await create(client, admin, first_name="Ana")
    second_seller = await create(client, admin, first_name="Rosa", is_seller=True)
    assert (collector["code"], adjuster["code"], office["code"], second_seller["code"]) == (
        "C1",
        "M1",
        None,
        "V2",
    )

    rows = await audit_rows(session, table="employee", record_id=data["id"], action="insert")
    assert len(rows) == 1
    assert rows[0].user_id == admin.user_id
    assert rows[0].after is not None
    assert rows[0].after["code"] == "V1"
    assert rows[0].after["departments"] == [{"department": "ventas", "is_manager": False}]


async def test_codes_continue_after_the_highest_and_explicit_codes_are_checked(
    client: httpx.AsyncClient, admin: Subject, make_user: MakeUser
) -> None:
    await make_user(is_collector=True, code="C41", login=False)
    auto = await create(client, admin, is_collector=True)
    assert auto["code"] == "C42"
    r = await client.post(URL, json=person(is_collector=True, code="c41"), headers=admin.headers)
    assert (r.status_code, r.json()["error"]) == (409, "EMPLOYEE_CODE_TAKEN")
    r = await client.post(URL, json=person(is_collector=True, code="V7"), headers=admin.headers)
    assert r.status_code == 422
    assert "vendedores" in r.json()["fields"]["code"]
    r = await client.post(URL, json=person(is_seller=True, code="X12"), headers=admin.headers)
    assert r.status_code == 422
    assert r.json()["fields"]["code"].startswith("La clave debe ser V, C o M")
    explicit = await create(client, admin, is_adjuster=True, code="m9")
    assert explicit["code"] == "M9"


async def test_create_validation_is_in_spanish_and_refuses_unknown_fields(
    client: httpx.AsyncClient, admin: Subject
) -> None:
    r = await client.post(
        URL,
        json=person(
            phone="33-1234",
            rfc="XYZ",
            curp="nope",
            email="no-es-correo",
            is_admin=True,
            receipt_limit=0,
            departments=[{"department": "marketing"}],
        ),
        headers=admin.headers,
    )
    assert r.status_code == 422
    body = r.json()
    assert body["error"] == "VALIDATION_ERROR"
    fields = body["fields"]
    assert fields["phone"] == "El teléfono debe tener exactamente 10 dígitos."
    assert fields["rfc"].startswith("RFC no válido")
    assert fields["curp"].startswith("CURP no válida")
    assert fields["email"] == "Correo electrónico no válido."
    assert fields["is_admin"] == "Campo no permitido."
    assert fields["receipt_limit"] == "Debe ser mayor o igual que 1."
    r = await client.post(URL, json=person(last_name=""), headers=admin.headers)
    assert r.json()["fields"]["last_name"] == "Debe tener al menos 1 caracteres."
    r = await client.post(URL, json=person(departments=[{"department": "marketing"}]), headers=admin.headers)
    assert (r.status_code, r.json()["fields"]) == (
        422,
        {"departments.0.department": "Departamento desconocido."},
    )
    r = await client.post(URL, json=person(birth_date="2031-01-01"), headers=admin.headers)
    assert r.json()["fields"]["birth_date"] == "La fecha de nacimiento debe ser anterior a hoy."
    r = await client.post(
        URL, json=person(address={"street": "X", "municipality_id": 999999}), headers=admin.headers
    )
    assert r.json()["fields"] == {"address.municipality_id": "Municipio desconocido."}


async def test_patch_changes_only_what_is_sent_and_audits_the_diff(
    client: httpx.AsyncClient, admin: Subject, session: AsyncSession
) -> None:
    data = await create(client, admin)
    r = await client.patch(
        f"{URL}/{data['id']}",
        json={"phone_alt": "3300000001", "telegram_id": 123456789},
        headers=admin.headers,
    )
    assert r.status_code == 200, r.text
    updated = r.json()
    assert (updated["phone_alt"], updated["telegram_id"], updated["phone"]) == (
        "3300000001",
        123456789,
        "3312345678",
    )
    rows = await audit_rows(session, table="employee", record_id=data["id"], action="update")
    assert len(rows) == 1
    assert rows[0].before == {"phone_alt": None, "telegram_id": None}
    assert rows[0].after == {"phone_alt": "3300000001", "telegram_id": 123456789}

    r = await client.patch(f"{URL}/{data['id']}", json={"first_name": None}, headers=admin.headers)
    assert r.status_code == 422
    assert "no puede quedar vacío" in r.json()["fields"]["body"]
    r = await client.patch(f"{URL}/{data['id']}", json={"salary": 1}, headers=admin.headers)
    assert r.json()["fields"] == {"salary": "Campo no permitido."}
    r = await client.patch(
        f"{URL}/{data['id']}", json={"termination_date": "2019-01-01"}, headers=admin.headers
    )
    assert r.json()["fields"]["termination_date"].startswith("La fecha de baja no puede")
    r = await client.patch(f"{URL}/999999999", json={"phone": "3311111111"}, headers=admin.headers)
    assert (r.status_code, r.json()["error"]) == (404, "EMPLOYEE_NOT_FOUND")


async def test_setting_a_flag_assigns_a_code_and_invalidates_cached_permissions(
    client: httpx.AsyncClient, admin: Subject, make_user: MakeUser, redis: Redis
) -> None:
    clerk = await make_user(roles=[("auxiliar", "cobranza")], departments=[("cobranza", False)])
    before = await AuthzCache(redis).versions(clerk.user_id)
    r = await client.patch(f"{URL}/{clerk.employee_id}", json={"is_collector": True}, headers=admin.headers)
    assert r.status_code == 200
    assert r.json()["code"] == "C1"
    after = await AuthzCache(redis).versions(clerk.user_id)
    assert after[1] == before[1] + 1
    # a name change does not touch permissions
    await client.patch(f"{URL}/{clerk.employee_id}", json={"first_name": "Otro"}, headers=admin.headers)
    assert await AuthzCache(redis).versions(clerk.user_id) == after
    # the code stays when the flag goes away (it is printed on receipts); clearing it needs no flags
    r = await client.patch(f"{URL}/{clerk.employee_id}", json={"is_collector": False}, headers=admin.headers)
    assert r.json()["code"] == "C1"
    r = await client.patch(f"{URL}/{clerk.employee_id}", json={"code": None}, headers=admin.headers)
    assert r.json()["code"] is None


async def test_gerente_with_hr_manage_sees_only_the_departments_they_manage(
    client: httpx.AsyncClient, make_user: MakeUser
) -> None:
    manager = await make_user(roles=[("gerente", "cobranza")], departments=[("cobranza", True)])
    mine = await make_user(
        roles=[("cobrador", "cobranza")], departments=[("cobranza", False)], is_collector=True
    )
    foreign = await make_user(roles=[("vendedor", "ventas")], departments=[("ventas", False)], is_seller=True)
    r = await client.get(URL, params={"size": 100}, headers=manager.headers)
    assert r.status_code == 200
    ids = {e["id"] for e in r.json()["items"]}
    assert {mine.employee_id, manager.employee_id} <= ids
    assert foreign.employee_id not in ids
    assert (await client.get(f"{URL}/{mine.employee_id}", headers=manager.headers)).status_code == 200
    r = await client.get(f"{URL}/{foreign.employee_id}", headers=manager.headers)
    assert (r.status_code, r.json()["error"]) == (404, "EMPLOYEE_NOT_FOUND")
    assert (
        await client.get(f"{URL}/{foreign.employee_id}/schedule", headers=manager.headers)
    ).status_code == 404
    # gerente de Administración (admin.employees) sees everyone
    hr = await make_user(roles=[("gerente", "administracion")], departments=[("administracion", True)])
    assert (await client.get(f"{URL}/{foreign.employee_id}", headers=hr.headers)).status_code == 200


async def test_list_filters_search_and_sort(client: httpx.AsyncClient, admin: Subject) -> None:
    a = await create(client, admin, first_name="Ángela", last_name="Núñez", is_collector=True)
    b = await create(
        client, admin, first_name="Bruno", last_name="Zamora", departments=[{"department": "siniestros"}]
    )
    c = await create(client, admin, first_name="Carla", last_name="Álvarez", is_seller=True)
    await client.post(f"{URL}/{c['id']}/deactivate", headers=admin.headers)

    async def ids(**params: Any) -> list[int]:
        r = await client.get(URL, params={"size": 100, **params}, headers=admin.headers)
        assert r.status_code == 200, r.text
        return [e["id"] for e in r.json()["items"] if e["id"] in {a["id"], b["id"], c["id"]}]

    assert await ids(q="angela nunez") == [a["id"]]  # accents and case do not matter
    assert await ids(q="c1") == [a["id"]]  # by code
    assert await ids(q="50%") == []  # LIKE wildcards are literal
    assert await ids(flag="seller") == [c["id"]]
    assert await ids(department="siniestros") == [b["id"]]
    assert await ids(active="false") == [c["id"]]
    assert await ids(sort="name") == [c["id"], a["id"], b["id"]]  # Álvarez, Núñez, Zamora
    assert await ids(sort="-name") == [b["id"], a["id"], c["id"]]
    r = await client.get(URL, params={"sort": "salary"}, headers=admin.headers)
    assert r.status_code == 422
    assert "Campos permitidos" in r.json()["detail"]
    r = await client.get(URL, params={"colour": "red"}, headers=admin.headers)
    assert r.json()["fields"] == {"colour": "Campo no permitido."}
    r = await client.get(URL, params={"size": 500}, headers=admin.headers)
    assert r.json()["fields"] == {"size": "Debe ser menor o igual que 100."}


async def test_deactivating_an_employee_deactivates_the_login_and_kills_every_session(
    client: httpx.AsyncClient, admin: Subject, make_user: MakeUser, session: AsyncSession, redis: Redis
) -> None:
    from tests.fixtures.auth import mint

    clerk = await make_user(roles=[("gerente", "cobranza")], departments=[("cobranza", True)])
    first_session = clerk.session_id
    await mint(session, redis, clerk)  # a second device
    assert (await client.get(URL, headers=clerk.headers)).status_code == 200

    r = await client.post(
        f"{URL}/{clerk.employee_id}/deactivate",
        json={"termination_date": "2026-11-30"},
        headers=admin.headers,
    )
    assert r.status_code == 200, r.text
    assert (r.json()["is_active"], r.json()["termination_date"]) == (False, "2026-11-30")
    assert r.json()["user"]["is_active"] is False

    r = await client.get(URL, headers=clerk.headers)  # the very next request
    assert r.status_code == 401
    store = SessionStore(redis)
    assert not await store.is_alive(first_session)
    assert not await store.is_alive(clerk.session_id)
    rows = (await session.scalars(select(AuthSession).where(AuthSession.user_id == clerk.user_id))).all()
    assert len(rows) == 2
    assert all(row.revoked_reason == "employee_deactivated" for row in rows)
    user = await session.get(User, clerk.user_id)
    assert user is not None
    assert user.is_active is False
    assert len(await audit_rows(session, table="app_user", record_id=clerk.user_id, action="deactivate")) == 1
    assert (
        len(await audit_rows(session, table="employee", record_id=clerk.employee_id, action="deactivate"))
        == 1
    )

    # reactivating the employee does not give the login back: an admin does that explicitly
    r = await client.post(f"{URL}/{clerk.employee_id}/activate", headers=admin.headers)
    assert (r.json()["is_active"], r.json()["termination_date"], r.json()["user"]["is_active"]) == (
        True,
        None,
        False,
    )


async def test_departments_put_replaces_is_idempotent_and_drops_roles_of_departments_left(
    client: httpx.AsyncClient, admin: Subject, make_user: MakeUser, session: AsyncSession, redis: Redis
) -> None:
    clerk = await make_user(
        roles=[("auxiliar", "cobranza"), ("auxiliar", None)],
        departments=[("cobranza", False), ("ventas", False)],
    )
    url = f"{URL}/{clerk.employee_id}/departments"
    version = await AuthzCache(redis).versions(clerk.user_id)
    body = [{"department": "ventas", "is_manager": True}, {"department": "siniestros"}]
    first = await client.put(url, json=body, headers=admin.headers)
    assert first.status_code == 200, first.text
    assert first.json()["departments"] == [
        {"department": "siniestros", "name": "Siniestros", "is_manager": False},
        {"department": "ventas", "name": "Ventas", "is_manager": True},
    ]
    second = await client.put(url, json=body, headers=admin.headers)
    assert second.json()["departments"] == first.json()["departments"]
    assert len(await audit_rows(session, table="employee_department", record_id=clerk.employee_id)) == 1
    removed = await audit_rows(session, table="user_role", record_id=clerk.user_id)
    assert [r.before for r in removed] == [{"removed": [{"role": "auxiliar", "department": "cobranza"}]}]
    assert (await AuthzCache(redis).versions(clerk.user_id))[1] > version[1]
    r = await client.get(f"/api/v1/admin/users/{clerk.user_id}", headers=admin.headers)
    assert r.json()["roles"] == [{"role": "auxiliar", "role_name": "Auxiliar", "department": None}]

    r = await client.put(
        url, json=[{"department": "ventas"}, {"department": "ventas"}], headers=admin.headers
    )
    assert r.json()["fields"] == {"departments.1.department": "Departamento repetido."}
    r = await client.put(url, json={"department": "ventas"}, headers=admin.headers)
    assert r.status_code == 422


async def test_weekly_schedule_is_validated_and_replaced(
    client: httpx.AsyncClient, admin: Subject, session: AsyncSession
) -> None:
    data = await create(client, admin)
    url = f"{URL}/{data['id']}/schedule"
    assert (await client.get(url, headers=admin.headers)).json() == []
    week = [
        {"weekday": 0, "start_time": "14:00", "end_time": "18:00"},
        {"weekday": 0, "start_time": "09:00", "end_time": "14:00"},  # touching is fine
        {"weekday": 5, "start_time": "09:00", "end_time": "13:30"},
    ]
    r = await client.put(url, json=week, headers=admin.headers)
    assert r.status_code == 200, r.text
    assert r.json() == [
        {"weekday": 0, "start_time": "09:00:00", "end_time": "14:00:00"},
        {"weekday": 0, "start_time": "14:00:00", "end_time": "18:00:00"},
        {"weekday": 5, "start_time": "09:00:00", "end_time": "13:30:00"},
    ]
    assert (await client.put(url, json=week, headers=admin.headers)).json() == r.json()
    assert len(await audit_rows(session, table="work_schedule", record_id=data["id"])) == 1
    assert (await client.get(url, headers=admin.headers)).json() == r.json()

    overlap = [
        {"weekday": 2, "start_time": "09:00", "end_time": "18:00"},
        {"weekday": 2, "start_time": "10:00", "end_time": "11:00"},
        {"weekday": 2, "start_time": "12:00", "end_time": "13:00"},
    ]
    r = await client.put(url, json=overlap, headers=admin.headers)
    assert r.status_code == 422
    assert r.json()["fields"] == {
        "1": "Se traslapa con 09:00-18:00 del mismo día.",
        "2": "Se traslapa con 09:00-18:00 del mismo día.",
    }
    r = await client.put(
        url, json=[{"weekday": 7, "start_time": "18:00", "end_time": "09:00"}], headers=admin.headers
    )
    assert r.json()["fields"]["0.weekday"] == "Debe ser menor o igual que 6."
    r = await client.put(
        url, json=[{"weekday": 1, "start_time": "18:00", "end_time": "09:00"}], headers=admin.headers
    )
    assert r.json()["fields"]["0"] == "La hora de salida debe ser posterior a la de entrada."
    assert (await client.put(url, json=[], headers=admin.headers)).json() == []


async def test_department_catalogue_for_people_and_access_administrators(
    client: httpx.AsyncClient, admin: Subject, make_user: MakeUser
) -> None:
    r = await client.get(f"{URL}/departments", headers=admin.headers)
    assert r.status_code == 200, r.text
    codes = {d["code"]: d["name"] for d in r.json()}
    assert {"administracion", "ventas", "cobranza", "siniestros"} <= set(codes)
    assert all(name for name in codes.values())
    seller = await make_user(roles=[("vendedor", "ventas")], departments=[("ventas", False)], is_seller=True)
    r = await client.get(f"{URL}/departments", headers=seller.headers)
    assert (r.status_code, r.json()["error"]) == (403, "FORBIDDEN")
    r = await client.get(f"{URL}/departments")
    assert r.status_code == 401


async def test_list_filters_by_having_a_login(client: httpx.AsyncClient, admin: Subject) -> None:
    loginless = await create(client, admin, first_name="Sin", last_name="Usuario")
    r = await client.get(URL, params={"size": 100, "has_user": "false"}, headers=admin.headers)
    assert r.status_code == 200, r.text
    items = r.json()["items"]
    assert loginless["id"] in {e["id"] for e in items}
    assert all(e["user"] is None for e in items)
    r = await client.get(URL, params={"size": 100, "has_user": "true"}, headers=admin.headers)
    items = r.json()["items"]
    assert admin.employee_id in {e["id"] for e in items}
    assert loginless["id"] not in {e["id"] for e in items}
    assert all(e["user"] is not None for e in items)
