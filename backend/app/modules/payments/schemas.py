"""Payments API models (screens §1.4 payment modal, §1.5, §1.10)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import Field

from app.core.schemas import InputModel, Money, PageParams, ReadModel
from app.models.enums import (
    LedgerEntryKind,
    LedgerSource,
    OfficeDeliveryStatus,
    PartialPaymentStatus,
    PaymentMethod,
    PaymentPlan,
    PaymentStatus,
    PolicyStatus,
)

METHOD_LABELS: dict[str, str] = {
    PaymentMethod.CASH: "Efectivo",
    PaymentMethod.DEPOSIT: "Depósito",
    PaymentMethod.TRANSFER: "Transferencia",
    PaymentMethod.CRUCERO: "Crucero",
    PaymentMethod.KONFIO: "Konfío",
    PaymentMethod.TERMINAL_BANORTE: "Terminal Banorte",
}
KIND_LABELS: dict[str, str] = {
    LedgerEntryKind.PAYMENT: "Pago",
    LedgerEntryKind.PARTIAL: "Abono",
    LedgerEntryKind.REVERSAL: "Reversión",
}
SOURCE_LABELS: dict[str, str] = {
    LedgerSource.COUNTER: "Mostrador",
    LedgerSource.PROPOSAL: "Propuesta de cobro",
    LedgerSource.EDIT: "Edición de pago",
    LedgerSource.REVERSAL: "Reversión",
}
DELIVERY_LABELS: dict[str, str] = {
    OfficeDeliveryStatus.PENDING: "Pendiente",
    OfficeDeliveryStatus.DELIVERED: "Entregado",
}


# -- inputs -------------------------------------------------------------------------------------------


class PaymentQuery(PageParams):
    q: str | None = Field(
        None, min_length=1, max_length=100, description="Folio, folio de contrato, placas, serie o cliente"
    )
    policy_id: int | None = Field(None, ge=1)
    folio: int | None = Field(None, ge=1, le=2**31 - 1)
    payment_plan: list[PaymentPlan] = Field(default_factory=list, description="Forma de pago de la póliza")
    status: list[PaymentStatus] = Field(default_factory=list, description="Estatus (varios permitidos)")
    collector_id: int | None = Field(None, ge=1)
    method: PaymentMethod | None = None
    due_from: date | None = None
    due_to: date | None = None
    paid_from: date | None = None
    paid_to: date | None = None
    has_problem: bool | None = None


class CounterPaymentIn(InputModel):
    installment_id: int = Field(ge=1)
    amount: Money = Field(gt=0, description="Monto: el saldo completo o un abono (nunca más del saldo)")
    method: PaymentMethod
    receipt_number: str = Field(min_length=2, max_length=20)
    paid_date: date | None = Field(None, description="Fecha real de pago; hoy si se omite")


class PaymentEditIn(InputModel):
    """Only the fields sent change (``null`` clears a field)."""

    receipt_number: str | None = Field(None, min_length=2, max_length=20)
    paid_date: date | None = None
    status: PaymentStatus | None = Field(None, description="Solo «paid» marca pagada una mensualidad")
    payment_method: PaymentMethod | None = None
    collector_id: int | None = Field(None, ge=1)
    #: validated by the service (its own error code: DELIVERY_STATUS_INVALID)
    office_delivery_status: str | None = Field(None, max_length=20)
    office_delivery_date: date | None = None
    comments: str | None = Field(None, max_length=2000)


class ProblemIn(InputModel):
    note: str = Field(min_length=3, max_length=1000)
    resolved: bool = Field(False, description="true: quita la marca de problema de la mensualidad")


class ReverseIn(InputModel):
    reason: str = Field(min_length=5, max_length=1000)
    receipt_mode: Literal["return", "cancel"]


class RestructureIn(InputModel):
    installments: int = Field(6, ge=1, le=60, description="Número de cuotas (2 a 12)")


class RestructureQuery(InputModel):
    installments: int = Field(6, ge=1, le=60)


# -- outputs ------------------------------------------------------------------------------------------


class PaymentRow(ReadModel):
    id: int
    policy_id: int
    folio: int
    client_name: str
    payment_number: int
    due_date: date
    amount: Money
    status: PaymentStatus
    paid_date: date | None
    paid_amount: Money | None
    payment_method: PaymentMethod | None
    receipt_number: str | None
    collector_id: int | None
    collector_label: str | None
    office_delivery_status: OfficeDeliveryStatus | None
    office_delivery_date: date | None
    has_problem: bool
    comments: str | None
    partial_paid: Money
    remaining: Money


class PartialRead(ReadModel):
    id: int
    partial_number: int
    of: int
    label: str
    amount: Money
    paid_date: date
    payment_method: PaymentMethod
    receipt_number: str | None
    collector_id: int | None
    status: PartialPaymentStatus


def partial_reads(payment: Any) -> list[PartialRead]:
    """The abonos of a loaded installment as «Pago N, abono k de m» (shared with the policy detail)."""
    partials = list(payment.partials)
    of = len(partials)
    return [
        PartialRead(
            id=pp.id,
            partial_number=pp.partial_number,
            of=of,
            label=f"Pago {payment.payment_number}, abono {pp.partial_number} de {of}",
            amount=pp.amount,
            paid_date=pp.paid_date,
            payment_method=pp.payment_method,
            receipt_number=pp.receipt_number,
            collector_id=pp.collector_id,
            status=pp.status,
        )
        for pp in partials
    ]


class LedgerEntryRead(ReadModel):
    id: int
    payment_id: int
    payment_number: int
    kind: LedgerEntryKind
    kind_label: str
    source: LedgerSource
    label: str
    amount: Money
    method: PaymentMethod | None
    receipt_id: int | None
    receipt_number: str | None
    paid_date: date
    collector_id: int | None
    collector_label: str | None
    partial_payment_id: int | None
    proposal_id: int | None
    reverses_id: int | None
    reversed_by_id: int | None
    reason: str | None
    created_by_user_id: int | None
    created_at: datetime


class InstallmentTimeline(ReadModel):
    id: int
    payment_number: int
    due_date: date
    amount: Money
    status: PaymentStatus
    paid_date: date | None
    paid_amount: Money | None
    partial_paid: Money
    remaining: Money
    payment_method: PaymentMethod | None
    receipt_number: str | None
    collector_id: int | None
    office_delivery_status: OfficeDeliveryStatus | None
    office_delivery_date: date | None
    has_problem: bool
    comments: str | None
    partials: list[PartialRead]
    entries: list[LedgerEntryRead]


class PolicyHeader(ReadModel):
    id: int
    folio: int
    client_id: int
    client_name: str
    coverage_name: str
    payment_plan: PaymentPlan
    status: PolicyStatus
    prima_total: Money
    is_restructured: bool
    effective_date: date
    expiration_date: date
    card_holder: str | None
    card_status: str | None


class PolicyPayments(ReadModel):
    policy: PolicyHeader
    paid_total: Money
    remaining_total: Money
    installments: list[InstallmentTimeline]


class PaymentResult(ReadModel):
    """What a money operation answers: the ledger entry and the installment as it is now."""

    transaction: LedgerEntryRead
    installment: InstallmentTimeline
    policy_status: PolicyStatus
    paid_off: bool


class RestructureLine(ReadModel):
    payment_number: int
    due_date: date
    amount: Money


class RestructurePreview(ReadModel):
    policy_id: int
    eligible: bool
    reasons: list[str]
    installments: int
    basis: Money
    paid_total: Money
    plan_before: PaymentPlan
    plan_after: PaymentPlan
    is_restructured_after: bool
    prima_total_after: Money
    cancelled: list[RestructureLine]
    new_installments: list[RestructureLine]


__all__ = ["Decimal"]
