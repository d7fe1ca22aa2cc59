"""``/api/v1/clients``: permissions, validation, address points, duplicates, delete, export refusal."""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AuditLog, Client, Municipality, Policy
from app.models.enums import PolicyStatus
from tests.fixtures.auth import MakeUser, Subject
from tests.fixtures.factories import MakePolicy
from tests.modules.clients.helpers import URL, create_client, person

Tonala = tuple[int, float, float]


async def audit(session: AsyncSession, client_id: int) -> list[AuditLog]:
    rows = await session.scalars(
        select(AuditLog)
        .where(AuditLog.table_name == "client", AuditLog.record_id == str(client_id))
        .order_by(AuditLog.id)
    )
    return list(rows.all())


async def test_every_route_needs_a_session(client: httpx.AsyncClient) -> None:
    for method, path in [
        ("GET", URL),
        ("POST", URL),
        ("GET", f"{URL}/export"),
        ("GET", f"{URL}/nearby?lat=20.6&lng=-103.2"),
        ("GET", f"{URL}/1"),
        ("PATCH", f"{URL}/1"),
        ("DELETE", f"{URL}/1"),
    ]:
        r = await client.request(method, path)
        assert (r.status_code, r.json()["error"]) == (401, "NOT_AUTHENTICATED"), (method, path)


async def test_seller_creates_a_client_normalised_with_the_centroid_marked_approximate(
    client: httpx.AsyncClient, seller: Subject, session: AsyncSession, tonala: Tonala
) -> None:
    municipality_id, lat, lng = tonala
    body = await create_client(client, seller, municipality_id)
    assert body["full_name"] == "Juan Pérez López"
    assert (body["rfc"], body["phone_whatsapp"], body["phone_secondary"], body["email"]) == (
        "PELJ800101AB1",
        "3312345678",
        "3387654321",
        "juan.perez@example.mx",
    )
    address = body["address"]
    assert (address["municipality"], address["state"], address["postal_code"]) == (
        "Tonalá",
        "Jalisco",
        "45400",
    )
    assert (address["location_source"], address["location_is_approximate"]) == ("centroid", True)
    assert address["location"] == {"lat": pytest.approx(lat), "lng": pytest.approx(lng)}
    assert (body["status"], body["vehicles"], body["policies"]) == ("no_policies", [], [])
    [row] = await audit(session, body["id"])
    assert row.action == "insert" and row.user_id == seller.user_id
    assert row.after is not None
    assert row.after["rfc"] == "PELJ800101AB1"
    assert row.after["address"]["location_source"] == "centroid"
    assert float(row.after["address"]["lat"]) == pytest.approx(lat)
    saved = await session.get(Client, body["id"])
    assert saved is not None and saved.created_by_user_id == seller.user_id


async def test_a_map_pin_is_stored_precise(
    client: httpx.AsyncClient, seller: Subject, tonala: Tonala
) -> None:
    payload = person(tonala[0])
    payload["address"]["location"] = {"lat": 20.6251234, "lng": -103.2401234}
    r = await client.post(URL, json=payload, headers=seller.headers)
    address = r.json()["address"]
    assert address["location"] == {"lat": 20.6251234, "lng": -103.2401234}
    assert (address["location_source"], address["location_is_approximate"]) == ("pin", False)


async def test_a_seller_cannot_edit_the_sales_manager_can(
    client: httpx.AsyncClient,
    seller: Subject,
    sales_manager: Subject,
    make_user: MakeUser,
    session: AsyncSession,
    tonala: Tonala,
) -> None:
    created = await create_client(client, seller, tonala[0])
    collections_manager = await make_user(roles=[("gerente", "cobranza")], departments=[("cobranza", True)])
    await session.commit()
    for who in (seller, collections_manager):
        r = await client.patch(f"{URL}/{created['id']}", json={"notes": "x"}, headers=who.headers)
        assert (r.status_code, r.json()["error"]) == (403, "FORBIDDEN")
    r = await client.patch(
        f"{URL}/{created['id']}",
        json={"phone_whatsapp": "33 9999 0000", "second_last_name": None, "notes": "Visitar por la tarde"},
        headers=sales_manager.headers,
    )
    assert r.status_code == 200, r.text
    assert (r.json()["phone_whatsapp"], r.json()["full_name"]) == ("3399990000", "Juan Pérez")
    _, update = await audit(session, created["id"])
    assert update.action == "update" and update.user_id == sales_manager.user_id
    assert update.before is not None and update.before["phone_whatsapp"] == "3312345678"
    assert update.after is not None and update.after["second_last_name"] is None


