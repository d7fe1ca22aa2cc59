"""Demo data generator: integrity of what it creates, determinism, and the bulk (COPY) path."""

from __future__ import annotations

import re

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.demo import DEMO_LOGINS, DEMO_PASSWORD, DemoReport, demo_data_present, generate_demo
from app.models import Client, Employee, User, Vehicle
from app.seed.data.roles import ROLES

SCALE = 200

# Content of the generated rows, without ids or foreign keys (sequences differ between runs).
_FINGERPRINT_SQL = text(
    """
    SELECT md5(coalesce(string_agg(row_text, '\n' ORDER BY n, o), '')) FROM (
      SELECT 1 AS n, concat_ws('|', c.first_name, c.last_name, c.second_last_name, c.rfc, c.phone_whatsapp,
             c.phone_secondary, c.email, c.notes, a.street, a.exterior_number, a.interior_number,
             a.neighborhood, a.postal_code, m.name, ST_AsText(a.location), a.location_source,
             a.location_is_approximate,
             (SELECT string_agg(concat_ws('|', v.vehicle_key, v.vehicle_type, v.service_type, v.cylinder_band,
                     v.make, v.model, v.year, v.color, v.serial_number, v.plates, v.engine_number), ';'
                     ORDER BY v.id) FROM vehicle v WHERE v.client_id = c.id)) AS row_text, c.id AS o
      FROM client c JOIN address a ON a.id = c.address_id JOIN municipality m ON m.id = a.municipality_id
      UNION ALL
      SELECT 2, concat_ws('|', u.username, e.code, e.first_name, e.last_name, e.second_last_name,
             e.rfc, e.curp, e.phone), e.id
      FROM employee e JOIN app_user u ON u.employee_id = e.id
    ) rows_ (n, row_text, o)
    """
)


async def _fingerprint(session: AsyncSession) -> str:
    value = await session.scalar(_FINGERPRINT_SQL)
    assert isinstance(value, str)
    return value


@pytest.fixture
async def demo(session: AsyncSession) -> DemoReport:
    assert not await demo_data_present(session)
    report = await generate_demo(session, scale_clients=SCALE, seed=2026)
    assert await demo_data_present(session)
    return report


async def test_report_counts(session: AsyncSession, demo: DemoReport) -> None:
    assert not demo.bulk
    assert demo.counts["client"] == SCALE
    assert demo.counts["employee"] == demo.counts["app_user"] == len(DEMO_LOGINS)
    assert SCALE <= demo.counts["vehicle"] <= 2 * SCALE
    assert await session.scalar(select(func.count()).select_from(Client)) == SCALE
    per_client = await session.execute(
        text(
            "SELECT min(n), max(n) FROM (SELECT count(v.id) AS n FROM client c "
            "LEFT JOIN vehicle v ON v.client_id = c.id GROUP BY c.id) t"
        )
    )
    assert tuple(per_client.one()) == (1, 2)


async def test_one_login_per_role(session: AsyncSession, demo: DemoReport) -> None:
    rows = await session.execute(
        text(
            """
            SELECT u.username, r.code AS role, d.code AS department
            FROM app_user u JOIN user_role ur ON ur.user_id = u.id JOIN role r ON r.id = ur.role_id
            LEFT JOIN department d ON d.id = ur.department_id
            """
        )
    )
    held = {(row.username, row.role, row.department) for row in rows}
    assert {role.code for role in ROLES} <= {role for _, role, _ in held}
    for login in DEMO_LOGINS:
        assert (login.username, login.role, login.department) in held, login
    for department in ("cobranza", "ventas", "siniestros"):
        assert (f"gerente.{department}", "gerente", department) in held
        manager = await session.scalar(
            text(
                "SELECT ed.is_manager FROM employee_department ed "
                "JOIN app_user u ON u.employee_id = ed.employee_id "
                "JOIN department d ON d.id = ed.department_id WHERE u.username = :u AND d.code = :d"
            ),
            {"u": f"gerente.{department}", "d": department},
        )
        assert manager is True


