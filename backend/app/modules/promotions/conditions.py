"""Rule conditions of a promotion (``promotion_rule.conditions``, JSONB) and their evaluation.

Pure: the model validates what is stored, ``evaluate`` answers, for the facts of one policy, the
reasons (Spanish) why a rule does NOT apply (an empty list means it applies). Absent conditions
do not restrict. ``min_payments`` / ``max_payments`` compare the number of installments of the
payment plan (cash 1, cash in 2 installments 2, monthly 7, quarterly 4, semiannual 2, monthly 12).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.models.enums import BenefitType, PaymentPlan, VehicleType

PLAN_INSTALLMENTS: dict[PaymentPlan, int] = {
    PaymentPlan.CASH: 1,
    PaymentPlan.CASH_2_INSTALLMENTS: 2,
    PaymentPlan.MONTHLY_7: 7,
    PaymentPlan.QUARTERLY_4: 4,
    PaymentPlan.SEMIANNUAL_2: 2,
    PaymentPlan.MONTHLY_12: 12,
}

#: benefits that change what the client pays; at most one promotion with any of them per policy
#: unless both promotions are stackable (a future non-monetary benefit, e.g. a coverage upgrade,
#: would stay out of this set)
MONETARY_BENEFITS: frozenset[BenefitType] = frozenset(BenefitType)

PLAN_LABELS: dict[PaymentPlan, str] = {
    PaymentPlan.CASH: "contado",
    PaymentPlan.CASH_2_INSTALLMENTS: "contado en 2 pagos",
    PaymentPlan.MONTHLY_7: "mensual (7 pagos)",
    PaymentPlan.QUARTERLY_4: "trimestral",
    PaymentPlan.SEMIANNUAL_2: "semestral",
    PaymentPlan.MONTHLY_12: "mensual (12 pagos)",
}
VEHICLE_LABELS: dict[VehicleType, str] = {
    VehicleType.AUTOMOBILE: "automóvil",
    VehicleType.PICKUP: "pick up",
    VehicleType.SUV: "camioneta",
    VehicleType.MOTORCYCLE: "motocicleta",
    VehicleType.MOTOTAXI: "mototaxi",
    VehicleType.TRUCK: "camión",
}


class PromotionConditions(BaseModel):
    """What a policy must meet for a rule to apply. Stored as JSONB (unset keys omitted)."""

    model_config = ConfigDict(extra="forbid")

    coverage_ids: list[int] | None = Field(None, min_length=1, description="Coberturas (ids)")
    vehicle_types: list[VehicleType] | None = Field(None, min_length=1)
    payment_plans: list[PaymentPlan] | None = Field(None, min_length=1)
    new_or_renewal: Literal["new", "renewal"] | None = Field(
        None, description="«new» solo pólizas nuevas, «renewal» solo renovaciones"
    )
    referral: bool = Field(False, description="Requiere una póliza referente (programa de referidos)")
    min_payments: int | None = Field(None, ge=1, le=12, description="Mínimo de pagos de la forma de pago")
    max_payments: int | None = Field(None, ge=1, le=12, description="Máximo de pagos de la forma de pago")
    vehicle_year_min: int | None = Field(None, ge=1900, le=2100)
    vehicle_year_max: int | None = Field(None, ge=1900, le=2100)

    @model_validator(mode="after")
    def _ranges(self) -> Self:
        if (
            self.min_payments is not None
            and self.max_payments is not None
            and self.min_payments > self.max_payments
        ):
            raise ValueError("El mínimo de pagos no puede ser mayor que el máximo.")
        if (
            self.vehicle_year_min is not None
            and self.vehicle_year_max is not None
            and self.vehicle_year_min > self.vehicle_year_max
        ):
            raise ValueError("El año mínimo del vehículo no puede ser mayor que el máximo.")
        return self

    def stored(self) -> dict[str, object]:
        """The JSONB value: only the conditions that restrict something."""
        data = self.model_dump(mode="json", exclude_none=True)
        if not data.get("referral"):
            data.pop("referral", None)
        return data


@dataclass(frozen=True, slots=True)
class PolicyFacts:
    """What the conditions look at, for a policy being created, simulated or already issued."""

    coverage_id: int
    coverage_name: str
    vehicle_type: VehicleType | None
    vehicle_year: int | None
    payment_plan: PaymentPlan
    is_renewal: bool
    has_referrer: bool


def evaluate(conditions: PromotionConditions, facts: PolicyFacts) -> list[str]:
    """Reasons why the rule does not apply to ``facts`` (empty: it applies)."""
    reasons: list[str] = []
    if conditions.coverage_ids is not None and facts.coverage_id not in conditions.coverage_ids:
        reasons.append(f"La cobertura {facts.coverage_name} no participa en la promoción.")
    if conditions.vehicle_types is not None:
        if facts.vehicle_type is None:
            reasons.append("No se indicó el tipo de vehículo.")
        elif facts.vehicle_type not in conditions.vehicle_types:
            allowed = ", ".join(VEHICLE_LABELS[v] for v in conditions.vehicle_types)
            reasons.append(f"Solo aplica a vehículos tipo {allowed}.")
    if conditions.payment_plans is not None and facts.payment_plan not in conditions.payment_plans:
        allowed = ", ".join(PLAN_LABELS[p] for p in conditions.payment_plans)
        reasons.append(f"Solo aplica a las formas de pago: {allowed}.")
    if conditions.new_or_renewal == "new" and facts.is_renewal:
        reasons.append("Solo aplica a pólizas nuevas, no a renovaciones.")
    if conditions.new_or_renewal == "renewal" and not facts.is_renewal:
        reasons.append("Solo aplica a renovaciones.")
    if conditions.referral and not facts.has_referrer:
        reasons.append("Requiere el folio de la póliza de quien refiere al cliente.")
    installments = PLAN_INSTALLMENTS[facts.payment_plan]
    if conditions.min_payments is not None and installments < conditions.min_payments:
        reasons.append(f"Requiere una forma de pago de al menos {conditions.min_payments} pagos.")
    if conditions.max_payments is not None and installments > conditions.max_payments:
        reasons.append(f"Requiere una forma de pago de como máximo {conditions.max_payments} pagos.")
    if conditions.vehicle_year_min is not None or conditions.vehicle_year_max is not None:
        if facts.vehicle_year is None:
            reasons.append("No se conoce el año (modelo) del vehículo.")
        else:
            if conditions.vehicle_year_min is not None and facts.vehicle_year < conditions.vehicle_year_min:
                reasons.append(
                    f"Solo aplica a vehículos modelo {conditions.vehicle_year_min} o más recientes."
                )
            if conditions.vehicle_year_max is not None and facts.vehicle_year > conditions.vehicle_year_max:
                reasons.append(f"Solo aplica a vehículos modelo {conditions.vehicle_year_max} o anteriores.")
    return reasons


def satisfied(conditions: PromotionConditions, facts: PolicyFacts) -> str:
    """Why a rule applies (Spanish), for the simulation."""
    parts: list[str] = []
    if conditions.coverage_ids is not None:
        parts.append(f"la cobertura {facts.coverage_name} participa")
    if conditions.vehicle_types is not None and facts.vehicle_type is not None:
        parts.append(f"vehículo tipo {VEHICLE_LABELS[facts.vehicle_type]}")
    if conditions.payment_plans is not None:
        parts.append(f"forma de pago {PLAN_LABELS[facts.payment_plan]}")
    if conditions.new_or_renewal == "new":
        parts.append("póliza nueva")
    if conditions.new_or_renewal == "renewal":
        parts.append("renovación")
    if conditions.referral:
        parts.append("cliente referido por otra póliza (el referente también recibe el beneficio)")
    if conditions.min_payments is not None or conditions.max_payments is not None:
        parts.append(f"{PLAN_INSTALLMENTS[facts.payment_plan]} pagos en la forma de pago")
    if facts.vehicle_year is not None and (
        conditions.vehicle_year_min is not None or conditions.vehicle_year_max is not None
    ):
        parts.append(f"vehículo modelo {facts.vehicle_year}")
    if not parts:
        return "Aplica: la promoción no tiene condiciones y está vigente."
    return "Aplica: " + "; ".join(parts) + "."


def window_reasons(*, starts_on: date, ends_on: date, is_active: bool, as_of: date) -> list[str]:
    """Why a promotion is not usable on ``as_of`` (validity bounds inclusive)."""
    if not is_active:
        return ["La promoción está desactivada."]
    if as_of < starts_on:
        return [f"La promoción inicia el {starts_on:%d/%m/%Y}."]
    if as_of > ends_on:
        return [f"La promoción terminó el {ends_on:%d/%m/%Y}."]
    return []


def describe_benefit(benefit: BenefitType, value: Decimal) -> str:
    """Spanish label of a benefit ("10 % de descuento", "2 meses gratis"...)."""
    if benefit == BenefitType.PERCENTAGE:
        return f"{value.normalize():f} % de descuento sobre la prima total"
    if benefit == BenefitType.FIXED_AMOUNT:
        return f"${value:,.2f} de descuento"
    if benefit == BenefitType.FREE_MONTHS:
        months = int(value)
        return f"{months} {'mes' if months == 1 else 'meses'} gratis"
    return "Enganche cero"
