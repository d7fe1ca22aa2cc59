"""``/api/v1/vehicles``: permissions, key/type/band/year/VIN/plates rules, lookups, audit, races."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

import httpx
import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.clock import FrozenClock
from app.core.database import UnitOfWork
from app.models import AuditLog, Vehicle
from app.models.enums import ServiceType, VehicleType
from app.modules.vehicles.exceptions import VehicleSerialExistsError
from app.modules.vehicles.schemas import VehicleCreate
from app.modules.vehicles.service import VehicleService
from tests.fixtures.auth import MakeUser, Subject
from tests.fixtures.factories import make_client

URL = "/api/v1/vehicles"
VIN = "3N1CN7AD5ML812345"


@pytest.fixture
async def seller(make_user: MakeUser, session: AsyncSession) -> Subject:
    subject = await make_user(roles=[("vendedor", "ventas")], departments=[("ventas", False)], is_seller=True)
    await session.commit()  # a failing request's rollback must not take the test's users with it
    return subject


@pytest.fixture
async def sales_manager(make_user: MakeUser, session: AsyncSession) -> Subject:
    subject = await make_user(roles=[("gerente", "ventas")], departments=[("ventas", True)])
    await session.commit()
    return subject


def car(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "vehicle_key": 101,
        "service_type": "private",
        "make": "nissan",
        "model": "versa  sense",
        "year": 2021,
        "color": "blanco",
        "serial_number": "3n1cn7ad5ml-812345",
        "plates": "jab-123 c",
        "engine_number": "hr16 123456",
    }
    body.update(overrides)
    return body


async def create(client: httpx.AsyncClient, who: Subject, **overrides: Any) -> dict[str, Any]:
    r = await client.post(URL, json=car(**overrides), headers=who.headers)
    assert r.status_code == 201, r.text
    data: dict[str, Any] = r.json()
    return data


async def test_every_route_needs_a_session(client: httpx.AsyncClient) -> None:
    for method, path in [
        ("GET", URL),
        ("POST", URL),
        ("GET", f"{URL}/keys"),
        ("GET", f"{URL}/by-serial/{VIN}"),
        ("GET", f"{URL}/1"),
        ("PATCH", f"{URL}/1"),
    ]:
        r = await client.request(method, path)
        assert (r.status_code, r.json()["error"]) == (401, "NOT_AUTHENTICATED"), (method, path)


async def test_seller_registers_a_vehicle_normalised_and_audited(
    client: httpx.AsyncClient, seller: Subject, session: AsyncSession
) -> None:
    owner = await make_client(session)
    body = await create(client, seller, client_id=owner.id)
    assert body["vehicle_type"] == "automobile"  # derived from key 101
    assert (body["serial_number"], body["plates"], body["make"], body["model"]) == (
        VIN,
        "JAB123C",
        "NISSAN",
        "VERSA SENSE",
    )
    assert (body["vehicle_key_name"], body["client_id"]) == ("AUTOMOVIL", owner.id)
    [row] = (
        await session.scalars(
            select(AuditLog).where(AuditLog.table_name == "vehicle", AuditLog.record_id == str(body["id"]))
        )
    ).all()
    assert row.action == "insert" and row.user_id == seller.user_id
    assert row.after is not None and row.after["serial_number"] == VIN


async def test_a_seller_cannot_edit_and_the_sales_manager_can(
    client: httpx.AsyncClient, seller: Subject, sales_manager: Subject, session: AsyncSession
) -> None:
    vehicle = await create(client, seller)
    r = await client.patch(f"{URL}/{vehicle['id']}", json={"color": "rojo"}, headers=seller.headers)
    assert (r.status_code, r.json()["error"]) == (403, "FORBIDDEN")
    r = await client.patch(
        f"{URL}/{vehicle['id']}",
        json={"color": "rojo", "plates": "JKL-12-345"},
        headers=sales_manager.headers,
    )
    assert r.status_code == 200, r.text
    assert (r.json()["color"], r.json()["plates"]) == ("ROJO", "JKL12345")
    rows = (
        await session.scalars(
            select(AuditLog)
            .where(AuditLog.table_name == "vehicle", AuditLog.record_id == str(vehicle["id"]))
            .order_by(AuditLog.id)
        )
    ).all()
    assert [r.action for r in rows] == ["insert", "update"]
    assert rows[1].before == {"color": "BLANCO", "plates": "JAB123C"}


async def test_missing_vehicle_is_404(
    client: httpx.AsyncClient, seller: Subject, sales_manager: Subject
) -> None:
    for r in (
        await client.get(f"{URL}/999999", headers=seller.headers),
        await client.patch(f"{URL}/999999", json={"color": "x"}, headers=sales_manager.headers),
        await client.get(f"{URL}/by-serial/{VIN}", headers=seller.headers),
    ):
        assert (r.status_code, r.json()["error"]) == (404, "VEHICLE_NOT_FOUND")


async def test_key_decides_the_type(client: httpx.AsyncClient, seller: Subject) -> None:
    r = await client.post(URL, json=car(vehicle_type="pickup"), headers=seller.headers)
    assert (r.status_code, r.json()["error"]) == (422, "VEHICLE_TYPE_MISMATCH")
    assert r.json()["fields"]["vehicle_type"] == "Para la clave 101 el tipo es automóvil."
    assert "no a pick up" in r.json()["detail"]
    body = await create(
        client, seller, vehicle_key=103, vehicle_type="pickup", serial_number=None, plates=None
    )
    assert body["vehicle_type"] == "pickup"


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"vehicle_key": 107}, "cylinder_band", "Obligatorio para motocicletas y mototaxis."),
        ({"vehicle_key": 108}, "cylinder_band", "Obligatorio para motocicletas y mototaxis."),
        (
            {"cylinder_band": "up_to_150"},
            "cylinder_band",
            "Solo las motocicletas y mototaxis llevan cilindraje.",
        ),
        ({"year": 1949}, "year", "El año modelo debe estar entre 1950 y 2027."),
        ({"year": 2028}, "year", "El año modelo debe estar entre 1950 y 2027."),
        ({"serial_number": "3N1CN7AD5ML81234"}, "serial_number", "17 caracteres; tiene 16"),
        ({"serial_number": "3N1CN7AD5ML81234O"}, "serial_number", "sin I, O ni Q"),
        ({"serial_number": "3N1CN7AD5MI812345"}, "serial_number", "sin I, O ni Q"),
        ({"vehicle_key": 102}, "vehicle_key", "Clave vehicular no válida."),
        ({"client_id": 999999}, "client_id", "El cliente no existe."),
    ],
)
async def test_rules_answer_422_per_field_in_spanish(
    client: httpx.AsyncClient,
    make_user: MakeUser,
    session: AsyncSession,
    clock: FrozenClock,
    overrides: dict[str, Any],
    field: str,
    message: str,
) -> None:
    seller = await make_user(roles=[("vendedor", "ventas")], is_seller=True, now=clock.now())
    await session.commit()
    r = await client.post(URL, json=car(**overrides), headers=seller.headers)
    assert r.status_code == 422, r.text
    assert message in r.json()["fields"][field]


async def test_schema_level_422s(client: httpx.AsyncClient, seller: Subject) -> None:
    r = await client.post(
        URL,
        json=car(plates="AB", serial_number="12#", year="dos mil", make="", owner="yo", service_type="taxi"),
        headers=seller.headers,
    )
    assert r.status_code == 422
    fields = r.json()["fields"]
    assert (
        fields["plates"] == "Placas no válidas: de 4 a 10 letras o números (sin contar espacios ni guiones)."
    )
    assert "17 letras o números" in fields["serial_number"]
    assert fields["year"] == "Debe ser un número entero."
    assert fields["make"] == "Debe tener al menos 1 caracteres."
    assert fields["owner"] == "Campo no permitido."
    assert fields["service_type"].startswith("Valor no permitido")
    r = await client.patch(f"{URL}/1", json={"make": None}, headers=seller.headers)
    assert r.status_code in (403, 422)


async def test_motorcycle_with_band_and_an_old_vw_with_a_short_serial(
    client: httpx.AsyncClient, seller: Subject
) -> None:
    moto = await create(
        client,
        seller,
        vehicle_key=107,
        cylinder_band="151_to_250",
        make="italika",
        model="ft150",
        serial_number=None,
        plates="12 ab j3",
    )
    assert (moto["vehicle_type"], moto["cylinder_band"], moto["plates"]) == (
        "motorcycle",
        "151_to_250",
        "12ABJ3",
    )
    vocho = await create(
        client, seller, make="volkswagen", model="sedan", year=1975, serial_number="1152 345 678", plates=None
    )
    assert vocho["serial_number"] == "1152345678"


async def test_duplicate_serial_is_409(client: httpx.AsyncClient, seller: Subject) -> None:
    first = await create(client, seller)
    r = await client.post(URL, json=car(plates="JKL1234"), headers=seller.headers)
    assert (r.status_code, r.json()["error"]) == (409, "VEHICLE_SERIAL_EXISTS")
    assert str(first["id"]) in r.json()["detail"]


async def test_lookups_by_serial_and_plates(
    client: httpx.AsyncClient, seller: Subject, session: AsyncSession
) -> None:
    created = await create(client, seller)
    # a row imported with dashes (legacy / demo data) is found by its normalised plates too
    legacy = Vehicle(
        vehicle_key=101,
        vehicle_type=VehicleType.AUTOMOBILE,
        service_type=ServiceType.PRIVATE,
        make="CHEVROLET",
        model="AVEO",
        year=2018,
        plates="JHX-456-D",
    )
    session.add(legacy)
    await session.commit()
    r = await client.get(f"{URL}/by-serial/3n1cn7ad5ml812345", headers=seller.headers)
    assert r.json()["id"] == created["id"]
    r = await client.get(URL, params={"plates": "jab 123-c"}, headers=seller.headers)
    assert [v["id"] for v in r.json()["items"]] == [created["id"]]
    r = await client.get(URL, params={"plates": "jhx456d"}, headers=seller.headers)
    assert [v["id"] for v in r.json()["items"]] == [legacy.id]
    r = await client.get(URL, params={"q": "aveo"}, headers=seller.headers)
    assert legacy.id in [v["id"] for v in r.json()["items"]]
    r = await client.get(f"{URL}/keys", headers=seller.headers)
    keys = {k["code"]: k for k in r.json()}
    assert keys[107]["requires_cylinder_band"] and keys[105]["allows_comprehensive"]
    assert sorted(keys) == [101, 103, 105, 107, 108, 109]


async def test_plates_lookup_is_served_by_its_index(session: AsyncSession) -> None:
    repo = VehicleService(session, today=date(2026, 11, 28)).repo
    from app.modules.vehicles.schemas import VehicleFilters

    stmt = repo.search(VehicleFilters(plates="JAB-123-C"))
    await session.execute(text("SET LOCAL enable_seqscan = off"))
    compiled = stmt.compile(compile_kwargs={"literal_binds": True})
    plan = "\n".join(r[0] for r in await session.execute(text(f"EXPLAIN {compiled}")))
    assert "ix_vehicle_plates_key" in plan


async def test_update_can_fix_one_field_of_a_legacy_row(
    client: httpx.AsyncClient, sales_manager: Subject, session: AsyncSession
) -> None:
    legacy = Vehicle(
        vehicle_key=101,
        vehicle_type=VehicleType.AUTOMOBILE,
        service_type=ServiceType.PRIVATE,
        make="FORD",
        model="FIESTA",
        year=1940,  # out of today's range: imported as it was
        serial_number="ABC",
    )
    session.add(legacy)
    await session.commit()
    r = await client.patch(f"{URL}/{legacy.id}", json={"color": "azul"}, headers=sales_manager.headers)
    assert (r.status_code, r.json()["color"]) == (200, "AZUL")
    r = await client.patch(f"{URL}/{legacy.id}", json={"year": 1940}, headers=sales_manager.headers)
    assert r.status_code == 422 and "year" in r.json()["fields"]
    r = await client.patch(f"{URL}/{legacy.id}", json={"vehicle_key": 103}, headers=sales_manager.headers)
    assert (r.status_code, r.json()["vehicle_type"]) == (200, "pickup")  # derived again from the new key


@pytest.mark.commit
async def test_concurrent_twins_get_a_clean_409(
    committing_sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    body = VehicleCreate.model_validate(car())
    today = date(2026, 11, 28)
    async with committing_sessionmaker() as first:
        first_uow = UnitOfWork(first)
        await first_uow.__aenter__()
        created = await VehicleService(first, today=today).create(body)  # inserted, not committed

        async def second() -> None:
            async with committing_sessionmaker() as other, UnitOfWork(other):
                await VehicleService(other, today=today).create(body)  # the pre-check sees nothing yet

        racer = asyncio.create_task(second())
        await asyncio.sleep(0.5)  # the second insert now waits on the unique index
        assert not racer.done()
        await first_uow.__aexit__(None, None, None)  # commit
        with pytest.raises(VehicleSerialExistsError) as caught:
            await racer
    assert caught.value.http_status == 409
    async with committing_sessionmaker() as check:
        rows = (await check.scalars(select(Vehicle.id).where(Vehicle.serial_number == VIN))).all()
    assert rows == [created.id]