async def test_demo_users_have_employees_and_the_demo_password(
    session: AsyncSession, demo: DemoReport
) -> None:
    users = (
        await session.execute(select(User.username, User.password_hash, User.employee_id, User.is_active))
    ).all()
    assert {u.username for u in users} == {login.username for login in DEMO_LOGINS}
    assert all(u.employee_id is not None and u.is_active for u in users)
    hashes = {u.password_hash for u in users}
    assert len(hashes) == 1  # hashed once
    (password_hash,) = hashes
    assert password_hash.startswith("$argon2id$") and "m=65536,t=3,p=4" in password_hash
    assert PasswordHasher().verify(password_hash, DEMO_PASSWORD)
    assert demo.password == DEMO_PASSWORD


async def test_employee_codes(session: AsyncSession, demo: DemoReport) -> None:
    rows = (
        await session.execute(
            select(Employee.code, Employee.is_seller, Employee.is_collector, Employee.is_adjuster).where(
                Employee.code.is_not(None)
            )
        )
    ).all()
    codes = [row.code for row in rows]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[VCM][1-9][0-9]*", code) for code in codes)
    assert {c for c in codes if c[0] == "C"} == {f"C{i}" for i in range(1, 6)}
    assert {c for c in codes if c[0] == "V"} == {f"V{i}" for i in range(1, 5)}
    assert {c for c in codes if c[0] == "M"} == {"M1", "M2"}
    for row in rows:
        kind = row.code[0]
        assert (kind == "V") == row.is_seller
        assert (kind == "M") == row.is_adjuster
        assert row.is_collector == (kind in "VC")


async def test_client_contact_data(session: AsyncSession, demo: DemoReport) -> None:
    rows = (
        await session.execute(select(Client.phone_whatsapp, Client.phone_secondary, Client.rfc, Client.email))
    ).all()
    assert all(re.fullmatch(r"33[0-9]{8}", row.phone_whatsapp) for row in rows)
    assert all(re.fullmatch(r"[0-9]{10}", row.phone_secondary) for row in rows if row.phone_secondary)
    rfcs = [row.rfc for row in rows if row.rfc]
    assert all(re.fullmatch(r"[A-Z0-9]{12,13}", rfc) for rfc in rfcs)
    assert all(re.fullmatch(r"[A-Z]{4}[0-9]{6}[A-Z0-9]{3}", rfc) for rfc in rfcs)
    assert 0.45 * SCALE <= len(rfcs) <= 0.75 * SCALE
    assert all("@" in row.email for row in rows if row.email)
    assert any(row.email for row in rows) and not all(row.email for row in rows)


async def test_addresses_are_in_the_metro_area(session: AsyncSession, demo: DemoReport) -> None:
    result = await session.execute(
        text(
            """
            SELECT
              count(*) AS total,
              count(*) FILTER (WHERE a.location IS NULL) AS without_point,
              count(*) FILTER (WHERE NOT ST_DWithin(a.location,
                  ST_GeogFromText('SRID=4326;POINT(-103.3496 20.6767)'), 45000)) AS outside_metro,
              count(*) FILTER (WHERE NOT ST_Intersects(a.location::geometry,
                  ST_MakeEnvelope(-103.75, 20.25, -102.95, 20.90, 4326))) AS outside_box,
              count(*) FILTER (WHERE NOT ST_DWithin(a.location, m.centroid, 10000)) AS far_from_municipality,
              count(*) FILTER (WHERE a.location_is_approximate) AS approximate,
              count(*) FILTER (WHERE a.location_is_approximate
                  AND (a.location_source <> 'centroid' OR NOT ST_DWithin(a.location, m.centroid, 1)))
                  AS bad_approx,
              count(*) FILTER (WHERE a.postal_code !~ '^4[45][0-9]{3}$') AS bad_postal_code,
              count(*) FILTER (WHERE a.street = '' OR a.neighborhood IS NULL) AS incomplete
            FROM address a JOIN municipality m ON m.id = a.municipality_id
            """
        )
    )
    stats = result.one()._mapping
    assert stats["total"] == SCALE + len(DEMO_LOGINS)
    for key in ("without_point", "outside_metro", "outside_box", "far_from_municipality", "bad_approx"):
        assert stats[key] == 0, key
    assert stats["bad_postal_code"] == 0 and stats["incomplete"] == 0
    assert 0 < stats["approximate"] < 0.15 * stats["total"]


