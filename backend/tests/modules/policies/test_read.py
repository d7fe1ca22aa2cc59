"""Reading policies: list (filters, search, paging, sorting), "my policies", detail (eager loads,
partial payments, card holder, history), history paging, Excel export, printable PDF."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import httpx
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.audit import record_audit
from app.models import Card, Client, PartialPayment, Vehicle
from app.models.enums import (
    CardHolder,
    PartialPaymentStatus,
    PaymentMethod,
    PaymentPlan,
    PolicyStatus,
    VehicleType,
)
from app.modules.policies.export import write_workbook
from app.modules.policies.repository import PolicyRepository
from app.modules.policies.schemas import PolicyFilters
from tests.modules.policies.conftest import API, Team, seed_policy


async def test_requires_a_session(client: httpx.AsyncClient) -> None:
    for path in (API, f"{API}/mine", f"{API}/1", f"{API}/1/pdf", f"{API}/export.xlsx", f"{API}/by-folio/1"):
        r = await client.get(path)
        assert r.status_code == 401, path
        assert r.json()["error"] == "NOT_AUTHENTICATED"


async def test_every_role_reads_the_list_and_the_detail(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    bundle = await seed_policy(session, seller_id=team.other_seller.employee_id)
    for subject in team.everyone():
        r = await client.get(API, headers=subject.headers, params={"q": str(bundle.policy.folio)})
        assert r.status_code == 200, (subject.roles, r.text)
        assert [row["folio"] for row in r.json()["items"]] == [bundle.policy.folio]
        r = await client.get(f"{API}/{bundle.policy.id}", headers=subject.headers)
        assert r.status_code == 200, (subject.roles, r.text)


async def test_list_row_has_the_screen_columns(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    bundle = await seed_policy(session, seller_id=team.seller.employee_id, contract_folio="C-0001")
    r = await client.get(API, headers=team.seller.headers, params={"q": "C-0001"})
    assert r.status_code == 200
    [row] = r.json()["items"]
    assert row == {
        "id": bundle.policy.id,
        "folio": bundle.policy.folio,
        "contract_folio": "C-0001",
        "client_id": bundle.policy.client_id,
        "client_name": "Juan Pérez",
        "coverage_id": bundle.policy.coverage_id,
        "coverage_name": "RC BASICA",
        "service_type": "private",
        "vehicle_type": "automobile",
        "make": "NISSAN",
        "model": "VERSA",
        "year": 2020,
        "plates": row["plates"],
        "effective_date": "2026-11-01",
        "expiration_date": "2027-11-01",
        "payment_plan": "monthly_7",
        "prima_total": "4200.00",
        "seller_id": team.seller.employee_id,
        "seller_code": None,
        "seller_name": row["seller_name"],
        "status": "pending",
    }
    assert row["plates"].startswith("JAL")
    assert row["seller_name"].startswith("Prueba Usuario")


async def test_search_by_folio_contract_plates_vin_and_client_name(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    target = await seed_policy(session, contract_folio="CT-7788")
    await seed_policy(session)  # noise
    vehicle = await session.get(Vehicle, target.policy.vehicle_id)
    owner = await session.get(Client, target.policy.client_id)
    assert vehicle is not None and owner is not None
    vehicle.plates = "JKL-123-A"
    vehicle.serial_number = "1HGCM82633A004352"
    owner.first_name, owner.last_name, owner.second_last_name = "Ramón", "Gutiérrez", "Ibarra"
    await session.flush()
    for q in (
        str(target.policy.folio),
        "ct-7788",
        "jkl-123-a",
        "1hgcm82633a004352",
        "ramon gutierres",  # accents and a typo
        "gutierrez",  # part of the name
    ):
        r = await client.get(API, headers=team.assistant.headers, params={"q": q})
        assert r.status_code == 200, q
        assert [row["id"] for row in r.json()["items"]] == [target.policy.id], q


async def test_filters_paging_and_sorting(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    a = await seed_policy(session, seller_id=team.seller.employee_id, effective=date(2026, 1, 15))
    b = await seed_policy(
        session, seller_id=team.seller.employee_id, effective=date(2026, 6, 1), plan=PaymentPlan.CASH
    )
    c = await seed_policy(
        session,
        seller_id=team.other_seller.employee_id,
        effective=date(2026, 9, 1),
        status=PolicyStatus.ACTIVE,
    )
    h = team.sales_manager.headers
    seller = {"seller_id": team.seller.employee_id}

    r = await client.get(API, headers=h, params={**seller, "sort": "effective_date"})
    assert [row["id"] for row in r.json()["items"]] == [a.policy.id, b.policy.id]
    r = await client.get(API, headers=h, params={**seller, "sort": "-effective_date", "size": 1, "page": 2})
    body = r.json()
    assert (body["total"], body["page"], body["size"]) == (2, 2, 1)
    assert [row["id"] for row in body["items"]] == [a.policy.id]

    r = await client.get(
        API, headers=h, params={"status": ["active", "morosa"], "client_id": c.policy.client_id}
    )
    assert [row["id"] for row in r.json()["items"]] == [c.policy.id]
    r = await client.get(API, headers=h, params={**seller, "payment_plan": "cash"})
    assert [row["id"] for row in r.json()["items"]] == [b.policy.id]
    r = await client.get(
        API, headers=h, params={**seller, "effective_from": "2026-02-01", "effective_to": "2026-12-31"}
    )
    assert [row["id"] for row in r.json()["items"]] == [b.policy.id]
    r = await client.get(
        API,
        headers=h,
        params={
            **seller,
            "expiration_from": "2027-01-15",
            "expiration_to": "2027-01-15",
            "sale_to": "2026-01-15",
        },
    )
    assert [row["id"] for row in r.json()["items"]] == [a.policy.id]
    r = await client.get(
        API, headers=h, params={"coverage_id": a.policy.coverage_id, "vehicle_type": "automobile", **seller}
    )
    assert r.json()["total"] == 2
    r = await client.get(API, headers=h, params={"vehicle_type": "motorcycle", **seller})
    assert r.json()["total"] == 0
    r = await client.get(API, headers=h, params={"coverage_name": "rc basica", **seller})
    assert r.json()["total"] == 2


async def test_list_refuses_unknown_sort_and_bad_filters(client: httpx.AsyncClient, team: Team) -> None:
    h = team.seller.headers
    r = await client.get(API, headers=h, params={"sort": "password"})
    assert r.status_code == 422
    assert r.json()["fields"] == {"sort": "Campo de orden no permitido."}
    assert "Campos permitidos" in r.json()["detail"]
    r = await client.get(API, headers=h, params={"status": "activa", "size": 500})
    assert r.status_code == 422
    assert set(r.json()["fields"]) == {"status.0", "size"}
    r = await client.get(
        API, headers=h, params={"effective_from": "2026-05-01", "effective_to": "2026-04-01"}
    )
    assert r.status_code == 422
    assert r.json()["fields"] == {"body": "El final de un rango de fechas no puede ser anterior a su inicio."}


async def test_mine_returns_only_the_callers_policies(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    mine = await seed_policy(session, seller_id=team.seller.employee_id)
    await seed_policy(session, seller_id=team.other_seller.employee_id)
    r = await client.get(f"{API}/mine", headers=team.seller.headers)
    assert r.status_code == 200
    assert [row["id"] for row in r.json()["items"]] == [mine.policy.id]
    # filters apply inside "mine" and cannot widen it
    r = await client.get(
        f"{API}/mine", headers=team.seller.headers, params={"seller_id": team.other_seller.employee_id}
    )
    assert r.json()["items"] == []
    # only sellers hold policies.read_own
    r = await client.get(f"{API}/mine", headers=team.assistant.headers)
    assert r.status_code == 403


async def test_detail_with_partials_card_holder_and_history(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    bundle = await seed_policy(session, seller_id=team.seller.employee_id, paid=(1,))
    second = bundle.payment(2)
    session.add_all(
        [
            PartialPayment(
                payment_id=second.id,
                partial_number=1,
                amount=Decimal("200.00"),
                paid_date=date(2026, 11, 20),
                payment_method=PaymentMethod.CASH,
                receipt_number="A0001",
            ),
            PartialPayment(
                payment_id=second.id,
                partial_number=2,
                amount=Decimal("100.00"),
                paid_date=date(2026, 11, 25),
                payment_method=PaymentMethod.TRANSFER,
                status=PartialPaymentStatus.REVERSED,
            ),
        ]
    )
    card = await session.scalar(select(Card).where(Card.policy_id == bundle.policy.id))
    assert card is not None
    card.holder = CardHolder.COLLECTOR
    card.holder_employee_id = team.collector.employee_id
    await session.flush()
    await record_audit(
        session, table="policy", record_id=bundle.policy.id, action="insert", after={"folio": 1}
    )
    await record_audit(session, table="payment", record_id=second.id, action="update", after={"x": 1})

    r = await client.get(f"{API}/{bundle.policy.id}", headers=team.collector.headers)
    assert r.status_code == 200
    body = r.json()
    assert body["client"]["full_name"] == "Juan Pérez"
    assert body["vehicle"]["make"] == "NISSAN"
    assert body["coverage"]["name"] == "RC BASICA"
    assert body["seller"]["id"] == team.seller.employee_id
    assert [i["payment_number"] for i in body["installments"]] == [1, 2, 3, 4, 5, 6, 7]
    two = body["installments"][1]
    assert (two["partial_paid"], two["remaining"]) == ("200.00", "300.00")
    assert [p["label"] for p in two["partials"]] == ["Pago 2, abono 1 de 2", "Pago 2, abono 2 de 2"]
    assert body["installments"][0]["remaining"] == "0.00"
    assert body["card"]["holder"] == "collector"
    assert body["card"]["holder_label"].startswith("Prueba Usuario")
    assert body["cancellation"] is None and body["promotions"] == []
    assert [(h["table_name"], h["action"]) for h in body["history"]] == [
        ("payment", "update"),
        ("policy", "insert"),
    ]
    assert body["history_total"] == 2

    by_folio = await client.get(f"{API}/by-folio/{bundle.policy.folio}", headers=team.adjuster.headers)
    assert by_folio.status_code == 200 and by_folio.json()["id"] == bundle.policy.id

    r = await client.get(
        f"{API}/{bundle.policy.id}/history", headers=team.seller.headers, params={"size": 1, "page": 2}
    )
    assert r.status_code == 200
    assert (r.json()["total"], [h["action"] for h in r.json()["items"]]) == (2, ["insert"])


async def test_unknown_policy_is_404(client: httpx.AsyncClient, team: Team) -> None:
    for path in (f"{API}/999999", f"{API}/by-folio/999999", f"{API}/999999/history", f"{API}/999999/pdf"):
        r = await client.get(path, headers=team.seller.headers)
        assert (r.status_code, r.json()["error"]) == (404, "POLICY_NOT_FOUND"), path
    r = await client.get(f"{API}/by-folio/99999999999", headers=team.seller.headers)
    assert r.status_code == 404


async def test_export_is_a_valid_workbook_with_the_filtered_rows(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    mine = await seed_policy(session, seller_id=team.seller.employee_id, contract_folio="X-1")
    await seed_policy(session, seller_id=team.other_seller.employee_id)
    r = await client.get(
        f"{API}/export.xlsx", headers=team.collector.headers, params={"seller_id": team.seller.employee_id}
    )
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")
    assert r.headers["content-disposition"] == 'attachment; filename="polizas-20261128.xlsx"'
    book = load_workbook(io.BytesIO(r.content))
    sheet = book["Pólizas"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Folio", "Folio de contrato", "Cliente", "Cobertura")
    assert len(rows) == 2
    data = rows[1]
    assert data[0] == mine.policy.folio and data[1] == "X-1"
    assert data[4:6] == ("Particular", "Automóvil")
    assert data[10].date() == date(2026, 11, 1)
    assert data[12] == "7 pagos mensuales" and data[13] == 4200 and data[15] == "Pendiente"
    assert sheet.cell(row=2, column=11).number_format == "dd/mm/yyyy"
    assert sheet.cell(row=2, column=14).number_format == '"$"#,##0.00'


async def test_pdf_is_a_real_pdf_with_the_folio(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    bundle = await seed_policy(session, seller_id=team.seller.employee_id, contract_folio="PAP-55")
    owner = await session.get(Client, bundle.policy.client_id)
    assert owner is not None
    owner.first_name = "<script>alert(1)</script>"
    await session.flush()
    r = await client.get(f"{API}/{bundle.policy.id}/pdf", headers=team.adjuster.headers)
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/pdf"
    assert r.headers["content-disposition"] == f'inline; filename="poliza-{bundle.policy.folio}.pdf"'
    assert r.content.startswith(b"%PDF")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(r.content)).pages)
    assert f"Folio {bundle.policy.folio}" in text
    assert "PAP-55" in text
    assert "$4,200.00" in text and "$1,200.00" in text and "$500.00" in text
    assert "01/11/2026" in text and "01/05/2027" in text  # due dates dd/mm/aaaa
    assert "<script>alert(1)</script>" in text  # escaped, shown as text


async def test_sales_vehicle_type_filter_on_other_type(
    client: httpx.AsyncClient, session: AsyncSession, team: Team
) -> None:
    bundle = await seed_policy(session)
    vehicle = await session.get(Vehicle, bundle.policy.vehicle_id)
    assert vehicle is not None
    vehicle.vehicle_key, vehicle.vehicle_type = 103, VehicleType.PICKUP
    await session.flush()
    r = await client.get(API, headers=team.seller.headers, params={"vehicle_type": ["pickup", "suv"]})
    assert [row["id"] for row in r.json()["items"]] == [bundle.policy.id]
    assert r.json()["items"][0]["vehicle_type"] == "pickup"


async def test_the_export_reads_in_batches_from_a_server_side_cursor(
    session: AsyncSession, team: Team
) -> None:
    for _ in range(5):
        await seed_policy(session, seller_id=team.seller.employee_id)
    repo = PolicyRepository(session)
    filters = PolicyFilters(seller_id=team.seller.employee_id)
    sizes = [len(batch) async for batch in repo.stream_rows(filters, sort="folio", batch_size=2)]
    assert sizes == [2, 2, 1]
    sink, rows = await write_workbook(repo.stream_rows(filters, sort="folio", batch_size=2))
    try:
        sheet = load_workbook(sink)["Pólizas"]
        folios = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    finally:
        sink.close()
    assert rows == 5 and folios == sorted(folios) and len(folios) == 5
