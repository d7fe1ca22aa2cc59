"""``/api/v1/admin/settings``: typed, audited edits; network keys invalidate the network cache."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.modules.admin.settings import check_shape
from app.modules.auth.network import CONFIG_CACHE_KEY, load_network_config
from tests.fixtures.auth import MakeUser, Subject
from tests.modules.admin.helpers import audit_rows

URL = "/api/v1/admin/settings"

pytestmark = pytest.mark.usefixtures("fresh_network_config")


@pytest.fixture
async def admin(make_user: MakeUser) -> Subject:
    return await make_user(roles=[("admin", None)])


async def patch(client: httpx.AsyncClient, who: Subject, key: str, value: Any) -> httpx.Response:
    return await client.patch(f"{URL}/{key}", json={"value": value}, headers=who.headers)


async def test_list_and_edit_with_audit(
    client: httpx.AsyncClient, admin: Subject, session: AsyncSession
) -> None:
    r = await client.get(URL, headers=admin.headers)
    assert r.status_code == 200
    settings = {s["key"]: s for s in r.json()}
    assert settings["proposal_manager_threshold"]["value"] == "5000.00"
    assert settings["network_mode"]["value"] == "off"
    assert settings["vpn_cidrs"]["value"] == ["10.8.0.0/24"]

    r = await patch(client, admin, "proposal_manager_threshold", "7500.00")
    assert r.status_code == 200, r.text
    assert (r.json()["value"], r.json()["updated_by_user_id"]) == ("7500.00", admin.user_id)
    [row] = await audit_rows(session, table="app_setting", record_id="proposal_manager_threshold")
    assert (row.before, row.after, row.user_id) == ({"value": "5000.00"}, {"value": "7500.00"}, admin.user_id)
    assert (await patch(client, admin, "proposal_manager_threshold", "7500.00")).status_code == 200
    assert len(await audit_rows(session, table="app_setting", record_id="proposal_manager_threshold")) == 1

    r = await patch(client, admin, "no_existe", 1)
    assert (r.status_code, r.json()["error"]) == (404, "SETTING_NOT_FOUND")
    r = await client.patch(f"{URL}/late_days_max", json={"value": 5, "extra": 1}, headers=admin.headers)
    assert r.json()["fields"] == {"extra": "Campo no permitido."}
    r = await client.patch(f"{URL}/late_days_max", json={}, headers=admin.headers)
    assert r.json()["fields"] == {"value": "Este campo es obligatorio."}


@pytest.mark.parametrize(
    ("key", "value", "fields"),
    [
        ("late_days_max", "5", {"value": "Debe ser un número entero."}),
        ("late_days_max", 5.5, {"value": "Debe ser un número entero."}),
        ("late_days_max", True, {"value": "Debe ser un número entero."}),
        ("late_days_max", -1, {"value": "No puede ser negativo."}),
        ("proposal_manager_threshold", 5000, {"value": "Debe ser texto."}),
        (
            "proposal_manager_threshold",
            "5000",
            {"value": "Debe ser una cantidad con dos decimales, p. ej. «1200.00»."},
        ),
        ("message_retry_backoff_minutes", [1, "5"], {"value.1": "Debe ser un número entero."}),
        (
            "geofence",
            {"office_radius_m": 500},
            {"value.field_radius_m": "Este campo es obligatorio."},
        ),
        (
            "geofence",
            {"office_radius_m": 0, "field_radius_m": 50000},
            {"value.office_radius_m": "Debe ser mayor que 0."},
        ),
        ("network_mode", "vpm", {"value": "Valor no permitido. Opciones: 'off', 'vpn', 'geofence'."}),
        (
            "vpn_cidrs",
            ["10.8.0.0/24", "10.8.0.0/33"],
            {"value.1": "Rango no válido (formato CIDR, p. ej. 10.8.0.0/24)."},
        ),
        (
            "office_location",
            {"lat": 95, "lng": -103.2},
            {"value.lat": "La latitud debe estar entre -90 y 90."},
        ),
        (
            "delinquency_messages",
            {
                "min_days_late_first_installment": 5,
                "min_days_late_later_installments": 3,
                "max_per_week": 2,
                "min_days_between": 3,
                "window_start": "9 am",
                "window_end": "20:00",
            },
            {"value.window_start": "Debe ser una hora HH:MM."},
        ),
    ],
)
async def test_a_value_keeps_the_shape_of_the_current_one(
    client: httpx.AsyncClient, admin: Subject, key: str, value: Any, fields: dict[str, str]
) -> None:
    r = await patch(client, admin, key, value)
    assert r.status_code == 422, r.text
    assert r.json()["fields"] == fields


def test_shape_check_accepts_ints_where_numbers_are_expected() -> None:
    assert check_shape({"decay_per_day": 0.003}, {"decay_per_day": 0}) == {}
    assert check_shape([], ["anything"]) == {}


async def test_network_keys_need_admin_network_and_invalidate_the_cache(
    client: httpx.AsyncClient, admin: Subject, make_user: MakeUser, session: AsyncSession, redis: Redis
) -> None:
    clerk = await make_user(roles=[("auxiliar", "administracion")], departments=[("administracion", False)])
    r = await client.put(
        f"/api/v1/admin/users/{clerk.user_id}/overrides",
        json=[{"permission": "settings.edit", "effect": "grant", "reason": "Mantiene los umbrales"}],
        headers=admin.headers,
    )
    assert r.status_code == 200
    assert (await patch(client, clerk, "late_days_max", 6)).status_code == 200
    r = await patch(client, clerk, "network_mode", "geofence")
    assert (r.status_code, r.json()["fields"]) == (403, {"permission": "admin.network"})

    assert (await load_network_config(session, redis)).mode == "off"
    assert await redis.exists(CONFIG_CACHE_KEY)
    r = await patch(client, admin, "office_location", {"lat": 20.62, "lng": -103.24})
    assert r.status_code == 200, r.text
    assert not await redis.exists(CONFIG_CACHE_KEY)  # dropped after the commit
    config = await load_network_config(session, redis)
    assert (config.office_lat, config.office_lng) == (20.62, -103.24)
