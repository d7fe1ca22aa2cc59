"""Cash delivery bodies (screens §2.10, §2.16)."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from app.core.schemas import InputModel, Money, PageParams, ReadModel
from app.models.enums import CollectorDebtStatus


class HeldCash(ReadModel):
    """One approved cash collection not yet handed in (by folio)."""

    proposal_id: int
    folio: int
    client_name: str
    payment_number: int
    amount: Money
    local_date: date
    approved_at: datetime | None
    receipt_number: str


class ExpectedCash(ReadModel):
    collector_id: int
    items: list[HeldCash]
    total: Money


class CollectorCash(ReadModel):
    collector_id: int
    code: str | None
    name: str
    proposals: int
    amount: Money


class DeliveryCreate(InputModel):
    collector_id: int = Field(ge=1)
    received_amount: Money = Field(ge=0, description="Efectivo contado físicamente")
    proposal_ids: list[int] | None = Field(
        None, max_length=500, description="Propuestas que cubre; si se omite, todo lo pendiente"
    )
    notes: str | None = Field(None, max_length=1000)


class DebtRead(ReadModel):
    id: int
    collector_id: int
    delivery_id: int
    amount: Money
    status: CollectorDebtStatus
    created_at: datetime


class DeliveryItemRead(ReadModel):
    proposal_id: int
    amount: Money


class DeliveryRead(ReadModel):
    id: int
    collector_id: int
    expected_amount: Money
    received_amount: Money
    shortage: Money
    difference: Money = Field(description="Recibido menos esperado")
    confirmed_by_user_id: int
    confirmed_at: datetime
    notes: str | None
    items: list[DeliveryItemRead]
    debt: DebtRead | None


class DeliveryRow(ReadModel):
    id: int
    collector_id: int
    expected_amount: Money
    received_amount: Money
    shortage: Money
    confirmed_by_user_id: int
    confirmed_at: datetime


class DeliveryQuery(PageParams):
    collector_id: int | None = Field(None, ge=1)


class MyCash(ReadModel):
    """A collector's pending cash (screens §2.10)."""

    items: list[HeldCash]
    total: Money
    cap: Money | None = Field(description="Tope de efectivo sin entregar (configuración), si hay")
    cap_percent: int | None
    alert: str = Field(description="none | warning (80 %) | blocked (100 %)")
    open_debts: list[DebtRead]
    recent_deliveries: list[DeliveryRow]
