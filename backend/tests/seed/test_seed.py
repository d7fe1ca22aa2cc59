"""Reference seed: idempotent upserts, a complete permission catalogue and the role grants."""

from __future__ import annotations

import re
from decimal import Decimal

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import (
    AppSetting,
    Coverage,
    Department,
    Municipality,
    Permission,
    Role,
    RolePermission,
    VehicleKey,
)
from app.seed import run_seed
from app.seed.data.coverages import COVERAGES
from app.seed.data.departments import DEPARTMENTS
from app.seed.data.grants import COMMON, GRANTS
from app.seed.data.municipalities import MUNICIPALITIES
from app.seed.data.permissions import MODULES, PERMISSION_CODES, PERMISSIONS
from app.seed.data.roles import ROLES
from app.seed.data.settings import SETTINGS
from app.seed.data.vehicle_keys import VEHICLE_KEYS

SEEDED = {
    Department: len(DEPARTMENTS),
    Role: len(ROLES),
    Permission: len(PERMISSIONS),
    RolePermission: len(GRANTS),
    VehicleKey: len(VEHICLE_KEYS),
    Coverage: len(COVERAGES),
    Municipality: len(MUNICIPALITIES),
    AppSetting: len(SETTINGS),
}

_SPEC_TEXT = """
tow.create tow.edit tow.read incidents.create incidents.edit incidents.read clients.read policies.read
shifts.read hr.my_vacations hr.my_permits hr.my_schedule hr.my_complaints policies.create
policies.read_own policies.edit policies.cancel policies.change_seller clients.create clients.edit
payments.read payments.edit payments.revert proposals.create proposals.read_own proposals.approve
proposals.reject collections.read collections.read_own collections.assign collections.routes
receipts.assign receipts.cancel incidents.read_assigned incidents.update_own renewals.read_own
renewals.edit hr.manage hr.admin reports.* admin.*
"""
SPEC_PERMISSIONS = _SPEC_TEXT.split()  # spec 01-arquitectura §4.3, verbatim


async def _counts(session: AsyncSession) -> dict[str, int]:
    return {
        model.__tablename__: int(await session.scalar(select(func.count()).select_from(model)) or 0)
        for model in SEEDED
    }


async def _granted(session: AsyncSession, role: str, department: str | None) -> set[str]:
    stmt = (
        select(Permission.code)
        .join(RolePermission, RolePermission.permission_id == Permission.id)
        .join(Role, Role.id == RolePermission.role_id)
        .outerjoin(Department, Department.id == RolePermission.department_id)
        .where(Role.code == role)
    )
    stmt = (
        stmt.where(Department.code == department)
        if department
        else stmt.where(RolePermission.department_id.is_(None))
    )
    return set((await session.scalars(stmt)).all())


async def test_seed_twice_changes_nothing(session: AsyncSession) -> None:
    await run_seed(session)
    first = await _counts(session)
    report = await run_seed(session)
    assert not report.changed, report.lines()
    assert await _counts(session) == first
    assert first == {model.__tablename__: n for model, n in SEEDED.items()}


async def test_seed_restores_a_missing_row_only(session: AsyncSession) -> None:
    await session.execute(text("DELETE FROM permission WHERE code = 'audit.read'"))
    report = await run_seed(session)
    assert report.tables["permission"].inserted == 1
    assert report.inserted == 1
    assert report.updated == 0


async def test_seed_repairs_code_owned_values(session: AsyncSession) -> None:
    await session.execute(text("UPDATE role SET name = 'Otro' WHERE code = 'cobrador'"))
    report = await run_seed(session)
    assert report.tables["role"].updated == 1
    assert await session.scalar(select(Role.name).where(Role.code == "cobrador")) == "Cobrador"


async def test_permission_catalogue_is_complete() -> None:
    assert set(SPEC_PERMISSIONS) <= PERMISSION_CODES
    assert "*" in PERMISSION_CODES
    for module in MODULES:
        assert f"{module.module}.*" in PERMISSION_CODES
    pattern = re.compile(r"^(\*|[a-z][a-z_]*\.(\*|[a-z][a-z_]*))$")
    assert all(pattern.match(code) for code in PERMISSION_CODES)
    assert len(PERMISSION_CODES) == len(PERMISSIONS)
    assert all(p.description for p in PERMISSIONS)


async def test_every_granted_permission_exists(session: AsyncSession) -> None:
    assert {g.permission for g in GRANTS} <= PERMISSION_CODES
    stored = await session.scalar(
        select(func.count())
        .select_from(RolePermission)
        .join(Permission, Permission.id == RolePermission.permission_id)
    )
    assert stored == len(GRANTS)


async def test_admin_has_everything(session: AsyncSession) -> None:
    assert await _granted(session, "admin", None) == {"*"}


async def test_common_areas_for_every_role(session: AsyncSession) -> None:
    for role in ("gerente", "auxiliar", "cobrador", "vendedor", "ajustador"):
        assert set(COMMON) <= await _granted(session, role, None), role