async def test_address_update_keeps_or_moves_the_point(
    client: httpx.AsyncClient, seller: Subject, sales_manager: Subject, session: AsyncSession, tonala: Tonala
) -> None:
    created = await create_client(client, seller, tonala[0])
    url = f"{URL}/{created['id']}"
    address = {k: v for k, v in created["address"].items() if k in person(0)["address"]}
    # the street changes, no point sent: the stored point (centroid) stays
    r = await client.patch(
        url, json={"address": {**address, "street": "Calle Hidalgo"}}, headers=sales_manager.headers
    )
    assert (r.json()["address"]["street"], r.json()["address"]["location_source"]) == (
        "Calle Hidalgo",
        "centroid",
    )
    # a pin
    pin = {"lat": 20.63, "lng": -103.25}
    r = await client.patch(url, json={"address": {**address, "location": pin}}, headers=sales_manager.headers)
    assert (r.json()["address"]["location"], r.json()["address"]["location_source"]) == (pin, "pin")
    # another municipality without a point: that municipality's centroid again
    zapopan_id = await session.scalar(select(Municipality.id).where(Municipality.name == "Zapopan"))
    r = await client.patch(
        url, json={"address": {**address, "municipality_id": zapopan_id}}, headers=sales_manager.headers
    )
    assert (r.json()["address"]["municipality"], r.json()["address"]["location_source"]) == (
        "Zapopan",
        "centroid",
    )
    assert r.json()["address"]["location_is_approximate"] is True


async def test_missing_and_deleted_clients_are_404(
    client: httpx.AsyncClient, seller: Subject, sales_manager: Subject, admin: Subject, tonala: Tonala
) -> None:
    for method, who in (("GET", seller), ("PATCH", sales_manager), ("DELETE", admin)):
        r = await client.request(
            method, f"{URL}/999999", json={} if method == "PATCH" else None, headers=who.headers
        )
        assert (r.status_code, r.json()["error"]) == (404, "CLIENT_NOT_FOUND"), method


async def test_only_admin_deletes_and_deleted_clients_disappear(
    client: httpx.AsyncClient,
    seller: Subject,
    sales_manager: Subject,
    admin: Subject,
    session: AsyncSession,
    tonala: Tonala,
) -> None:
    created = await create_client(client, seller, tonala[0], first_name="Rigoberta", last_name="Quintanilla")
    url = f"{URL}/{created['id']}"
    for who in (seller, sales_manager):
        assert (await client.delete(url, headers=who.headers)).status_code == 403
    r = await client.delete(url, headers=admin.headers)
    assert r.status_code == 204
    assert (await client.get(url, headers=seller.headers)).status_code == 404
    assert (await client.patch(url, json={"notes": "x"}, headers=admin.headers)).status_code == 404
    assert (await client.delete(url, headers=admin.headers)).status_code == 404
    r = await client.get(URL, params={"q": "rigoberta quintanilla"}, headers=seller.headers)
    assert r.json()["total"] == 0
    actions = [row.action for row in await audit(session, created["id"])]
    assert actions == ["insert", "delete"]
    # a deleted client is no duplicate of a new one
    again = await create_client(client, seller, tonala[0], first_name="Rigoberta", last_name="Quintanilla")
    assert again["id"] != created["id"]


async def test_a_client_with_live_policies_cannot_be_deleted(
    client: httpx.AsyncClient, admin: Subject, session: AsyncSession, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=date(2026, 1, 10), status=PolicyStatus.MOROSA)
    await session.commit()
    url = f"{URL}/{bundle.policy.client_id}"
    r = await client.delete(url, headers=admin.headers)
    assert (r.status_code, r.json()["error"]) == (409, "CLIENT_HAS_LIVE_POLICIES")
    assert str(bundle.policy.folio) in r.json()["detail"]
    policy = await session.get(Policy, bundle.policy.id)
    assert policy is not None
    policy.status = PolicyStatus.CANCELLED
    await session.commit()
    assert (await client.delete(url, headers=admin.headers)).status_code == 204


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"rfc": "PELJ80010AB1"}, "rfc", "RFC no válido"),
        ({"rfc": "PELJ801301AB1"}, "rfc", "RFC no válido"),  # month 13
        ({"rfc": "P3LJ800101AB1"}, "rfc", "RFC no válido"),
        ({"phone_whatsapp": "33 1234 567"}, "phone_whatsapp", "10 dígitos"),
        ({"phone_whatsapp": "+1 415 555 0100"}, "phone_whatsapp", "10 dígitos"),
        ({"phone_secondary": "12"}, "phone_secondary", "10 dígitos"),
        ({"email": "juan@"}, "email", "Correo electrónico no válido."),
        ({"first_name": "Juan2"}, "first_name", "Solo letras"),
        ({"first_name": "  "}, "first_name", "al menos 1"),
        ({"apodo": "Juanito"}, "apodo", "Campo no permitido."),
        ({"phone_whatsapp": None}, "phone_whatsapp", "Debe ser texto."),
    ],
)
async def test_422_spanish_per_field(
    client: httpx.AsyncClient,
    seller: Subject,
    tonala: Tonala,
    overrides: dict[str, Any],
    field: str,
    message: str,
) -> None:
    r = await client.post(URL, json=person(tonala[0], **overrides), headers=seller.headers)
    assert r.status_code == 422, r.text
    assert r.json()["error"] == "VALIDATION_ERROR"
    assert message in r.json()["fields"][field], r.json()["fields"]


