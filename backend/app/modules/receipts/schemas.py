"""Request and response models of ``/api/v1/receipts``."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from app.core.schemas import InputModel, PageParams, ReadModel
from app.models.receipt import ReceiptKind, ReceiptStatus

PAPER_NUMBER_RE = re.compile(r"^[A-Z][0-9]{4}$")
#: a paper number (A0001) or a digital one (prefix + 6+ digits)
ANY_NUMBER_RE = re.compile(r"^[A-Z][0-9]{4,12}$")

ReceiptNumber = Annotated[str, Field(min_length=5, max_length=13, examples=["A0001"])]


def normalise_number(value: str) -> str:
    return value.strip().upper()


def _paper_number(value: str) -> str:
    value = normalise_number(value)
    if not PAPER_NUMBER_RE.match(value):
        raise ValueError("Debe ser una letra y 4 dígitos, p. ej. A0001.")
    if value[1:] == "0000":
        raise ValueError("La numeración empieza en 0001.")
    return value


class BatchCreate(InputModel):
    """A range of paper receipts: ``first`` and ``last`` share the prefix (A0001-A0500)."""

    first: ReceiptNumber
    last: ReceiptNumber

    _check_first = field_validator("first")(_paper_number)
    _check_last = field_validator("last")(_paper_number)

    @model_validator(mode="after")
    def _range(self) -> BatchCreate:
        if self.first[0] != self.last[0]:
            raise ValueError("El inicio y el fin del rango deben tener la misma letra.")
        if int(self.first[1:]) > int(self.last[1:]):
            raise ValueError("El inicio del rango no puede ser mayor que el fin.")
        return self


class BatchRead(ReadModel):
    id: int
    prefix: str
    first_seq: int
    last_seq: int
    kind: ReceiptKind
    created_count: int
    skipped_count: int
    created_by_user_id: int | None
    created_at: datetime


class BatchResult(ReadModel):
    batch: BatchRead
    created: int
    skipped: int
    #: the numbers that already existed, compressed to ranges ("A0001-A0020")
    skipped_ranges: list[str]
    warning: str | None = None


class AssignIn(InputModel):
    """Assign the unassigned receipts of a range to a collector, or to OFICINA (counter payments)."""

    first: ReceiptNumber
    last: ReceiptNumber
    collector_id: int | None = Field(None, description="Empleado que recibe el talonario")
    to_office: bool = Field(False, description="Asignar a OFICINA (pagos en mostrador)")

    _check_first = field_validator("first")(_paper_number)
    _check_last = field_validator("last")(_paper_number)

    @model_validator(mode="after")
    def _holder(self) -> AssignIn:
        if self.first[0] != self.last[0]:
            raise ValueError("El inicio y el fin del rango deben tener la misma letra.")
        if int(self.first[1:]) > int(self.last[1:]):
            raise ValueError("El inicio del rango no puede ser mayor que el fin.")
        if (self.collector_id is None) == (not self.to_office):
            raise ValueError("Indica un cobrador o asigna a OFICINA (solo uno de los dos).")
        return self


class AssignResult(ReadModel):
    assigned: int
    assigned_ranges: list[str]
    #: available receipts left unassigned because the collector reached the limit
    not_assigned_ranges: list[str]
    #: receipts of the range that were not unassigned (already assigned, used, cancelled...)
    unavailable_ranges: list[str]
    warning: str | None = None


class ReasonIn(InputModel):
    reason: str = Field(min_length=3, max_length=500)


class ConfirmSkippedIn(InputModel):
    receipt_ids: list[int] = Field(min_length=1, max_length=500)


class ReceiptRead(ReadModel):
    id: int
    number: str
    prefix: str
    kind: ReceiptKind
    status: ReceiptStatus
    batch_id: int | None
    collector_id: int | None
    collector_code: str | None = None
    collector_name: str | None = None
    at_office: bool
    payment_id: int | None
    policy_id: int | None
    policy_folio: int | None = None
    assigned_at: datetime | None
    used_at: datetime | None
    delivered_at: datetime | None
    lost_at: datetime | None
    cancelled_at: datetime | None
    skipped_at: datetime | None
    skipped_confirmed_at: datetime | None
    loss_due_at: datetime | None
    notes: str | None


CheckResultName = Literal[
    "valid", "unknown", "used_on_other_policy", "used", "not_assigned_to_holder", "lost", "cancelled"
]


class ReceiptCheckRead(ReadModel):
    number: str
    result: CheckResultName
    verified: bool
    message: str
    receipt_id: int | None
    status: ReceiptStatus | None


class VerifyQuery(InputModel):
    number: str = Field(min_length=2, max_length=20)
    collector_id: int | None = Field(None, description="Cobrador que reporta el recibo; vacío = OFICINA")
    policy_id: int | None = None


class ReceiptQuery(PageParams):
    number: str | None = Field(None, max_length=20, description="Número o inicio del número")
    number_from: str | None = Field(None, max_length=13, description="Rango: desde este número (A0001)")
    number_to: str | None = Field(None, max_length=13, description="Rango: hasta este número (misma letra)")
    status: list[ReceiptStatus] = Field(default_factory=list)
    collector_id: int | None = None
    at_office: bool | None = None
    kind: ReceiptKind | None = None
    batch_id: int | None = None
    policy_id: int | None = None
    skipped: bool | None = None

    @field_validator("number_from", "number_to")
    @classmethod
    def _range_bound(cls, value: str | None) -> str | None:
        return None if value is None or not value.strip() else _paper_number(value)

    @model_validator(mode="after")
    def _range(self) -> ReceiptQuery:
        if self.number_from and self.number_to:
            if self.number_from[0] != self.number_to[0]:
                raise ValueError("El inicio y el fin del rango deben tener la misma letra.")
            if int(self.number_from[1:]) > int(self.number_to[1:]):
                raise ValueError("El inicio del rango no puede ser mayor que el fin.")
        return self

    def number_range(self) -> tuple[str, int | None, int | None] | None:
        """(letter, first seq, last seq) of the range filter, either bound optional."""
        bound = self.number_from or self.number_to
        if bound is None:
            return None
        return (
            bound[0],
            int(self.number_from[1:]) if self.number_from else None,
            int(self.number_to[1:]) if self.number_to else None,
        )


class SkippedQuery(PageParams):
    confirmed: bool | None = None
    collector_id: int | None = None


class HolderStats(ReadModel):
    collector_id: int | None
    at_office: bool
    code: str | None
    name: str
    receipt_limit: int | None
    counts: dict[str, int]
    #: assigned + used + lost + cancelled_undelivered (what counts against the limit)
    active: int
    #: receipts in hand, still usable (assigned)
    stock: int
    low_stock: bool


class ReceiptStats(ReadModel):
    totals: dict[str, int]
    holders: list[HolderStats]
