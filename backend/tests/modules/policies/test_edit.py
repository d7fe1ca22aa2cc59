"""Editing policies: PATCH of the editable fields (audited), locked fields refused with a reason,
change of seller (cascades to unpaid installments only), suspend / lift suspension."""

from __future__ import annotations

from datetime import date

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events import Event, event_bus
from app.models import AuditLog, Payment
from app.models.enums import PaymentStatus, PolicyStatus
from tests.modules.policies.conftest import API, Team, reload, seed_policy


async def audit_rows(session: AsyncSession, table: str, record_id: int, action: str) -> list[AuditLog]:
    rows = await session.scalars(
        select(AuditLog)
        .where(AuditLog.table_name == table, AuditLog.record_id == str(record_id), AuditLog.action == action)
        .order_by(AuditLog.id)
    )
    return list(rows.all())


class Captured:
    def __init__(self, *names: str) -> None:
        self.names = names
        self.events: list[Event] = []

    async def handler(self, event: Event) -> None:
        self.events.append(event)

    def __enter__(self) -> Captured:
        for name in self.names:
            event_bus.subscribe(name)(self.handler)
        return self

    def __exit__(self, *exc: object) -> None:
        for name in self.names:
            event_bus.unsubscribe(name, self.handler)


# -- PATCH -------------------------------------------------------------------------------------------


async def test_patch_editable_fields_is_audited(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    bundle = await seed_policy(session, effective=date(2026, 11, 20), contract_folio="OLD-1")
    pid = bundle.policy.id
    with Captured("policy.updated") as captured:
        r = await client.patch(
            f"{API}/{pid}",
            headers=team.sales_manager.headers,
            json={
                "contract_folio": " new-9 ",
                "notes": "Cliente pide factura",
                "sale_date": "2026-11-18",
                "elaboration_date": "2026-11-19",
                "has_payment_issues": True,
                "tow_services_available": 3,
                "contract_image_file_id": "file-123",
            },
        )
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["contract_folio"], body["notes"], body["sale_date"]) == (
        "NEW-9",
        "Cliente pide factura",
        "2026-11-18",
    )
    assert (body["has_payment_issues"], body["tow_services_available"]) == (True, 3)
    [row] = await audit_rows(session, "policy", pid, "update")
    assert row.user_id == team.sales_manager.user_id
    assert row.before is not None and row.after is not None
    assert row.before["contract_folio"] == "OLD-1" and row.after["contract_folio"] == "NEW-9"
    assert row.before["has_payment_issues"] is False and row.after["has_payment_issues"] is True
    assert "prima_total" not in row.after  # only what changed
    assert [e.payload["policy_id"] for e in captured.events] == [pid]
    assert body["history"][0]["action"] == "update"


