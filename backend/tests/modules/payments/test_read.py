"""Reads everyone may do (payments.read): list with filters and paging, Excel export, the
per-policy timeline, the PDFs; and "payment problem"."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import httpx
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.enums import PaymentPlan, PolicyStatus
from tests.fixtures.factories import MakePolicy
from tests.modules.payments.conftest import API, Team, audit_actions, installment, office_receipt, policy_of

TODAY = date(2026, 11, 28)


async def pay(
    client: httpx.AsyncClient, subject: Any, payment_id: int, amount: str, receipt: str
) -> dict[str, Any]:
    r = await client.post(
        f"{API}/counter",
        json={
            "installment_id": payment_id,
            "amount": amount,
            "method": "transfer",
            "receipt_number": receipt,
        },
        headers=subject.headers,
    )
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    return body


def pdf_text(content: bytes) -> str:
    assert content.startswith(b"%PDF-")
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


async def test_reads_need_a_session(client: httpx.AsyncClient) -> None:
    for path in (
        API,
        f"{API}/export.xlsx",
        f"{API}/policies/1",
        f"{API}/policies/1/statement.pdf",
        f"{API}/transactions/1/receipt.pdf",
    ):
        assert (await client.get(path)).status_code == 401, path


async def test_list_filters_and_paging(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=TODAY)
    other = await policy_factory(effective=TODAY)
    await pay(client, team.assistant, bundle.payment(1).id, "1200.00", await office_receipt(session))
    await pay(client, team.assistant, bundle.payment(2).id, "100.00", await office_receipt(session))

    r = await client.get(API, params={"policy_id": bundle.policy.id}, headers=team.seller.headers)
    assert r.status_code == 200, r.text
    page = r.json()
    assert page["total"] == 7
    assert [row["payment_number"] for row in page["items"]] == [1, 2, 3, 4, 5, 6, 7]
    assert page["items"][0]["status"] == "paid"
    assert page["items"][1]["partial_paid"] == "100.00"
    assert page["items"][1]["remaining"] == "400.00"

    r = await client.get(
        API, params={"status": "paid", "folio": bundle.policy.folio}, headers=team.seller.headers
    )
    assert [row["payment_number"] for row in r.json()["items"]] == [1]
    r = await client.get(
        API,
        params={
            "paid_from": "2026-11-28",
            "paid_to": "2026-11-28",
            "method": "transfer",
            "policy_id": bundle.policy.id,
        },
        headers=team.seller.headers,
    )
    assert r.json()["total"] == 1
    r = await client.get(
        API,
        params={"policy_id": other.policy.id, "size": 2, "page": 2, "sort": "-due_date"},
        headers=team.seller.headers,
    )
    assert r.json()["total"] == 7
    assert [row["payment_number"] for row in r.json()["items"]] == [5, 4]
    r = await client.get(API, params={"sort": "secret"}, headers=team.seller.headers)
    assert r.status_code == 422
    assert r.json()["fields"] == {"sort": "Campo de orden no permitido."}
    r = await client.get(API, params={"status": "lost"}, headers=team.seller.headers)
    assert r.status_code == 422


async def test_list_search_and_plan_filter(
    client: httpx.AsyncClient, team: Team, policy_factory: MakePolicy
) -> None:
    monthly = await policy_factory(effective=TODAY)
    two = await policy_factory(effective=TODAY, plan=PaymentPlan.CASH_2_INSTALLMENTS)

    async def numbers(params: dict[str, Any]) -> list[tuple[int, int]]:
        r = await client.get(API, params={**params, "size": 100}, headers=team.seller.headers)
        assert r.status_code == 200, r.text
        return [(row["folio"], row["payment_number"]) for row in r.json()["items"]]

    # q: the policies list's search (a folio here, then the client's name)
    assert await numbers({"q": str(two.policy.folio)}) == [(two.policy.folio, 1), (two.policy.folio, 2)]
    assert len(await numbers({"q": "perez", "policy_id": monthly.policy.id})) == 7
    assert await numbers({"q": "zzqqxx", "policy_id": monthly.policy.id}) == []
    # payment_plan: the restructures tab lists cash_2_installments policies
    rows = await numbers({"payment_plan": "cash_2_installments", "status": ["pending", "late", "overdue"]})
    assert (two.policy.folio, 2) in rows
    assert all(folio != monthly.policy.folio for folio, _ in rows)
    r = await client.get(API, params={"payment_plan": "weekly"}, headers=team.seller.headers)
    assert r.status_code == 422


async def test_excel_export(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=TODAY)
    await pay(client, team.assistant, bundle.payment(1).id, "1200.00", await office_receipt(session))
    r = await client.get(
        f"{API}/export.xlsx", params={"policy_id": bundle.policy.id}, headers=team.collector.headers
    )
    assert r.status_code == 200, r.text
    assert r.headers["content-disposition"] == 'attachment; filename="pagos-20261128.xlsx"'
    sheet = load_workbook(io.BytesIO(r.content), read_only=True)["Pagos"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Folio", "Cliente", "Pago")
    assert len(rows) == 8
    assert rows[1][0] == bundle.policy.folio
    assert rows[1][5] == "Pagado"
    assert rows[1][10] == "Transferencia"


async def test_policy_timeline(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=TODAY)
    numbers = [await office_receipt(session) for _ in range(2)]
    await pay(client, team.assistant, bundle.payment(1).id, "400.00", numbers[0])
    await pay(client, team.assistant, bundle.payment(1).id, "800.00", numbers[1])
    r = await client.get(f"{API}/policies/{bundle.policy.id}", headers=team.sales_manager.headers)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["policy"]["folio"] == bundle.policy.folio
    assert body["policy"]["status"] == "active"
    assert body["paid_total"] == "1200.00"
    assert body["remaining_total"] == "3000.00"
    first = body["installments"][0]
    assert [p["label"] for p in first["partials"]] == ["Pago 1, abono 1 de 2", "Pago 1, abono 2 de 2"]
    assert [(e["label"], e["receipt_number"]) for e in first["entries"]] == [
        ("Pago 1, abono 1 de 2", numbers[0]),
        ("Pago 1, abono 2 de 2", numbers[1]),
    ]
    assert [i["remaining"] for i in body["installments"]] == ["0.00"] + ["500.00"] * 6
    assert (await client.get(f"{API}/policies/999999999", headers=team.seller.headers)).status_code == 404


async def test_pdfs_are_real_pdfs_with_folio_and_amount(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=TODAY)
    number = await office_receipt(session)
    paid = await pay(client, team.assistant, bundle.payment(1).id, "1200.00", number)
    tid = paid["transaction"]["id"]
    r = await client.get(f"{API}/transactions/{tid}/receipt.pdf", headers=team.seller.headers)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/pdf"
    text = pdf_text(r.content)
    assert str(bundle.policy.folio) in text
    assert "$1,200.00" in text
    assert number in text
    assert "Recibo de pago" in text

    r = await client.get(f"{API}/policies/{bundle.policy.id}/statement.pdf", headers=team.seller.headers)
    assert r.status_code == 200, r.text
    text = pdf_text(r.content)
    assert "Estado de cuenta" in text
    assert str(bundle.policy.folio) in text
    assert "$1,200.00" in text
    assert "$3,000.00" in text  # the remaining balance
    assert (
        await client.get(f"{API}/transactions/999999999/receipt.pdf", headers=team.seller.headers)
    ).status_code == 404


async def test_mark_problem(
    client: httpx.AsyncClient, session: AsyncSession, team: Team, policy_factory: MakePolicy
) -> None:
    bundle = await policy_factory(effective=TODAY)
    pid = bundle.payment(2).id
    r = await client.post(
        f"{API}/{pid}/problem", json={"note": "Cliente disputa el cargo"}, headers=team.seller.headers
    )
    assert r.status_code == 403
    r = await client.post(f"{API}/{pid}/problem", json={"note": "x"}, headers=team.assistant.headers)
    assert r.status_code == 422
    r = await client.post(
        f"{API}/{pid}/problem", json={"note": "Cliente disputa el cargo"}, headers=team.assistant.headers
    )
    assert r.status_code == 200, r.text
    assert r.json()["has_problem"] is True
    assert r.json()["comments"] == "[28/11/2026] Problema: Cliente disputa el cargo"
    assert (await policy_of(session, bundle.policy.id)).has_payment_issues is True
    assert await audit_actions(session, "payment", pid) == ["problem_marked"]
    assert await audit_actions(session, "policy", bundle.policy.id) == ["payment_issue_flagged"]
    r = await client.post(
        f"{API}/{pid}/problem",
        json={"note": "Aclarado con el cliente", "resolved": True},
        headers=team.assistant.headers,
    )
    assert r.json()["has_problem"] is False
    assert (await installment(session, pid)).comments.endswith("Problema resuelto: Aclarado con el cliente")
    assert (await policy_of(session, bundle.policy.id)).status == PolicyStatus.PENDING
