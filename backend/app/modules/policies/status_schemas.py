"""The StatusUpdater's admin endpoint: request and response bodies."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import Field

from app.core.schemas import InputModel, PageParams, ReadModel


class StatusRunIn(InputModel):
    mode: Literal["full", "nightly"] = Field(
        "nightly", description="full: todas las pólizas vigentes; nightly: solo lo que puede cambiar"
    )
    as_of: date | None = Field(None, description="Fecha de cálculo (hoy, hora local, si se omite)")


class PolicyChangeRead(ReadModel):
    policy_id: int
    folio: int
    old_status: str
    new_status: str


class StatusRunSummary(ReadModel):
    run_id: int
    as_of: date
    mode: str = Field(description="El modo efectivo (nightly sin corrida previa se ejecuta como full)")
    installments_changed: int
    policies_changed: int
    duration_ms: int
    changes_by_status: dict[str, int] = Field(description="Pólizas que cambiaron, por estatus nuevo")
    sample: list[PolicyChangeRead] = Field(description="Muestra de pólizas que cambiaron (hasta 50)")


class StatusRunRead(ReadModel):
    id: int
    as_of: date
    mode: str
    trigger: str
    triggered_by_user_id: int | None
    started_at: datetime
    finished_at: datetime | None
    duration_ms: int | None
    installments_changed: int
    policies_changed: int


class StatusRunQuery(PageParams):
    mode: Literal["full", "nightly", "policies"] | None = None
    trigger: str | None = Field(None, max_length=20)
