"""``/api/v1/receipts`` through HTTP: permissions, validation, batches, assignment, verification,
cancel / mark lost, search, stats, Excel export, audit rows."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import httpx
from openpyxl import load_workbook
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AuditLog, Receipt
from app.models.receipt import ReceiptStatus
from tests.fixtures.factories import MakePolicy
from tests.modules.receipts.conftest import API, Team, add_receipt, set_limit


async def _batch(client: httpx.AsyncClient, team: Team, first: str, last: str) -> httpx.Response:
    return await client.post(
        f"{API}/batches", json={"first": first, "last": last}, headers=team.manager.headers
    )


async def _assign(
    client: httpx.AsyncClient, team: Team, first: str, last: str, **holder: object
) -> httpx.Response:
    return await client.post(
        f"{API}/assign", json={"first": first, "last": last, **holder}, headers=team.manager.headers
    )


async def test_needs_a_session(client: httpx.AsyncClient) -> None:
    response = await client.get(API)
    assert response.status_code == 401
    assert response.json()["error"] == "NOT_AUTHENTICATED"


async def test_permissions(client: httpx.AsyncClient, team: Team) -> None:
    # a collector neither lists every receipt nor creates batches; the auxiliar only reads
    assert (await client.get(API, headers=team.collector.headers)).status_code == 403
    denied = await client.post(
        f"{API}/batches", json={"first": "A0001", "last": "A0002"}, headers=team.assistant.headers
    )
    assert denied.status_code == 403
    assert denied.json()["detail"] == "No tienes permiso para realizar esta acción."
    assert (await client.get(API, headers=team.assistant.headers)).status_code == 200
    assert (await client.get(f"{API}/mine", headers=team.collector.headers)).status_code == 200


async def test_validation_is_spanish_and_refuses_unknown_fields(
    client: httpx.AsyncClient, team: Team
) -> None:
    response = await client.post(
        f"{API}/batches", json={"first": "A1", "last": "A0002", "kind": "paper"}, headers=team.manager.headers
    )
    assert response.status_code == 422
    fields = response.json()["fields"]
    assert fields["kind"] == "Campo no permitido."
    assert fields["first"] == "Debe tener al menos 5 caracteres."
    response = await _batch(client, team, "A0010", "B0020")
    assert response.status_code == 422
    assert "misma letra" in response.json()["fields"]["body"]
    response = await _batch(client, team, "A0020", "A0010")
    assert "no puede ser mayor" in response.json()["fields"]["body"]
    response = await _batch(client, team, "D0001", "D0010")  # the digital series' letter
    assert response.status_code == 422
    assert response.json()["error"] == "RECEIPT_BATCH_INVALID"


async def test_batch_skips_duplicates_and_reports_them(
    client: httpx.AsyncClient, team: Team, session: AsyncSession
) -> None:
    first = await _batch(client, team, "A0001", "A0010")
    assert first.status_code == 201
    assert (first.json()["created"], first.json()["skipped"]) == (10, 0)
    second = await _batch(client, team, "A0006", "A0015")
    assert second.status_code == 201
    body = second.json()
    assert (body["created"], body["skipped"]) == (5, 5)
    assert body["skipped_ranges"] == ["A0006-A0010"]
    assert "Se omitieron 5 recibos" in body["warning"]
    assert body["batch"]["skipped_count"] == 5
    count = await session.scalar(select(func.count()).select_from(Receipt).where(Receipt.prefix == "A"))
    assert count == 15
    audit = await session.scalar(
        select(AuditLog).where(
            AuditLog.table_name == "receipt_batch", AuditLog.record_id == str(body["batch"]["id"])
        )
    )
    assert audit is not None and audit.user_id == team.manager.user_id
    assert audit.after is not None
    assert audit.after["skipped_ranges"] == ["A0006-A0010"]
    batches = await client.get(f"{API}/batches", headers=team.assistant.headers)
    assert batches.json()["total"] >= 2


async def test_assignment_truncated_to_the_limit_then_409(
    client: httpx.AsyncClient, team: Team, session: AsyncSession
) -> None:
    await set_limit(session, team.collector.employee_id, 10)
    # 3 already active (one used, one lost, one cancelled_undelivered count as well)
    for number, status in (("B0100", ReceiptStatus.USED), ("B0101", ReceiptStatus.LOST)):
        await add_receipt(session, number, status, collector_id=team.collector.employee_id)
    await add_receipt(
        session, "B0102", ReceiptStatus.CANCELLED_UNDELIVERED, collector_id=team.collector.employee_id
    )
    await add_receipt(
        session, "B0103", ReceiptStatus.DELIVERED, collector_id=team.collector.employee_id
    )  # no
    await _batch(client, team, "B0001", "B0020")
    response = await _assign(client, team, "B0001", "B0020", collector_id=team.collector.employee_id)
    assert response.status_code == 200
    body = response.json()
    assert body["assigned"] == 7
    assert body["assigned_ranges"] == ["B0001-B0007"]
    assert body["not_assigned_ranges"] == ["B0008-B0020"]
    assert "límite de 10 recibos activos" in body["warning"]
    assert "No se asignaron: B0008-B0020" in body["warning"]
    full = await _assign(client, team, "B0008", "B0020", collector_id=team.collector.employee_id)
    assert full.status_code == 409
    assert full.json()["error"] == "RECEIPT_LIMIT_REACHED"
    # each assignment is audited
    audits = await session.scalar(
        select(func.count())
        .select_from(AuditLog)
        .where(AuditLog.table_name == "receipt", AuditLog.action == "assign")
    )
    assert audits == 7


async def test_assignment_reports_unavailable_and_office_has_no_limit(
    client: httpx.AsyncClient, team: Team, session: AsyncSession
) -> None:
    await _batch(client, team, "C0001", "C0100")
    await _assign(client, team, "C0001", "C0002", collector_id=team.other_collector.employee_id)
    response = await _assign(client, team, "C0001", "C0100", to_office=True)
    assert response.status_code == 200
    assert response.json()["assigned"] == 98
    assert response.json()["unavailable_ranges"] == ["C0001-C0002"]
    taken = await _assign(client, team, "C0001", "C0002", collector_id=team.collector.employee_id)
    assert taken.status_code == 409
    assert taken.json()["error"] == "RECEIPT_ILLEGAL_TRANSITION"
    missing = await _assign(client, team, "Z9000", "Z9001", to_office=True)
    assert missing.status_code == 409
    assert missing.json()["error"] == "RECEIPT_NONE_AVAILABLE"
    both = await _assign(
        client, team, "C0001", "C0002", collector_id=team.collector.employee_id, to_office=True
    )
    assert both.status_code == 422
    not_collector = await _assign(client, team, "C0003", "C0003", collector_id=team.manager.employee_id)
    assert not_collector.status_code == 422
    assert not_collector.json()["error"] == "RECEIPT_INVALID_COLLECTOR"


async def test_verification(
    client: httpx.AsyncClient, team: Team, session: AsyncSession, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=date(2026, 11, 1))
    other = await policy_factory(effective=date(2026, 11, 1))
    me = team.collector.employee_id
    await add_receipt(session, "E0001", ReceiptStatus.ASSIGNED, collector_id=me)
    await add_receipt(session, "E0002", ReceiptStatus.ASSIGNED, at_office=True)
    await add_receipt(session, "E0003", ReceiptStatus.USED, collector_id=me, policy_id=other.policy.id)
    await add_receipt(session, "E0004", ReceiptStatus.LOST, collector_id=me)
    await add_receipt(session, "E0005", ReceiptStatus.ASSIGNED, collector_id=team.other_collector.employee_id)
    await add_receipt(session, "E0006", ReceiptStatus.USED, collector_id=me, policy_id=bundle.policy.id)

    async def verify(number: str, collector_id: int | None) -> dict[str, object]:
        params: dict[str, str | int] = {"number": number, "policy_id": bundle.policy.id}
        if collector_id is not None:
            params["collector_id"] = collector_id
        response = await client.get(f"{API}/verify", params=params, headers=team.manager.headers)
        assert response.status_code == 200
        data: dict[str, object] = response.json()
        return data

    assert (await verify("e0001", me))["verified"] is True  # case-insensitive
    assert (await verify("E0001", None))["result"] == "not_assigned_to_holder"
    assert (await verify("E0002", None))["verified"] is True  # OFICINA, counter payment
    assert (await verify("E0002", me))["result"] == "not_assigned_to_holder"
    assert (await verify("E0003", me))["result"] == "used_on_other_policy"
    assert (await verify("E0006", me))["result"] == "used"
    assert (await verify("E0004", me))["result"] == "lost"
    assert (await verify("E0005", me))["result"] == "not_assigned_to_holder"
    unknown = await verify("X9999", me)
    assert unknown["result"] == "unknown" and unknown["message"] == "El recibo X9999 no existe."
    assert (
        await client.get(f"{API}/verify", params={"number": "E0001"}, headers=team.collector.headers)
    ).status_code == 403


async def test_cancel_and_mark_lost(client: httpx.AsyncClient, team: Team, session: AsyncSession) -> None:
    me = team.collector.employee_id
    assigned = await add_receipt(session, "F0001", ReceiptStatus.ASSIGNED, collector_id=me)
    spare = await add_receipt(session, "F0002", ReceiptStatus.ASSIGNED, collector_id=me)
    used = await add_receipt(session, "F0003", ReceiptStatus.USED, collector_id=me)
    await session.commit()
    reason = {"reason": "Talonario mojado"}
    response = await client.post(f"{API}/{assigned.id}/cancel", json=reason, headers=team.manager.headers)
    assert response.status_code == 200
    assert response.json()["status"] == "cancelled_undelivered"
    again = await client.post(f"{API}/{assigned.id}/cancel", json=reason, headers=team.manager.headers)
    assert again.status_code == 409
    assert again.json()["error"] == "RECEIPT_ILLEGAL_TRANSITION"
    assert again.json()["fields"] == {"from": "cancelled_undelivered", "action": "cancel"}
    refused = await client.post(f"{API}/{used.id}/cancel", json=reason, headers=team.manager.headers)
    assert refused.status_code == 409
    assert refused.json()["error"] == "RECEIPT_CANCEL_NEEDS_REVERSAL"
    lost = await client.post(
        f"{API}/{spare.id}/mark-lost", json={"reason": "Se perdió"}, headers=team.manager.headers
    )
    assert lost.status_code == 200 and lost.json()["status"] == "lost"
    short = await client.post(
        f"{API}/{spare.id}/mark-lost", json={"reason": ""}, headers=team.manager.headers
    )
    assert short.status_code == 422
    assert (
        await client.post(f"{API}/{spare.id}/mark-lost", json=reason, headers=team.assistant.headers)
    ).status_code == 403
    assert (
        await client.post(f"{API}/999999999/cancel", json=reason, headers=team.manager.headers)
    ).status_code == 404
    audit = await session.scalar(
        select(AuditLog).where(AuditLog.table_name == "receipt", AuditLog.record_id == str(assigned.id))
    )
    assert audit is not None
    assert audit.action == "cancel"
    assert audit.before is not None and audit.after is not None
    assert audit.before["status"] == "assigned" and audit.after["status"] == "cancelled_undelivered"


async def test_search_scoping_and_detail(
    client: httpx.AsyncClient, team: Team, session: AsyncSession
) -> None:
    mine = await add_receipt(
        session, "G0001", ReceiptStatus.ASSIGNED, collector_id=team.collector.employee_id
    )
    theirs = await add_receipt(
        session, "G0002", ReceiptStatus.ASSIGNED, collector_id=team.other_collector.employee_id
    )
    await session.commit()
    by_number = await client.get(API, params={"number": "g000"}, headers=team.assistant.headers)
    assert [r["number"] for r in by_number.json()["items"]] == ["G0001", "G0002"]
    by_collector = await client.get(
        API, params={"collector_id": team.other_collector.employee_id}, headers=team.assistant.headers
    )
    assert [r["number"] for r in by_collector.json()["items"]] == ["G0002"]
    assert by_collector.json()["items"][0]["collector_name"].startswith("Prueba")
    await add_receipt(session, "G0003", ReceiptStatus.LOST, collector_id=team.collector.employee_id)
    await session.commit()
    by_status = await client.get(
        API, params=[("number", "G"), ("status", "lost"), ("status", "used")], headers=team.assistant.headers
    )
    assert [r["number"] for r in by_status.json()["items"]] == ["G0003"]
    own = await client.get(f"{API}/mine", params={"status": "assigned"}, headers=team.collector.headers)
    assert [r["number"] for r in own.json()["items"]] == ["G0001"]
    detail = await client.get(f"{API}/by-number/g0002", headers=team.assistant.headers)
    assert detail.status_code == 200 and detail.json()["id"] == theirs.id
    assert (await client.get(f"{API}/{mine.id}", headers=team.assistant.headers)).status_code == 200
    assert (await client.get(f"{API}/by-number/Z0001", headers=team.assistant.headers)).status_code == 404
    bad_sort = await client.get(API, params={"sort": "collector_id"}, headers=team.assistant.headers)
    assert bad_sort.status_code == 422


async def test_search_by_number_range(client: httpx.AsyncClient, team: Team, session: AsyncSession) -> None:
    for number in ("H0008", "H0009", "H0010", "H0011", "J0009"):
        await add_receipt(session, number, ReceiptStatus.UNASSIGNED)
    await session.commit()
    both = await client.get(
        API, params={"number_from": "h0009", "number_to": "H0010"}, headers=team.assistant.headers
    )
    assert [r["number"] for r in both.json()["items"]] == ["H0009", "H0010"]
    from_only = await client.get(API, params={"number_from": "H0010"}, headers=team.assistant.headers)
    assert [r["number"] for r in from_only.json()["items"]] == ["H0010", "H0011"]
    to_only = await client.get(API, params={"number_to": "J0009"}, headers=team.assistant.headers)
    assert [r["number"] for r in to_only.json()["items"]] == ["J0009"]
    mixed = await client.get(
        API, params={"number_from": "H0001", "number_to": "J0002"}, headers=team.assistant.headers
    )
    assert mixed.status_code == 422
    assert "misma letra" in str(mixed.json()["fields"])
    reversed_range = await client.get(
        API, params={"number_from": "H0011", "number_to": "H0002"}, headers=team.assistant.headers
    )
    assert reversed_range.status_code == 422
    bad = await client.get(API, params={"number_from": "H12"}, headers=team.assistant.headers)
    assert bad.status_code == 422
    assert "una letra y 4 dígitos" in str(bad.json()["fields"])


async def test_stats_per_collector_with_low_stock(
    client: httpx.AsyncClient, team: Team, session: AsyncSession
) -> None:
    me, other = team.collector.employee_id, team.other_collector.employee_id
    await set_limit(session, me, 20)
    await set_limit(session, other, 20)
    await add_receipt(session, "H0001", ReceiptStatus.ASSIGNED, collector_id=me)  # stock 1 < 2: low
    await add_receipt(session, "H0002", ReceiptStatus.USED, collector_id=me)
    await add_receipt(session, "H0003", ReceiptStatus.LOST, collector_id=me)
    await add_receipt(session, "H0004", ReceiptStatus.DELIVERED, collector_id=me)
    for n in range(5, 8):  # stock 3 >= 2: fine
        await add_receipt(session, f"H{n:04d}", ReceiptStatus.ASSIGNED, collector_id=other)
    await add_receipt(session, "H0009", ReceiptStatus.ASSIGNED, at_office=True)
    await session.commit()
    response = await client.get(f"{API}/stats", headers=team.assistant.headers)
    assert response.status_code == 200
    holders = {h["collector_id"]: h for h in response.json()["holders"]}
    assert holders[me]["counts"]["assigned"] == 1 and holders[me]["counts"]["delivered"] == 1
    assert holders[me]["active"] == 3  # assigned + used + lost
    assert (holders[me]["stock"], holders[me]["low_stock"]) == (1, True)
    assert (holders[other]["stock"], holders[other]["low_stock"]) == (3, False)
    assert holders[None]["name"] == "OFICINA" and holders[None]["stock"] == 1
    assert response.json()["totals"]["assigned"] >= 5
    mine = await client.get(f"{API}/mine/stats", headers=team.collector.headers)
    assert [h["collector_id"] for h in mine.json()["holders"]] == [me]
    assert mine.json()["totals"]["delivered"] == 1


async def test_excel_export_is_readable(client: httpx.AsyncClient, team: Team, session: AsyncSession) -> None:
    at = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)
    await add_receipt(
        session, "J0001", ReceiptStatus.ASSIGNED, collector_id=team.collector.employee_id, at=at
    )
    await add_receipt(session, "J0002", ReceiptStatus.UNASSIGNED)
    await session.commit()
    response = await client.get(f"{API}/export.xlsx", params={"number": "J"}, headers=team.assistant.headers)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content), read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Número", "Tipo", "Estatus")
    assert [r[0] for r in rows[1:]] == ["J0001", "J0002"]
    assert rows[1][2] == "asignado" and rows[2][2] == "sin asignar"
    assert rows[1][6] == datetime(2026, 11, 28, 12, 0)  # local (America/Mexico_City) wall time
    assert (await client.get(f"{API}/export.xlsx", headers=team.collector.headers)).status_code == 403