async def test_vehicles_are_consistent(session: AsyncSession, demo: DemoReport) -> None:
    result = await session.execute(
        text(
            """
            SELECT
              count(*) FILTER (WHERE k.vehicle_type <> v.vehicle_type) AS type_mismatch,
              count(*) FILTER (WHERE (v.cylinder_band IS NOT NULL) <> (v.vehicle_key IN (107, 108)))
                  AS bad_band,
              count(*) FILTER (WHERE v.vehicle_key = 108 AND v.service_type <> 'commercial')
                  AS private_mototaxi,
              count(*) FILTER (WHERE v.serial_number !~ '^[A-HJ-NPR-Z0-9]{17}$') AS bad_vin,
              count(DISTINCT v.serial_number) AS distinct_vins,
              count(*) AS total,
              count(*) FILTER (WHERE v.plates IS NULL OR v.year NOT BETWEEN 1990 AND 2026) AS incomplete
            FROM vehicle v JOIN vehicle_key k ON k.code = v.vehicle_key
            """
        )
    )
    stats = result.one()._mapping
    for key in ("type_mismatch", "bad_band", "private_mototaxi", "bad_vin", "incomplete"):
        assert stats[key] == 0, key
    assert stats["distinct_vins"] == stats["total"]
    keys = set(await session.scalars(select(Vehicle.vehicle_key).distinct()))
    assert {101, 103, 105, 107} <= keys


async def test_deterministic_for_a_seed(session: AsyncSession) -> None:
    fingerprints = []
    for seed in (7, 7, 8):
        async with session.begin_nested() as savepoint:
            await generate_demo(session, scale_clients=60, seed=seed)
            fingerprints.append(await _fingerprint(session))
            await savepoint.rollback()
    assert fingerprints[0] == fingerprints[1]
    assert fingerprints[0] != fingerprints[2]


async def test_bulk_path_writes_the_same_rows(session: AsyncSession) -> None:
    fingerprints = []
    for bulk in (False, True):
        async with session.begin_nested() as savepoint:
            report = await generate_demo(session, scale_clients=120, seed=11, bulk=bulk)
            assert report.bulk is bulk
            assert report.counts["client"] == 120
            fingerprints.append(await _fingerprint(session))
            await savepoint.rollback()
    assert fingerprints[0] == fingerprints[1]


async def test_running_again_adds_clients_and_keeps_the_logins(
    session: AsyncSession, demo: DemoReport
) -> None:
    again = await generate_demo(session, scale_clients=50, seed=2026)
    assert "employee" not in again.counts
    assert await session.scalar(select(func.count()).select_from(User)) == len(DEMO_LOGINS)
    assert await session.scalar(select(func.count()).select_from(Client)) == SCALE + 50
    duplicates = await session.scalar(
        text("SELECT count(*) FROM (SELECT serial_number FROM vehicle GROUP BY 1 HAVING count(*) > 1) d")
    )
    assert duplicates == 0


def test_demo_logins_cover_every_role() -> None:
    assert {role.code for role in ROLES} <= {login.role for login in DEMO_LOGINS}
    usernames = [login.username for login in DEMO_LOGINS]
    assert len(usernames) == len(set(usernames))
    assert {"admin", "gerente.cobranza", "gerente.ventas", "gerente.siniestros", "auxiliar"} <= set(usernames)
    assert all(login.password == DEMO_PASSWORD for login in DEMO_LOGINS)
    assert all(login.totp_required == (login.role in ("admin", "gerente")) for login in DEMO_LOGINS)
