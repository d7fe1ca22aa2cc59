"""Cancellations: request and response bodies."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from app.core.schemas import InputModel, PageParams, ReadModel


def _upper(value: Any) -> Any:
    return value.strip().upper() if isinstance(value, str) else value


CancellationCodeValue = Annotated[str, BeforeValidator(_upper), Field(min_length=2, max_length=10)]


class CancellationCodeRead(ReadModel):
    code: str
    description: str
    highlight: bool = Field(description="Se resalta (naranja) en listas y en el reporte de renovaciones")
    blocks_renewal: bool = Field(description="Bloquea las ofertas automáticas de renovación")
    is_active: bool


class CancellationCodeUpdate(InputModel):
    description: str = Field(min_length=5, max_length=500)
    highlight: bool
    blocks_renewal: bool
    is_active: bool


class CancelPolicyIn(InputModel):
    code: CancellationCodeValue = Field(description="Motivo C1-C5 (activo)")
    reason: str = Field(min_length=10, max_length=2000, description="Explicación (al menos 10 caracteres)")
    payments_made: int | None = Field(
        None,
        ge=0,
        le=24,
        description="Pagos realizados; por omisión, las mensualidades pagadas por completo. "
        "Las mensualidades sin pagar posteriores a ese número se cancelan.",
    )
    notify_seller: bool = Field(False, description="Avisar al vendedor (Telegram)")
    notify_collector: bool = Field(False, description="Avisar al cobrador (app)")
    notify_client: bool = Field(False, description="Avisar al cliente (WhatsApp)")


class UndoCancellationIn(InputModel):
    reason: str = Field(
        min_length=10, max_length=2000, description="Por qué se deshace (al menos 10 caracteres)"
    )


class CancellationPeriod(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    ALL = "all"


class CancellationQuery(PageParams):
    q: str | None = Field(None, max_length=80, description="Folio, folio de contrato o nombre del cliente")
    period: CancellationPeriod = Field(
        CancellationPeriod.ALL, description="Hoy, esta semana (desde el lunes), este mes, todas (hora local)"
    )
    code: CancellationCodeValue | None = None
    undone: bool | None = Field(None, description="true: solo deshechas; false: solo vigentes")


class CancellationRead(ReadModel):
    id: int
    policy_id: int
    folio: int
    client_id: int
    client_name: str
    cancelled_at: datetime
    reason: str
    code: str
    code_description: str
    highlight: bool
    payments_made: int
    installments_cancelled: int
    notes: str | None = Field(description="Observaciones de la póliza")
    notify_seller: bool
    notify_collector: bool
    notify_client: bool
    seller_notified_at: datetime | None
    collector_notified_at: datetime | None
    client_notified_at: datetime | None
    cancelled_by_user_id: int | None
    undone_at: datetime | None
    undone_by_user_id: int | None
    undo_reason: str | None


class CancellationDetail(CancellationRead):
    snapshot: dict[str, Any] = Field(description="Lo que cambió la cancelación (para deshacerla)")