async def test_patch_refuses_locked_fields_with_a_reason(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    bundle = await seed_policy(session)
    r = await client.patch(
        f"{API}/{bundle.policy.id}",
        headers=team.admin.headers,
        json={"payment_plan": "cash", "prima_total": "1.00", "effective_date": "2026-12-01", "notes": "x"},
    )
    assert r.status_code == 422
    body = r.json()
    assert body["error"] == "POLICY_FIELD_LOCKED"
    assert set(body["fields"]) == {"payment_plan", "prima_total", "effective_date"}
    assert "endoso" in body["fields"]["prima_total"]
    assert (await reload(session, bundle.policy.id)).notes is None  # nothing changed


async def test_patch_validations(client: httpx.AsyncClient, session: AsyncSession, team: Team) -> None:
    bundle = await seed_policy(session, effective=date(2026, 11, 20))
    await seed_policy(session, contract_folio="TAKEN-1")
    h = team.sales_manager.headers
    url = f"{API}/{bundle.policy.id}"
    r = await client.patch(url, headers=h, json={"contract_folio": "taken-1"})
    assert (r.status_code, r.json()["error"]) == (409, "CONTRACT_FOLIO_EXISTS")
    r = await client.patch(url, headers=h, json={"sale_date": "2026-11-29"})
    assert r.status_code == 422 and r.json()["fields"] == {
        "sale_date": "La fecha de venta no puede ser futura."
    }
    r = await client.patch(url, headers=h, json={"sale_date": "2026-11-21"})
    assert r.json()["fields"] == {
        "sale_date": "La fecha de venta no puede ser posterior al inicio de vigencia."
    }
    r = await client.patch(url, headers=h, json={"elaboration_date": "2026-11-01"})
    assert r.json()["fields"] == {
        "elaboration_date": "La fecha de elaboración no puede ser anterior a la venta."
    }
    r = await client.patch(url, headers=h, json={"tow_services_available": -1, "color": "rojo"})
    assert r.status_code == 422
    assert r.json()["fields"] == {
        "tow_services_available": "Debe ser mayor o igual que 0.",
        "color": "Campo no permitido.",
    }
    r = await client.patch(url, headers=h, json={"contract_folio": None})
    assert r.status_code == 422
    r = await client.patch(f"{API}/999999", headers=h, json={"notes": "x"})
    assert (r.status_code, r.json()["error"]) == (404, "POLICY_NOT_FOUND")


async def test_only_sales_managers_and_admins_edit(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    bundle = await seed_policy(session, seller_id=team.seller.employee_id)
    url = f"{API}/{bundle.policy.id}"
    for subject in (team.seller, team.collections_manager, team.assistant, team.collector, team.adjuster):
        r = await client.patch(url, headers=subject.headers, json={"notes": "x"})
        assert (r.status_code, r.json()["error"]) == (403, "FORBIDDEN"), subject.roles
        r = await client.post(
            f"{url}/change-seller",
            headers=subject.headers,
            json={"seller_id": team.other_seller.employee_id, "reason": "reasignación"},
        )
        assert r.status_code == 403, subject.roles
    for subject in (team.seller, team.assistant, team.collector, team.adjuster):
        r = await client.post(f"{url}/suspend", headers=subject.headers, json={"reason": "revisión"})
        assert r.status_code == 403, subject.roles
    assert (await client.patch(url, headers=team.admin.headers, json={"notes": "x"})).status_code == 200


# -- change seller -----------------------------------------------------------------------------------


async def test_change_seller_moves_unpaid_installments_only(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    bundle = await seed_policy(session, seller_id=team.seller.employee_id, paid=(1, 2))
    bundle.payment(3).status = PaymentStatus.LATE
    await session.flush()
    pid = bundle.policy.id
    with Captured("policy.seller_changed") as captured:
        r = await client.post(
            f"{API}/{pid}/change-seller",
            headers=team.sales_manager.headers,
            json={"seller_id": team.other_seller.employee_id, "reason": "El vendedor dejó la zona"},
        )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["seller"]["id"] == team.other_seller.employee_id
    sellers = {i["payment_number"]: i["seller_id"] for i in body["installments"]}
    assert sellers == {
        1: team.seller.employee_id,
        2: team.seller.employee_id,
        **dict.fromkeys(range(3, 8), team.other_seller.employee_id),
    }
    [row] = await audit_rows(session, "policy", pid, "change_seller")
    assert row.before == {"seller_id": team.seller.employee_id}
    assert row.after is not None and row.after["reason"] == "El vendedor dejó la zona"
    assert row.after["installments"] == [3, 4, 5, 6, 7]
    payments = (await session.scalars(select(Payment).where(Payment.policy_id == pid))).all()
    moved = [p for p in payments if p.payment_number >= 3]
    for p in moved:
        assert len(await audit_rows(session, "payment", p.id, "seller_changed")) == 1
    [event] = captured.events
    assert event.payload["new_seller_id"] == team.other_seller.employee_id


async def test_change_seller_refusals(client: httpx.AsyncClient, session: AsyncSession, team: Team) -> None:
    bundle = await seed_policy(session, seller_id=team.seller.employee_id)
    url = f"{API}/{bundle.policy.id}/change-seller"
    h = team.admin.headers
    r = await client.post(url, headers=h, json={"seller_id": team.seller.employee_id, "reason": "igual"})
    assert (r.status_code, r.json()["error"]) == (409, "SAME_SELLER")
    r = await client.post(
        url, headers=h, json={"seller_id": team.assistant.employee_id, "reason": "no vende"}
    )
    assert (r.status_code, r.json()["error"]) == (422, "SELLER_NOT_ACTIVE")
    assert r.json()["fields"] == {"seller_id": "Debe ser un empleado activo marcado como vendedor."}
    r = await client.post(url, headers=h, json={"seller_id": team.other_seller.employee_id})
    assert r.status_code == 422 and r.json()["fields"] == {"reason": "Este campo es obligatorio."}
    (await reload(session, bundle.policy.id)).status = PolicyStatus.CANCELLED
    await session.flush()
    r = await client.post(url, headers=h, json={"seller_id": team.other_seller.employee_id, "reason": "baja"})
    assert (r.status_code, r.json()["error"]) == (409, "POLICY_CANCELLED")


# -- suspension ----------------------------------------------------------------------------------------


async def test_suspend_and_lift_recomputes_the_status(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    bundle = await seed_policy(session, effective=date(2026, 11, 1), paid=(1,), status=PolicyStatus.ACTIVE)
    pid = bundle.policy.id
    with Captured("policy.suspended", "policy.suspension_lifted") as captured:
        r = await client.post(
            f"{API}/{pid}/suspend", headers=team.collections_manager.headers, json={"reason": "Investigación"}
        )
        assert r.status_code == 200, r.text
        assert (r.json()["status"], r.json()["status_reason"]) == ("suspended", "Investigación")
        r = await client.post(f"{API}/{pid}/suspend", headers=team.admin.headers, json={"reason": "otra vez"})
        assert (r.status_code, r.json()["error"]) == (409, "POLICY_ALREADY_SUSPENDED")

        r = await client.post(
            f"{API}/{pid}/lift-suspension", headers=team.sales_manager.headers, json={"reason": "Aclarado"}
        )
        assert r.status_code == 200, r.text
        # today (28/11/2026): installment 1 paid, installment 2 due 01/12 -> active
        assert (r.json()["status"], r.json()["status_reason"]) == ("active", None)
    [suspend] = await audit_rows(session, "policy", pid, "suspend")
    assert suspend.before == {"status": "active", "status_reason": None}
    assert suspend.after == {"status": "suspended", "status_reason": "Investigación"}
    [lift] = await audit_rows(session, "policy", pid, "lift_suspension")
    assert lift.after == {"status": "active", "status_reason": None, "reason": "Aclarado"}
    assert lift.user_id == team.sales_manager.user_id
    assert [e.name for e in captured.events] == ["policy.suspended", "policy.suspension_lifted"]

    r = await client.post(
        f"{API}/{pid}/lift-suspension", headers=team.admin.headers, json={"reason": "de nuevo"}
    )
    assert (r.status_code, r.json()["error"]) == (409, "POLICY_NOT_SUSPENDED")


async def test_lifting_a_suspension_can_land_on_morosa(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    bundle = await seed_policy(session, effective=date(2026, 10, 1), paid=(1,), status=PolicyStatus.SUSPENDED)
    r = await client.post(
        f"{API}/{bundle.policy.id}/lift-suspension", headers=team.admin.headers, json={"reason": "Aclarado"}
    )
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "morosa"  # installment 2 was due 01/11: 27 days late on 28/11
    assert body["installments"][1]["status"] == "overdue"


async def test_a_cancelled_policy_cannot_be_suspended(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    bundle = await seed_policy(session, status=PolicyStatus.CANCELLED)
    r = await client.post(
        f"{API}/{bundle.policy.id}/suspend", headers=team.admin.headers, json={"reason": "x" * 3}
    )
    assert (r.status_code, r.json()["error"]) == (409, "POLICY_CANCELLED")
    assert r.json()["detail"] == "No se puede suspender una póliza cancelada."
    r = await client.post(
        f"{API}/{bundle.policy.id}/suspend", headers=team.admin.headers, json={"reason": "x"}
    )
    assert r.status_code == 422 and r.json()["fields"] == {"reason": "Debe tener al menos 3 caracteres."}
