"""The error envelope, Spanish messages, and 'a failing request leaves nothing written'."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from app.core.events import Event, event_bus

pytestmark = pytest.mark.commit


def assert_envelope(body: dict[str, object], code: str) -> None:
    assert set(body) == {"error", "detail", "fields"}
    assert body["error"] == code
    assert isinstance(body["detail"], str) and body["detail"]


async def test_unknown_route_is_a_spanish_404(probe_client: httpx.AsyncClient) -> None:
    r = await probe_client.get("/api/v1/no-existe")
    assert r.status_code == 404
    assert_envelope(r.json(), "NOT_FOUND")
    assert "No se encontró" in r.json()["detail"]


async def test_method_not_allowed(probe_client: httpx.AsyncClient) -> None:
    r = await probe_client.delete("/health/live")
    assert r.status_code == 405
    assert_envelope(r.json(), "METHOD_NOT_ALLOWED")


async def test_validation_errors_name_each_field_in_spanish(probe_client: httpx.AsyncClient) -> None:
    r = await probe_client.post(
        "/api/v1/_probe/items", json={"name": "ab", "amount": "-5", "due": "31/12/2026", "role": "admin"}
    )
    assert r.status_code == 422
    body = r.json()
    assert_envelope(body, "VALIDATION_ERROR")
    assert body["fields"] == {
        "name": "Debe tener al menos 3 caracteres.",
        "amount": "Debe ser mayor que 0.",
        "due": "Fecha no válida (formato AAAA-MM-DD).",
        "role": "Campo no permitido.",
    }


async def test_missing_fields_and_bad_json(probe_client: httpx.AsyncClient) -> None:
    r = await probe_client.post("/api/v1/_probe/items", json={})
    assert r.json()["fields"]["name"] == "Este campo es obligatorio."
    r = await probe_client.post(
        "/api/v1/_probe/items", content=b"{no es json", headers={"content-type": "application/json"}
    )
    assert r.status_code == 422
    assert_envelope(r.json(), "VALIDATION_ERROR")


async def test_money_round_trips_as_a_two_decimal_string(probe_client: httpx.AsyncClient) -> None:
    r = await probe_client.post(
        "/api/v1/_probe/items", json={"name": "abc", "amount": "1200.5", "due": "2026-12-31"}
    )
    assert r.status_code == 200
    assert r.json()["amount"] == "1200.50"
    r = await probe_client.post(
        "/api/v1/_probe/items", json={"name": "abc", "amount": "1.234", "due": "2026-12-31"}
    )
    assert r.json()["fields"]["amount"] == "Debe tener como máximo 2 decimales."


async def test_domain_error_keeps_its_code_and_fields(probe_client: httpx.AsyncClient) -> None:
    r = await probe_client.get("/api/v1/_probe/conflict")
    assert r.status_code == 409
    assert r.json() == {
        "error": "RECEIPT_DUPLICATE",
        "detail": "El recibo A0001 ya fue usado.",
        "fields": {"receipt": "Usado"},
    }


async def test_unhandled_exception_is_500_without_trace(probe_client: httpx.AsyncClient) -> None:
    r = await probe_client.get("/api/v1/_probe/boom", headers={"Origin": "http://127.0.0.1:3000"})
    assert r.status_code == 500
    # still passes through CORS, so the web app can read the error
    assert r.headers["access-control-allow-origin"] == "http://127.0.0.1:3000"
    assert_envelope(r.json(), "INTERNAL_ERROR")
    assert "hunter2" not in r.text and "Traceback" not in r.text and "RuntimeError" not in r.text
    assert r.headers["x-request-id"]
    assert r.headers["x-content-type-options"] == "nosniff"


async def _count(engine: AsyncEngine, street: str) -> int:
    async with engine.connect() as conn:
        return int(
            (
                await conn.execute(text("SELECT count(*) FROM address WHERE street = :s"), {"s": street})
            ).scalar_one()
        )


@pytest.mark.parametrize(
    ("path", "status", "street"),
    [
        ("/api/v1/_probe/write-then-fail", 422, "PROBE FAIL"),
        ("/api/v1/_probe/write-then-crash", 500, "PROBE CRASH"),
    ],
)
async def test_failing_request_leaves_nothing_written_and_publishes_nothing(
    probe_client: httpx.AsyncClient, engine: AsyncEngine, path: str, status: int, street: str
) -> None:
    seen: list[Event] = []

    async def handler(event: Event) -> None:
        seen.append(event)

    event_bus.subscribe("probe.written")(handler)
    try:
        r = await probe_client.post(path)
    finally:
        event_bus.unsubscribe("probe.written", handler)
    assert r.status_code == status
    assert await _count(engine, street) == 0
    assert seen == []


async def test_successful_request_commits_then_delivers_events(
    probe_client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    seen: list[tuple[str, int]] = []

    async def handler(event: Event) -> None:
        # delivered after commit: another connection already sees the row
        seen.append((event.payload["street"], await _count(engine, "PROBE OK")))

    event_bus.subscribe("probe.written")(handler)
    try:
        r = await probe_client.post("/api/v1/_probe/write-ok")
    finally:
        event_bus.unsubscribe("probe.written", handler)
    assert r.status_code == 200
    assert seen == [("PROBE OK", 1)]


async def test_a_refusal_marked_keep_changes_commits_its_trace(
    probe_client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    r = await probe_client.post("/api/v1/_probe/write-then-refuse-keeping-trace")
    assert r.status_code == 422
    assert r.json()["detail"] == "Rechazado, pero queda constancia."
    assert await _count(engine, "PROBE TRACE") == 1


def test_enum_and_email_messages_are_spanish() -> None:
    from pydantic import BaseModel, EmailStr, ValidationError

    from app.core.exceptions import validation_fields
    from app.models.enums import PermissionEffect

    class Model(BaseModel):
        effect: PermissionEffect
        email: EmailStr

    with pytest.raises(ValidationError) as caught:
        Model(effect="maybe", email="no-es-correo")  # type: ignore[arg-type]
    fields = validation_fields(caught.value.errors())
    assert fields == {
        "effect": "Valor no permitido. Opciones: 'grant' o 'revoke'.",
        "email": "Correo electrónico no válido.",
    }