@pytest.mark.parametrize(
    ("address", "field", "message"),
    [
        ({"postal_code": "4540"}, "address.postal_code", "5 dígitos"),
        ({"postal_code": "45A00"}, "address.postal_code", "5 dígitos"),
        ({"location": {"lat": 20.6, "lng": 103.2}}, "address.location", "México"),
        ({"location": {"lat": 200, "lng": -103.2}}, "address.location.lat", "menor o igual que 90"),
        ({"neighborhood": ""}, "address.neighborhood", "al menos 1"),
    ],
)
async def test_422_address(
    client: httpx.AsyncClient,
    seller: Subject,
    tonala: Tonala,
    address: dict[str, Any],
    field: str,
    message: str,
) -> None:
    payload = person(tonala[0])
    payload["address"].update(address)
    r = await client.post(URL, json=payload, headers=seller.headers)
    assert r.status_code == 422, r.text
    assert message in r.json()["fields"][field], r.json()["fields"]


async def test_unknown_municipality_is_422(client: httpx.AsyncClient, seller: Subject) -> None:
    r = await client.post(URL, json=person(99999), headers=seller.headers)
    assert (r.status_code, r.json()["error"]) == (422, "CLIENT_INVALID")
    assert r.json()["fields"] == {"address.municipality_id": "El municipio no existe."}


async def test_rfc_and_phone_input_variants_are_accepted(
    client: httpx.AsyncClient, seller: Subject, tonala: Tonala
) -> None:
    body = await create_client(
        client,
        seller,
        tonala[0],
        rfc="ABC-850315-XY9",
        phone_whatsapp="521 33 1111 2222",
        phone_secondary=None,
    )
    assert (body["rfc"], body["phone_whatsapp"]) == (
        "ABC850315XY9",
        "3311112222",
    )  # a company's RFC (3 letters)


async def test_possible_duplicate_by_name_and_phone_then_confirmed(
    client: httpx.AsyncClient, seller: Subject, tonala: Tonala
) -> None:
    first = await create_client(client, seller, tonala[0], rfc=None)
    twin = person(
        tonala[0], first_name="JUAN", last_name="perez", second_last_name="lópez", rfc=None, email=None
    )
    twin["phone_whatsapp"] = "3312345678"
    r = await client.post(URL, json=twin, headers=seller.headers)
    assert r.status_code == 409
    body = r.json()
    assert body["error"] == "CLIENT_POSSIBLE_DUPLICATE"
    assert "confirma" in body["detail"]
    assert body["matches"] == [
        {
            "id": first["id"],
            "full_name": "Juan Pérez López",
            "phone_whatsapp": "3312345678",
            "rfc": None,
            "reason": "same_name_phone",
        }
    ]
    r = await client.post(URL, json={**twin, "confirm_duplicate": True}, headers=seller.headers)
    assert r.status_code == 201
    # the same name with another phone is not a duplicate
    await create_client(client, seller, tonala[0], rfc=None, phone_whatsapp="3300000001")


async def test_possible_duplicate_by_rfc_on_create_and_update(
    client: httpx.AsyncClient, seller: Subject, sales_manager: Subject, tonala: Tonala
) -> None:
    first = await create_client(client, seller, tonala[0])
    other = await create_client(
        client, seller, tonala[0], first_name="Pedro", rfc=None, phone_whatsapp="3300000002"
    )
    r = await client.post(
        URL,
        json=person(tonala[0], first_name="Luis", phone_whatsapp="3300000003", rfc="PELJ800101AB1"),
        headers=seller.headers,
    )
    assert r.status_code == 409 and r.json()["matches"][0]["reason"] == "same_rfc"
    r = await client.patch(
        f"{URL}/{other['id']}", json={"rfc": "pelj800101ab1"}, headers=sales_manager.headers
    )
    assert (r.status_code, r.json()["matches"][0]["id"]) == (409, first["id"])
    r = await client.patch(
        f"{URL}/{other['id']}",
        json={"rfc": "pelj800101ab1", "confirm_duplicate": True},
        headers=sales_manager.headers,
    )
    assert r.status_code == 200
    # editing something else of a client that already has a twin does not ask again
    r = await client.patch(f"{URL}/{other['id']}", json={"notes": "ok"}, headers=sales_manager.headers)
    assert r.status_code == 200


async def test_client_lists_are_never_exported(client: httpx.AsyncClient, admin: Subject) -> None:
    message = "Por política de la empresa, la lista de clientes no se puede exportar."
    for path, params in [
        (f"{URL}/export", {}),
        (f"{URL}/export", {"format": "xlsx"}),
        (URL, {"format": "xlsx"}),
        (URL, {"format": "csv", "q": "juan"}),
        (URL, {"format": "pdf"}),
        (f"{URL}/nearby", {"lat": 20.6, "lng": -103.2, "format": "csv"}),
    ]:
        r = await client.get(path, params=params, headers=admin.headers)
        assert r.status_code == 403, (path, params)
        assert r.json() == {"error": "CLIENT_EXPORT_FORBIDDEN", "detail": message, "fields": {}}
