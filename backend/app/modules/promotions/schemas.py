"""Promotions: request and response bodies."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import BeforeValidator, Field, field_validator, model_validator

from app.core.schemas import InputModel, Money, PageParams, ReadModel
from app.models.enums import BenefitType, PaymentPlan
from app.modules.promotions.conditions import PromotionConditions

CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{2,29}$")


def _upper(value: Any) -> Any:
    return value.strip().upper() if isinstance(value, str) else value


def _code(value: str) -> str:
    if not CODE_RE.fullmatch(value):
        raise ValueError(
            "La clave debe tener de 3 a 30 caracteres: letras, números, guion o guion bajo "
            "(p. ej. BUENFIN25)."
        )
    return value


PromotionCode = Annotated[str, BeforeValidator(_upper), Field(max_length=30)]


class PromotionStatus(StrEnum):
    """Derived from the active flag and the validity window on the as-of date."""

    CURRENT = "current"  # active and within its window
    SCHEDULED = "scheduled"  # active, starts later
    EXPIRED = "expired"  # its window ended
    INACTIVE = "inactive"  # deactivated


class RuleIn(InputModel):
    benefit_type: BenefitType
    value: Decimal = Field(
        Decimal("0"),
        ge=0,
        max_digits=12,
        decimal_places=2,
        description="Porcentaje (1-100), monto en MXN o número de meses; 0 para enganche cero",
    )
    conditions: PromotionConditions = Field(default_factory=lambda: PromotionConditions())
    priority: int = Field(0, ge=0, le=100, description="Orden de aplicación (menor primero)")

    @model_validator(mode="after")
    def _value_for_benefit(self) -> Self:
        value = self.value
        if self.benefit_type == BenefitType.PERCENTAGE and not Decimal(0) < value <= Decimal(100):
            raise ValueError("El porcentaje de descuento debe ser mayor que 0 y como máximo 100.")
        if self.benefit_type == BenefitType.FIXED_AMOUNT and value <= 0:
            raise ValueError("El monto de descuento debe ser mayor que cero.")
        if self.benefit_type == BenefitType.FREE_MONTHS and (
            value != value.to_integral_value() or not 1 <= value <= 11
        ):
            raise ValueError("Los meses gratis deben ser un número entero entre 1 y 11.")
        if self.benefit_type == BenefitType.ZERO_DOWN_PAYMENT and value != 0:
            raise ValueError("El enganche cero no lleva valor (usa 0).")
        return self


class _PromotionFields(InputModel):
    description: str | None = Field(None, max_length=2000)
    stackable: bool = Field(False, description="Se puede combinar con otra promoción acumulable")
    usage_limit_total: int | None = Field(None, ge=1, description="Usos máximos (pólizas) en total")
    usage_limit_per_client: int | None = Field(None, ge=1, description="Usos máximos por cliente")


class PromotionCreate(_PromotionFields):
    code: PromotionCode
    name: str = Field(min_length=3, max_length=120)
    starts_on: date = Field(description="Inicio de vigencia (incluido, fecha local)")
    ends_on: date = Field(description="Fin de vigencia (incluido, fecha local)")
    is_active: bool = True
    rules: list[RuleIn] = Field(min_length=1, max_length=10)

    @field_validator("code")
    @classmethod
    def _valid_code(cls, value: str) -> str:
        return _code(value)

    @model_validator(mode="after")
    def _window_and_limits(self) -> Self:
        if self.ends_on < self.starts_on:
            raise ValueError("El fin de vigencia no puede ser anterior al inicio.")
        _check_limits(self.usage_limit_total, self.usage_limit_per_client)
        return self


def _check_limits(total: int | None, per_client: int | None) -> None:
    if total is not None and per_client is not None and per_client > total:
        raise ValueError("El límite por cliente no puede ser mayor que el límite total.")


class PromotionUpdate(InputModel):
    """Every field optional; ``rules`` replaces all the rules (only while never applied)."""

    name: str | None = Field(None, min_length=3, max_length=120)
    description: str | None = Field(None, max_length=2000)
    starts_on: date | None = None
    ends_on: date | None = None
    stackable: bool | None = None
    usage_limit_total: int | None = Field(None, ge=1)
    usage_limit_per_client: int | None = Field(None, ge=1)
    rules: list[RuleIn] | None = Field(None, min_length=1, max_length=10)

    @model_validator(mode="after")
    def _pairs(self) -> Self:
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValueError("El fin de vigencia no puede ser anterior al inicio.")
        _check_limits(self.usage_limit_total, self.usage_limit_per_client)
        return self


class RuleRead(ReadModel):
    id: int
    benefit_type: BenefitType
    value: Money
    conditions: dict[str, Any]
    priority: int
    benefit: str = Field(description="Descripción del beneficio")


class PromotionRead(ReadModel):
    id: int
    code: str
    name: str
    description: str | None
    starts_on: date
    ends_on: date
    is_active: bool
    stackable: bool
    usage_limit_total: int | None
    usage_limit_per_client: int | None
    status: PromotionStatus
    uses: int = Field(description="Pólizas con la promoción aplicada (sin contar reversiones)")
    total_discount: Money
    rules: list[RuleRead]
    created_at: datetime
    updated_at: datetime


class PromotionQuery(PageParams):
    q: str | None = Field(None, max_length=60, description="Clave o nombre")
    status: PromotionStatus | None = None
    benefit_type: BenefitType | None = None


class PromotionSummary(ReadModel):
    """KPIs of the promotions screen."""

    current: int
    scheduled: int
    expired: int
    inactive: int
    uses_today: int
    total_discount: Money


# -- simulation --------------------------------------------------------------------------------
class SimulateIn(InputModel):
    coverage_id: int = Field(ge=1)
    payment_plan: PaymentPlan
    effective_date: date
    quoted_premium: Money | None = Field(None, gt=0, description="Prima cotizada (familia AMPLIA)")
    is_renewal: bool = False
    referrer_folio: int | None = Field(None, ge=1, description="Folio de la póliza de quien refiere")
    codes: list[PromotionCode] | None = Field(
        None, max_length=10, description="Claves a simular; vacío o ausente = todas las vigentes"
    )
    vehicle_year: int | None = Field(None, ge=1900, le=2100)
    client_id: int | None = Field(None, ge=1, description="Para el límite de usos por cliente")
    as_of: date | None = Field(None, description="Fecha de la simulación (hoy si se omite)")


class InstallmentLine(ReadModel):
    number: int
    due_date: date
    amount: Money
    paid: bool = False


class SimulatedRule(ReadModel):
    promotion_id: int
    code: str
    name: str
    rule_id: int
    benefit_type: BenefitType
    value: Money
    benefit: str
    applies: bool
    reasons: list[str] = Field(description="Por qué aplica o por qué no (en orden)")
    discount: Money


class SimulationRead(ReadModel):
    as_of: date
    prima_total: Money
    base_schedule: list[InstallmentLine]
    rules: list[SimulatedRule]
    total_discount: Money
    schedule: list[InstallmentLine]
    total: Money


# -- applications ------------------------------------------------------------------------------
class ApplyPromotionIn(InputModel):
    code: PromotionCode
    referrer_folio: int | None = Field(None, ge=1, description="Folio de la póliza referente (referidos)")


class RevertIn(InputModel):
    reason: str | None = Field(None, max_length=500)


class ApplicationRead(ReadModel):
    id: int
    promotion_id: int
    promotion_code: str
    rule_id: int
    policy_id: int
    discount: Money
    changes: list[dict[str, Any]]
    referrer_policy_id: int | None
    referred_policy_id: int | None
    applied_at: datetime
    applied_by_user_id: int | None
    reverted_at: datetime | None
    reverted_by_user_id: int | None


class ApplyResultRead(ReadModel):
    applications: list[ApplicationRead]
    notes: list[str] = Field(default_factory=list, description="Avisos (p. ej. beneficio del referente)")


class ApplicationQuery(PageParams):
    live: bool | None = Field(None, description="Solo vigentes (true) o solo revertidas (false)")
