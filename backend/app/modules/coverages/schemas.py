"""Coverage catalogue: request and response bodies (screens §1.18)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Final, Self

from pydantic import BeforeValidator, Field, model_validator

from app.core.schemas import InputModel, Money, PageParams, ReadModel
from app.models.enums import CoverageCategory, CylinderBand, PaymentPlan, ServiceType, VehicleType
from app.modules.quotes.schemas import QuoteRead, normalize_quote_number

PLAN_LABELS: Final[dict[PaymentPlan, str]] = {
    PaymentPlan.CASH: "Contado",
    PaymentPlan.CASH_2_INSTALLMENTS: "Contado en 2 pagos",
    PaymentPlan.MONTHLY_7: "Enganche + 6 mensualidades",
    PaymentPlan.QUARTERLY_4: "Trimestral (4 pagos)",
    PaymentPlan.SEMIANNUAL_2: "Semestral (2 pagos)",
    PaymentPlan.MONTHLY_12: "Mensual (12 pagos)",
}


def _coverage_name(value: Any) -> Any:
    # catalogue names are upper case with single spaces ("RC BASICA", "AMPLIA SELECT")
    return re.sub(r"\s+", " ", value).strip().upper() if isinstance(value, str) else value


def _quote_number(value: Any) -> Any:
    if isinstance(value, str):
        number = normalize_quote_number(value)
        if number is None:
            raise ValueError(
                "El número de cotización debe tener el formato AUT-XXXXXXXX (8 letras o números)."
            )
        return number
    return value


CoverageName = Annotated[str, BeforeValidator(_coverage_name), Field(min_length=2, max_length=60)]
Price = Annotated[Money, Field(ge=0)]
QuoteNumber = Annotated[str, BeforeValidator(_quote_number)]


class CoverageRead(ReadModel):
    id: int
    name: str
    vehicle_key: int
    vehicle_key_name: str
    vehicle_type: VehicleType
    service_type: ServiceType
    cylinder_band: CylinderBand | None
    category: CoverageCategory
    level: int
    cash_price: Money
    credit_price: Money
    initial_payment: Money = Field(description="Enganche")
    tow_services_included: int
    is_active: bool
    is_quoted: bool = Field(description="Familia AMPLIA: la prima sale de una cotización externa")
    created_at: datetime
    updated_at: datetime


class CoverageFilters(InputModel):
    q: str | None = Field(None, max_length=60, description="Parte del nombre (RC, AMPLIA...)")
    vehicle_key: int | None = Field(None, ge=100, le=999)
    service_type: ServiceType | None = None
    cylinder_band: CylinderBand | None = None
    category: CoverageCategory | None = None
    include_inactive: bool = Field(False, description="Incluir desactivadas (solo administración)")


class CoverageQuery(CoverageFilters, PageParams):
    pass


class _CoverageFields(InputModel):
    cylinder_band: CylinderBand | None = Field(None, description="Obligatorio para claves 107 y 108")
    tow_services_included: int = Field(0, ge=0, le=20)


class CoverageCreate(_CoverageFields):
    name: CoverageName
    vehicle_key: int = Field(ge=100, le=999)
    service_type: ServiceType
    category: CoverageCategory
    level: int = Field(ge=1, le=50, description="Orden en su escalera, de menor a mayor")
    cash_price: Price = Field(description="Precio de contado (0.00 en la familia AMPLIA)")
    credit_price: Price = Field(description="Precio a crédito (0.00 en la familia AMPLIA)")
    initial_payment: Price = Field(description="Enganche (0.00 en la familia AMPLIA)")
    is_active: bool = True


_NOT_NULL: Final = (
    "name",
    "vehicle_key",
    "service_type",
    "category",
    "level",
    "cash_price",
    "credit_price",
    "initial_payment",
    "tow_services_included",
)


class CoverageUpdate(InputModel):
    """PATCH: only the fields sent change. Activation has its own endpoints."""

    name: CoverageName | None = None
    vehicle_key: int | None = Field(None, ge=100, le=999)
    service_type: ServiceType | None = None
    cylinder_band: CylinderBand | None = None
    category: CoverageCategory | None = None
    level: int | None = Field(None, ge=1, le=50)
    cash_price: Price | None = None
    credit_price: Price | None = None
    initial_payment: Price | None = None
    tow_services_included: int | None = Field(None, ge=0, le=20)

    @model_validator(mode="after")
    def _required_stay_set(self) -> Self:
        for name in _NOT_NULL:
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"El campo «{name}» no puede quedar vacío.")
        return self


class SchemesQuery(InputModel):
    effective_date: date | None = Field(None, description="Inicio de vigencia (AAAA-MM-DD); hoy si se omite")
    quote_number: QuoteNumber | None = Field(
        None, description="Cotización AUT-XXXXXXXX (obligatoria para la familia AMPLIA)"
    )


class InstallmentRead(ReadModel):
    number: int
    due_date: date
    amount: Money


class PaymentSchemeRead(ReadModel):
    plan: PaymentPlan
    label: str
    installments_count: int
    total: Money = Field(description="Prima total del plan (suma exacta de los pagos)")
    down_payment: Money = Field(description="Primer pago: el que activa la cobertura")
    installments: list[InstallmentRead]


class PaymentSchemesRead(ReadModel):
    coverage_id: int
    coverage_name: str
    category: CoverageCategory
    effective_date: date
    requires_quote: bool = Field(description="La familia AMPLIA necesita una cotización para dar importes")
    quote: QuoteRead | None = None
    message: str | None = Field(None, description="Por qué no hay planes (p. ej. falta la cotización)")
    allowed_plans: list[PaymentPlan]
    schemes: list[PaymentSchemeRead]
