"""Cancellations: permissions, validation, what a cancellation changes (and what it leaves),
the list with its local-time periods, undo, the codes catalogue."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events import Event, event_bus
from app.models import AuditLog, Card, CollectionAssignment, Payment, Policy, PolicyCancellation
from app.models.enums import CardHolder, CardStatus, PaymentStatus, PolicyStatus
from app.modules.cancellations.service import POLICY_CANCELLATION_UNDONE, POLICY_CANCELLED
from tests.fixtures.factories import MakePolicy, PolicyBundle
from tests.modules.cancellations.conftest import API, Team

REASON = "El cliente dejó de pagar desde agosto."


class Captured:
    def __init__(self) -> None:
        self.events: list[Event] = []

    async def __call__(self, event: Event) -> None:
        self.events.append(event)


@pytest.fixture
def captured() -> Any:
    sink = Captured()
    for name in (POLICY_CANCELLED, POLICY_CANCELLATION_UNDONE):
        event_bus.subscribe(name)(sink)
    yield sink
    for name in (POLICY_CANCELLED, POLICY_CANCELLATION_UNDONE):
        event_bus.unsubscribe(name, sink)


async def installment_statuses(session: AsyncSession, policy_id: int) -> dict[int, str]:
    rows = await session.execute(
        select(Payment.payment_number, Payment.status)
        .where(Payment.policy_id == policy_id)
        .order_by(Payment.payment_number)
        .execution_options(populate_existing=True)
    )
    return {int(n): s.value for n, s in rows}


async def policy_state(session: AsyncSession, policy_id: int) -> tuple[PolicyStatus, str | None]:
    row = (
        await session.execute(select(Policy.status, Policy.status_reason).where(Policy.id == policy_id))
    ).one()
    return row[0], row[1]


async def card_of(session: AsyncSession, policy_id: int) -> Card:
    card = await session.scalar(
        select(Card).where(Card.policy_id == policy_id).execution_options(populate_existing=True)
    )
    assert card is not None
    return card


async def morosa_with_collector(
    session: AsyncSession, policy_factory: MakePolicy, team: Team
) -> PolicyBundle:
    """Effective 2026-06-28, installments 1-3 paid, 4 and 5 overdue, 6 and 7 pending; the card
    is held by the collector."""
    bundle = await policy_factory(
        effective=date(2026, 6, 28),
        paid=[1, 2, 3],
        status=PolicyStatus.MOROSA,
        installment_status={4: PaymentStatus.OVERDUE, 5: PaymentStatus.OVERDUE},
    )
    await session.execute(
        update(Card)
        .where(Card.policy_id == bundle.policy.id)
        .values(holder=CardHolder.COLLECTOR, holder_employee_id=team.collector.employee_id)
    )
    await session.commit()
    return bundle


async def test_requires_a_session(client: httpx.AsyncClient) -> None:
    assert (await client.get(f"{API}/cancellations")).status_code == 401
    assert (await client.get(f"{API}/cancellation-codes")).status_code == 401
    r = await client.post(f"{API}/policies/1/cancel", json={"code": "C1", "reason": REASON})
    assert (r.status_code, r.json()["error"]) == (401, "NOT_AUTHENTICATED")


async def test_only_admin_and_gerentes_cancel(
    client: httpx.AsyncClient, team: Team, session: AsyncSession, policy_factory: MakePolicy
) -> None:
    first = await policy_factory(effective=date(2026, 10, 1), paid=[1])
    second = await policy_factory(effective=date(2026, 10, 1), paid=[1])
    await session.commit()
    body = {"code": "C2", "reason": "El cliente vendió el vehículo."}
    for subject in (team.seller, team.assistant, team.collector):
        r = await client.post(f"{API}/policies/{first.policy.id}/cancel", json=body, headers=subject.headers)
        assert (r.status_code, r.json()["error"]) == (403, "FORBIDDEN")
    r = await client.post(
        f"{API}/policies/{first.policy.id}/cancel", json=body, headers=team.sales_manager.headers
    )
    assert r.status_code == 201, r.text
    r = await client.post(f"{API}/policies/{second.policy.id}/cancel", json=body, headers=team.admin.headers)
    assert r.status_code == 201, r.text


async def test_validation(
    client: httpx.AsyncClient, team: Team, session: AsyncSession, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=date(2026, 10, 1), paid=[1, 2])
    await session.commit()
    url = f"{API}/policies/{bundle.policy.id}/cancel"
    h = team.admin.headers

    async def fields(body: dict[str, Any]) -> dict[str, str]:
        r = await client.post(url, json=body, headers=h)
        assert r.status_code == 422, r.text
        return dict(r.json()["fields"])

    assert await fields({"code": "C1", "reason": "corto"}) == {"reason": "Debe tener al menos 10 caracteres."}
    assert await fields({"code": "C1"}) == {"reason": "Este campo es obligatorio."}
    assert await fields({"code": "C1", "reason": REASON, "motivo": "x"}) == {"motivo": "Campo no permitido."}
    assert await fields({"code": "C1", "reason": REASON, "payments_made": -1}) == {
        "payments_made": "Debe ser mayor o igual que 0."
    }
    assert await fields({"code": "C9", "reason": REASON}) == {"code": "Motivo no válido."}
    assert await fields({"code": "C1", "reason": REASON, "payments_made": 3}) == {
        "payments_made": "Solo hay 2 mensualidades pagadas: no se pueden declarar más pagos realizados."
    }
    assert await fields({"code": "C1", "reason": REASON, "payments_made": 9}) == {
        "payments_made": "La póliza tiene 7 mensualidades."
    }
    r = await client.put(
        f"{API}/cancellation-codes/C3",
        json={
            "description": "Venta, robo o pérdida total.",
            "highlight": False,
            "blocks_renewal": False,
            "is_active": False,
        },
        headers=h,
    )
    assert r.status_code == 200
    assert await fields({"code": "c3", "reason": REASON}) == {"code": "Motivo no válido."}
    r = await client.post(f"{API}/policies/999999/cancel", json={"code": "C1", "reason": REASON}, headers=h)
    assert (r.status_code, r.json()["error"]) == (404, "POLICY_NOT_FOUND")


async def test_cancel_changes_installments_card_policy_with_snapshot_audit_and_event(
    client: httpx.AsyncClient,
    team: Team,
    session: AsyncSession,
    policy_factory: MakePolicy,
    captured: Captured,
) -> None:
    bundle = await morosa_with_collector(session, policy_factory, team)
    policy_id = bundle.policy.id
    r = await client.post(
        f"{API}/policies/{policy_id}/cancel",
        json={"code": "c1", "reason": REASON, "notify_seller": True, "notify_client": True},
        headers=team.collections_manager.headers,
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert (body["code"], body["payments_made"], body["installments_cancelled"]) == ("C1", 3, 4)
    assert (body["notify_seller"], body["notify_collector"], body["notify_client"]) == (True, False, True)
    assert body["folio"] == bundle.policy.folio and body["client_name"] == "Juan Pérez"
    assert body["cancelled_by_user_id"] == team.collections_manager.user_id

    assert await installment_statuses(session, policy_id) == {
        1: "paid",
        2: "paid",
        3: "paid",
        4: "cancelled",
        5: "cancelled",
        6: "cancelled",
        7: "cancelled",
    }
    assert await policy_state(session, policy_id) == (PolicyStatus.CANCELLED, f"C1: {REASON}")
    card = await card_of(session, policy_id)
    assert (card.holder, card.holder_employee_id, card.status) == (
        CardHolder.ARCHIVE,
        None,
        CardStatus.CANCELLED,
    )
    moves = (
        await session.scalars(select(CollectionAssignment).where(CollectionAssignment.card_id == card.id))
    ).all()
    assert [(m.from_holder, m.from_employee_id, m.to_holder, m.reason) for m in moves] == [
        (CardHolder.COLLECTOR, team.collector.employee_id, CardHolder.ARCHIVE, "Cancelación de póliza (C1)")
    ]
    assert body["snapshot"]["policy"] == {"status": "morosa", "status_reason": None}
    assert [(p["number"], p["status"]) for p in body["snapshot"]["payments"]] == [
        (4, "overdue"),
        (5, "overdue"),
        (6, "pending"),
        (7, "pending"),
    ]
    assert body["snapshot"]["card"]["holder"] == "collector"

    audit = {
        (a.table_name, a.action)
        for a in (
            await session.scalars(
                select(AuditLog).where(AuditLog.user_id == team.collections_manager.user_id)
            )
        ).all()
    }
    assert {
        ("policy", "cancelled"),
        ("payment", "cancelled"),
        ("card", "reassigned"),
        ("policy_cancellation", "insert"),
    } <= audit
    (event,) = captured.events
    assert event.name == POLICY_CANCELLED
    assert event.payload["notify"] == {"seller": True, "collector": False, "client": True}
    assert event.payload["collector_id"] == team.collector.employee_id
    assert event.payload["installments_cancelled"] == [4, 5, 6, 7]

    r = await client.post(
        f"{API}/policies/{policy_id}/cancel",
        json={"code": "C1", "reason": REASON},
        headers=team.admin.headers,
    )
    assert (r.status_code, r.json()["error"]) == (409, "POLICY_ALREADY_CANCELLED")


async def test_only_unpaid_installments_after_payments_made_are_cancelled(
    client: httpx.AsyncClient, team: Team, session: AsyncSession, policy_factory: MakePolicy
) -> None:
    """domain.md §4: "every unpaid installment after that number becomes cancelled". An unpaid
    installment at or before it stays owed, as it was; paid ones are never touched."""
    hole = await policy_factory(
        effective=date(2026, 6, 28), paid=[1, 2, 4], installment_status={3: PaymentStatus.OVERDUE}
    )
    early = await policy_factory(effective=date(2026, 6, 28), paid=[1, 2, 3])
    await session.commit()
    r = await client.post(
        f"{API}/policies/{hole.policy.id}/cancel",
        json={"code": "C2", "reason": REASON},
        headers=team.admin.headers,
    )
    assert r.json()["payments_made"] == 3  # default: the fully paid installments
    assert await installment_statuses(session, hole.policy.id) == {
        1: "paid",
        2: "paid",
        3: "overdue",  # at or before payments_made: still owed
        4: "paid",
        5: "cancelled",
        6: "cancelled",
        7: "cancelled",
    }
    r = await client.post(
        f"{API}/policies/{early.policy.id}/cancel",
        json={"code": "C2", "reason": REASON, "payments_made": 1},
        headers=team.admin.headers,
    )
    assert r.status_code == 201
    assert await installment_statuses(session, early.policy.id) == {
        1: "paid",
        2: "paid",
        3: "paid",
        4: "cancelled",
        5: "cancelled",
        6: "cancelled",
        7: "cancelled",
    }


async def test_undo_restores_exactly_then_recomputes(
    client: httpx.AsyncClient,
    team: Team,
    session: AsyncSession,
    policy_factory: MakePolicy,
    captured: Captured,
) -> None:
    bundle = await morosa_with_collector(session, policy_factory, team)
    policy_id = bundle.policy.id
    r = await client.post(
        f"{API}/policies/{policy_id}/cancel",
        json={"code": "C1", "reason": REASON},
        headers=team.admin.headers,
    )
    cancellation_id = r.json()["id"]
    url = f"{API}/cancellations/{cancellation_id}/undo"
    body = {"reason": "El cliente se puso al corriente."}
    r = await client.post(url, json=body, headers=team.collections_manager.headers)
    assert (r.status_code, r.json()["error"]) == (403, "FORBIDDEN")
    r = await client.post(url, json={"reason": "corto"}, headers=team.admin.headers)
    assert r.json()["fields"] == {"reason": "Debe tener al menos 10 caracteres."}

    r = await client.post(url, json=body, headers=team.admin.headers)
    assert r.status_code == 200, r.text
    undone = r.json()
    assert undone["undone_by_user_id"] == team.admin.user_id and undone["undo_reason"] == body["reason"]
    assert undone["undone_at"] is not None
    # restored, then recomputed for today (2026-11-28): 4 and 5 overdue, 6 (due 11-28) pending
    assert await installment_statuses(session, policy_id) == {
        1: "paid",
        2: "paid",
        3: "paid",
        4: "overdue",
        5: "overdue",
        6: "pending",
        7: "pending",
    }
    assert await policy_state(session, policy_id) == (PolicyStatus.MOROSA, None)
    card = await card_of(session, policy_id)
    assert (card.holder, card.holder_employee_id, card.status) == (
        CardHolder.COLLECTOR,
        team.collector.employee_id,
        CardStatus.ACTIVE,
    )
    moves = (
        await session.scalars(
            select(CollectionAssignment.to_holder)
            .where(CollectionAssignment.card_id == card.id)
            .order_by(CollectionAssignment.id)
        )
    ).all()
    assert moves == [CardHolder.ARCHIVE, CardHolder.COLLECTOR]
    assert [e.name for e in captured.events] == [POLICY_CANCELLED, POLICY_CANCELLATION_UNDONE]
    assert captured.events[-1].payload["status"] == "morosa"

    r = await client.post(url, json=body, headers=team.admin.headers)
    assert (r.status_code, r.json()["error"]) == (409, "CANCELLATION_ALREADY_UNDONE")
    # the undone cancellation is no longer live: the policy can be cancelled again
    r = await client.post(
        f"{API}/policies/{policy_id}/cancel",
        json={"code": "C5", "reason": "Intento de fraude documentado."},
        headers=team.admin.headers,
    )
    assert r.status_code == 201, r.text
    r = await client.post(f"{API}/cancellations/999999/undo", json=body, headers=team.admin.headers)
    assert (r.status_code, r.json()["error"]) == (404, "CANCELLATION_NOT_FOUND")


async def test_undo_of_a_pending_policy_recomputes_to_active(
    client: httpx.AsyncClient, team: Team, session: AsyncSession, policy_factory: MakePolicy
) -> None:
    """The policy goes back to the status it had (pending), and the updater makes it right for
    today: its first installment is paid and nothing is late, so it is active."""
    bundle = await policy_factory(effective=date(2026, 11, 20), paid=[1], status=PolicyStatus.PENDING)
    await session.commit()
    r = await client.post(
        f"{API}/policies/{bundle.policy.id}/cancel",
        json={"code": "C4", "reason": "Póliza duplicada por error."},
        headers=team.admin.headers,
    )
    r = await client.post(
        f"{API}/cancellations/{r.json()['id']}/undo",
        json={"reason": "No era un duplicado."},
        headers=team.admin.headers,
    )
    assert r.status_code == 200
    assert (await policy_state(session, bundle.policy.id))[0] == PolicyStatus.ACTIVE


async def test_list_filters_and_columns(
    client: httpx.AsyncClient, team: Team, session: AsyncSession, policy_factory: MakePolicy
) -> None:
    # frozen clock: Saturday 2026-11-28, 12:00 local; the week starts Monday 2026-11-23
    local = {
        "today_early": datetime(2026, 11, 28, 6, 30, tzinfo=UTC),  # 00:30 local, today
        "yesterday_late": datetime(2026, 11, 28, 5, 30, tzinfo=UTC),  # 23:30 local on the 27th
        "monday": datetime(2026, 11, 23, 16, 0, tzinfo=UTC),
        "this_month": datetime(2026, 11, 5, 16, 0, tzinfo=UTC),
        "last_month": datetime(2026, 10, 20, 16, 0, tzinfo=UTC),
    }
    ids: dict[str, int] = {}
    folios: dict[str, int] = {}
    for i, (key, at) in enumerate(local.items()):
        bundle = await policy_factory(effective=date(2026, 9, 1), paid=[1])
        await session.commit()
        code = "C5" if key == "monday" else "C1"
        r = await client.post(
            f"{API}/policies/{bundle.policy.id}/cancel",
            json={"code": code, "reason": f"{REASON} ({i})"},
            headers=team.admin.headers,
        )
        assert r.status_code == 201, r.text
        ids[key] = r.json()["id"]
        folios[key] = bundle.policy.folio
        await session.execute(
            update(PolicyCancellation).where(PolicyCancellation.id == ids[key]).values(cancelled_at=at)
        )
        if key == "monday":
            from app.models import Client

            await session.execute(
                update(Client)
                .where(Client.id == bundle.policy.client_id)
                .values(first_name="Ángela", last_name="Núñez")
            )
    await session.commit()
    h = team.collections_manager.headers

    async def listed(**params: Any) -> list[int]:
        r = await client.get(f"{API}/cancellations", params=params, headers=h)
        assert r.status_code == 200, r.text
        return [item["id"] for item in r.json()["items"]]

    assert await listed(period="day") == [ids["today_early"]]
    assert set(await listed(period="week")) == {ids["today_early"], ids["yesterday_late"], ids["monday"]}
    assert len(await listed(period="month")) == 4
    assert len(await listed()) == 5
    assert await listed(code="c5") == [ids["monday"]]
    assert await listed(q="angela nunez") == [ids["monday"]]
    assert await listed(q=str(folios["last_month"])) == [ids["last_month"]]
    assert await listed(undone=True) == []
    assert (await listed(sort="cancelled_at"))[0] == ids["last_month"]

    r = await client.get(f"{API}/cancellations", params={"code": "C5"}, headers=h)
    (row,) = r.json()["items"]
    assert (row["highlight"], row["client_name"], row["code_description"][:8]) == (
        True,
        "Ángela Núñez",
        "Cliente ",
    )
    r = await client.get(f"{API}/cancellations/{ids['monday']}", headers=h)
    assert r.json()["snapshot"]["policy"]["status"] == "pending"
    for subject in (team.sales_manager, team.seller):
        assert (await client.get(f"{API}/cancellations", headers=subject.headers)).status_code == 403
    r = await client.get(f"{API}/cancellations", params={"period": "year"}, headers=h)
    assert r.status_code == 422 and r.json()["fields"]["period"].startswith("Valor no permitido")


async def test_codes_catalogue(client: httpx.AsyncClient, team: Team, session: AsyncSession) -> None:
    r = await client.get(f"{API}/cancellation-codes", headers=team.seller.headers)  # policies.read
    assert r.status_code == 200
    codes = {c["code"]: c for c in r.json()}
    assert sorted(codes) == ["C1", "C2", "C3", "C4", "C5"]
    assert codes["C5"]["highlight"] and codes["C5"]["blocks_renewal"]
    assert not codes["C1"]["highlight"]

    change = {
        "description": "Falta de pago (3 mensualidades o más).",
        "highlight": False,
        "blocks_renewal": False,
        "is_active": True,
    }
    r = await client.put(f"{API}/cancellation-codes/C1", json=change, headers=team.sales_manager.headers)
    assert r.status_code == 403
    r = await client.put(
        f"{API}/cancellation-codes/C1", json={**change, "color": "rojo"}, headers=team.admin.headers
    )
    assert r.json()["fields"] == {"color": "Campo no permitido."}
    r = await client.put(
        f"{API}/cancellation-codes/C1", json={"description": "x"}, headers=team.admin.headers
    )
    assert r.status_code == 422
    r = await client.put(f"{API}/cancellation-codes/C9", json=change, headers=team.admin.headers)
    assert (r.status_code, r.json()["error"]) == (404, "CANCELLATION_CODE_NOT_FOUND")
    r = await client.put(f"{API}/cancellation-codes/c1", json=change, headers=team.admin.headers)
    assert r.status_code == 200 and r.json()["description"] == change["description"]
    audit = await session.scalar(
        select(AuditLog).where(AuditLog.table_name == "cancellation_code", AuditLog.record_id == "C1")
    )
    assert audit is not None and audit.after == {"description": change["description"]}