async def test_field_roles(session: AsyncSession) -> None:
    seller = await _granted(session, "vendedor", None)
    assert {"policies.create", "policies.read_own", "clients.create", "proposals.create"} <= seller
    assert {"renewals.read_own", "renewals.edit", "cash.read_own"} <= seller
    collector = await _granted(session, "cobrador", None)
    assert {
        "proposals.create",
        "proposals.read_own",
        "collections.read_own",
        "collections.routes",
    } <= collector
    assert "cash.read_own" in collector
    adjuster = await _granted(session, "ajustador", None)
    assert {"incidents.read_assigned", "incidents.update_own", "proposals.create"} <= adjuster
    # Nobody but admin and gerente cancels policies or edits payments outside Cobranza.
    for role in ("auxiliar", "cobrador", "vendedor", "ajustador"):
        assert "policies.cancel" not in await _granted(session, role, None)
        assert "payments.edit" not in await _granted(session, role, None)


async def test_department_scoped_gerente_grants(session: AsyncSession) -> None:
    gerente = await _granted(session, "gerente", None)
    assert {"reports.*", "dashboard.read", "policies.cancel"} <= gerente
    assert "payments.edit" not in gerente and "payments.*" not in gerente
    cobranza = await _granted(session, "gerente", "cobranza")
    assert {
        "payments.*",
        "proposals.*",
        "receipts.*",
        "collections.*",
        "cash.*",
        "cancellations.read",
    } <= cobranza
    assert {"incidents.*", "tow.*", "shifts.*"} == await _granted(session, "gerente", "siniestros")
    ventas = await _granted(session, "gerente", "ventas")
    assert {"policies.edit", "policies.change_seller", "renewals.*", "promotions.*", "clients.edit"} <= ventas
    assert {"hr.*", "admin.employees"} <= await _granted(session, "gerente", "administracion")
    auxiliar = await _granted(session, "auxiliar", "cobranza")
    assert {"payments.read", "payments.edit", "payments.create", "proposals.read"} <= auxiliar
    assert {"proposals.approve", "proposals.reject", "receipts.read"} <= auxiliar
    assert "payments.revert" not in auxiliar


async def test_settings_keep_an_admin_changed_value(session: AsyncSession) -> None:
    await session.execute(
        text(
            "UPDATE app_setting SET value = '\"7500.00\"', description = 'cambiada' "
            "WHERE key = 'proposal_manager_threshold'"
        )
    )
    report = await run_seed(session)
    assert report.tables["app_setting"].updated == 1
    setting = (
        await session.execute(
            select(AppSetting.value, AppSetting.description).where(
                AppSetting.key == "proposal_manager_threshold"
            )
        )
    ).one()
    assert setting.value == "7500.00"
    assert setting.description != "cambiada"


async def test_settings_values(session: AsyncSession) -> None:
    values = {row.key: row.value for row in await session.execute(select(AppSetting.key, AppSetting.value))}
    assert values["proposal_manager_threshold"] == "5000.00"
    assert values["late_days_max"] == 5
    assert values["network_mode"] == "off"
    assert values["login_limits"]["max_attempts_per_user"] == 5
    for key in ("tow_cap_comprehensive", "tow_cap_other", "endorsement_fee"):
        assert re.fullmatch(r"\d+\.\d{2}", values[key]), key


async def test_coverage_catalogue(session: AsyncSession) -> None:
    basic = (
        await session.execute(
            select(Coverage).where(
                Coverage.name == "RC BASICA", Coverage.vehicle_key == 101, Coverage.service_type == "private"
            )
        )
    ).scalar_one()
    assert (basic.cash_price, basic.credit_price, basic.initial_payment) == (
        Decimal("3800.00"),
        Decimal("4200.00"),
        Decimal("1200.00"),
    )
    keys = {k.code: k for k in VEHICLE_KEYS}
    for c in COVERAGES:
        key = keys[c.vehicle_key]
        assert (c.cylinder_band is not None) == key.requires_cylinder_band, c
        if c.category == "comprehensive":
            assert key.allows_comprehensive, c
            assert c.cash_price == c.credit_price == c.initial_payment == Decimal("0.00"), c
        else:
            assert c.cash_price > 0 and c.cash_price < c.credit_price, c
            assert (c.credit_price - c.initial_payment) % 6 == 0, c
    names = {c.name for c in COVERAGES}
    assert {"RC BASICA", "RC PLUS", "RC PRO", "RC INTERMEDIA", "RC PREMIUM"} <= names
    assert {"AMPLIA", "AMPLIA SELECT", "PLATINO", "PLATINO PLUS", "PLATAFORMA"} <= names
    assert {"RC TON 3 A 5", "RC TON 6 A 10"} <= names


async def test_municipalities_are_in_the_metro_area(session: AsyncSession) -> None:
    far = await session.scalar(
        select(func.count())
        .select_from(Municipality)
        .where(
            ~func.ST_DWithin(
                Municipality.centroid, func.ST_GeogFromText("SRID=4326;POINT(-103.3496 20.6767)"), 45_000
            )
        )
    )
    assert far == 0
    assert set(await session.scalars(select(Municipality.state))) == {"Jalisco"}
