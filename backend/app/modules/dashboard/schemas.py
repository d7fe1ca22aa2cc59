"""Dashboard summary schemas. A section the caller may not read is ``null`` (not an empty one)."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from app.core.schemas import Money, ReadModel
from app.models.enums import LedgerEntryKind, PaymentMethod, PolicyStatus


class PolicyStatusCount(ReadModel):
    status: PolicyStatus
    count: int


class RecentPolicy(ReadModel):
    id: int
    folio: int
    client_id: int
    client_name: str
    status: PolicyStatus
    prima_total: Money
    created_at: datetime


class PoliciesSection(ReadModel):
    by_status: list[PolicyStatusCount] = Field(description="Todos los estatus, también los que tienen 0")
    total: int
    new_today: int = Field(description="Pólizas dadas de alta hoy (America/Mexico_City)")
    recent: list[RecentPolicy]


class RecentPayment(ReadModel):
    id: int = Field(description="Movimiento del libro de pagos")
    policy_id: int
    folio: int
    client_name: str
    payment_number: int
    kind: LedgerEntryKind
    amount: Money
    method: PaymentMethod | None
    created_at: datetime
    reversed: bool = Field(description="El movimiento fue revertido después")


class PaymentsSection(ReadModel):
    received_today: int = Field(description="Pagos y abonos registrados hoy y no revertidos")
    received_today_total: Money
    recent: list[RecentPayment]


class RecentCancellation(ReadModel):
    id: int
    policy_id: int
    folio: int
    client_name: str
    code: str
    cancelled_at: datetime
    undone: bool


class CancellationsSection(ReadModel):
    today: int = Field(description="Cancelaciones de hoy que siguen vigentes (no deshechas)")
    recent: list[RecentCancellation]


class ProposalsSection(ReadModel):
    pending: int = Field(description="Propuestas de cobro pendientes o en revisión")
    stale: int = Field(description="De ellas, las que esperan más de stale_hours")
    stale_hours: int


class DashboardSummary(ReadModel):
    as_of: date = Field(description="Hoy en America/Mexico_City")
    generated_at: datetime
    own_only: bool = Field(description="Solo las pólizas del vendedor que consulta (y sus pagos)")
    policies: PoliciesSection | None
    payments: PaymentsSection | None
    cancellations: CancellationsSection | None
    proposals: ProposalsSection | None
