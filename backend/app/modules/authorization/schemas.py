"""Authorization workflow: request and response bodies (screens §1.6, §1.26, §2.9, §2.15)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import BeforeValidator, Field, model_validator

from app.core.schemas import InputModel, Money, PageParams, ReadModel
from app.models.enums import PaymentMethod, PaymentStatus, ProposalStatus, SubmissionStatus
from app.modules.policies.schemas import PolicyCreate


def _receipt(value: Any) -> Any:
    return value.strip().upper() if isinstance(value, str) else value


ReceiptNumber = Annotated[str, BeforeValidator(_receipt), Field(min_length=2, max_length=20)]
Reason = Annotated[str, Field(min_length=5, max_length=500)]


# -- proposals -------------------------------------------------------------------------------------


class ProposalCreate(InputModel):
    payment_id: int = Field(ge=1, description="Pago (mensualidad) que se cobra")
    amount: Money = Field(gt=0, description="Monto cobrado (puede ser un abono)")
    method: PaymentMethod
    receipt_number: ReceiptNumber = Field(description="Número del recibo entregado al cliente")
    photo_file_id: uuid.UUID | None = Field(
        None, description="Foto del recibo o comprobante (API de archivos)"
    )
    latitude: float = Field(ge=-90, le=90, description="Latitud GPS donde se cobró")
    longitude: float = Field(ge=-180, le=180, description="Longitud GPS donde se cobró")
    device_id: str | None = Field(None, max_length=128, pattern=r"^[A-Za-z0-9._:-]+$")


class CheckLevel(StrEnum):
    OK = "ok"  # green
    WARNING = "warning"  # yellow: amounts differ
    CRITICAL = "critical"  # red: receipt used on another policy / not on file


class ProposalChecks(ReadModel):
    """What the reviewer needs beside a proposal (screens §2.15 "automatic checks")."""

    expected_amount: Money = Field(description="Lo que falta por pagar de la mensualidad")
    recorded_amount: Money
    difference: Money = Field(description="Registrado menos esperado")
    amount_matches: bool
    amount_level: CheckLevel
    is_partial: bool
    receipt_result: str = Field(description="valid | unknown | used_on_other_policy | used | ...")
    receipt_message: str
    receipt_level: CheckLevel
    installment_status: PaymentStatus
    days_late: int


class ProposalRead(ReadModel):
    id: int
    policy_id: int
    folio: int
    client_name: str
    payment_id: int
    payment_number: int
    installment_amount: Money
    due_date: date
    amount: Money
    method: PaymentMethod
    receipt_number: str
    receipt_id: int | None
    photo_file_id: uuid.UUID | None
    latitude: float | None
    longitude: float | None
    device_id: str | None
    local_date: date
    status: ProposalStatus
    author_employee_id: int
    author_code: str | None
    author_name: str
    reviewer_user_id: int | None
    claimed_at: datetime | None
    decided_at: datetime | None
    rejection_reason: str | None
    corrections: dict[str, Any] | None
    payment_transaction_id: int | None
    created_at: datetime
    is_stale: bool = Field(description="Esperando más de las horas configuradas (48 h)")
    needs_manager: bool = Field(description="El monto requiere a un gerente de Cobranza")
    checks: ProposalChecks | None = Field(None, description="Revisiones automáticas (solo abiertas)")


class ProposalQuery(PageParams):
    status: list[ProposalStatus] = Field(default_factory=list)
    collector_id: int | None = Field(None, ge=1, description="Empleado que registró el cobro")
    date_from: date | None = None
    date_to: date | None = None
    stale: bool | None = Field(None, description="Solo las que esperan más de 48 h")


class MyProposalQuery(PageParams):
    status: list[ProposalStatus] = Field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None


class StatusTotal(ReadModel):
    status: ProposalStatus
    count: int
    amount: Money


class ApproveIn(InputModel):
    notes: str | None = Field(None, max_length=500)


class ApproveWithCorrectionsIn(InputModel):
    amount: Money | None = Field(None, gt=0, description="Monto corregido")
    receipt_number: ReceiptNumber | None = Field(None, description="Número de recibo corregido")
    notes: str | None = Field(None, max_length=500)

    @model_validator(mode="after")
    def _something(self) -> Self:
        if self.amount is None and self.receipt_number is None:
            raise ValueError("Indica el monto o el número de recibo corregido.")
        return self


class RejectIn(InputModel):
    reason: Reason


# -- policy submissions ----------------------------------------------------------------------------


class SubmissionCreate(InputModel):
    policy: PolicyCreate = Field(description="Los mismos datos que el alta de póliza en oficina")
    contract_photo_file_ids: list[uuid.UUID] = Field(default_factory=list, max_length=10)
    resubmission_of_id: int | None = Field(
        None, ge=1, description="Solicitud rechazada que esta corrige (la anterior queda rechazada)"
    )


class SubmissionRead(ReadModel):
    id: int
    seller_employee_id: int
    seller_code: str | None
    seller_name: str
    payload: dict[str, Any]
    contract_photo_file_ids: list[str]
    status: SubmissionStatus
    policy_id: int | None
    resubmission_of_id: int | None
    reviewer_user_id: int | None
    claimed_at: datetime | None
    decided_at: datetime | None
    rejection_reason: str | None
    corrections: dict[str, Any] | None
    review_notes: str | None
    created_at: datetime


class SubmissionQuery(PageParams):
    status: list[SubmissionStatus] = Field(default_factory=list)
    seller_id: int | None = Field(None, ge=1)
    date_from: date | None = None
    date_to: date | None = None


class SubmissionApproveIn(InputModel):
    notes: str | None = Field(None, max_length=500)


class SubmissionRejectIn(InputModel):
    reason: Reason
    corrections: dict[Annotated[str, Field(max_length=60)], Annotated[str, Field(max_length=300)]] = Field(
        default_factory=dict, description="Dato -> qué debe corregir el vendedor"
    )


# -- the unified pending view ----------------------------------------------------------------------


class PendingCounts(ReadModel):
    proposals_pending: int
    proposals_under_review: int
    proposals_stale: int
    submissions_pending: int
    submissions_under_review: int
    total: int = Field(description="Para el contador del menú")


class PendingView(ReadModel):
    counts: PendingCounts
    stale_hours: int
    manager_threshold: Money
    proposals: list[ProposalRead]
    submissions: list[SubmissionRead]
