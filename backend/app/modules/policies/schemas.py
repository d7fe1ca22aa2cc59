"""Policies: request and response bodies (screens §1.4)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import BeforeValidator, Field, model_validator
from pydantic.json_schema import SkipJsonSchema

from app.core.schemas import InputModel, Money, PageParams, ReadModel
from app.models.enums import (
    CardHolder,
    CardStatus,
    CylinderBand,
    PaymentMethod,
    PaymentPlan,
    PaymentStatus,
    PolicyStatus,
    ServiceType,
    VehicleType,
)
from app.modules.payments.schemas import PartialRead
from app.modules.quotes.schemas import normalize_quote_number


def _upper(value: Any) -> Any:
    return value.strip().upper() if isinstance(value, str) else value


def _quote_number(value: Any) -> Any:
    if isinstance(value, str):
        number = normalize_quote_number(value)
        if number is None:
            raise ValueError("El número de cotización debe tener el formato AUT-XXXXXXXX.")
        return number
    return value


ContractFolio = Annotated[str, BeforeValidator(_upper), Field(min_length=1, max_length=30)]
QuoteNumber = Annotated[str, BeforeValidator(_quote_number)]
Reason = Annotated[str, Field(min_length=3, max_length=500)]


# -- creation --------------------------------------------------------------------------------------


class AmpliaPricesIn(InputModel):
    """Purchase and sale value of the vehicle (guía de valores) for an AMPLIA-family policy: the
    commercial value stored in the AMPLIA detail is their mean."""

    purchase_price: Money = Field(gt=0, description="Valor de compra")
    sale_price: Money = Field(gt=0, description="Valor de venta")


class PolicyCreate(InputModel):
    client_id: int = Field(ge=1)
    vehicle_id: int = Field(ge=1)
    coverage_id: int = Field(ge=1)
    payment_plan: PaymentPlan
    contract_folio: ContractFolio = Field(description="Folio del contrato en papel (único)")
    seller_id: int | None = Field(
        None, ge=1, description="Vendedor; si se omite, quien captura (si es vendedor)"
    )
    sale_date: date | None = Field(None, description="Fecha de venta; hoy si se omite")
    elaboration_date: date | None = Field(None, description="Fecha de elaboración; hoy si se omite")
    effective_date: date | None = Field(None, description="Inicio de vigencia; hoy si se omite")
    expiration_date: date | None = Field(None, description="Fin de vigencia; inicio + 1 año si se omite")
    quote_number: QuoteNumber | None = Field(
        None, description="Cotización AUT-XXXXXXXX (obligatoria en la familia AMPLIA)"
    )
    amplia: AmpliaPricesIn | None = None
    renewal_folio: int | None = Field(None, ge=1, description="Folio de la póliza que se renueva")
    promotion_codes: list[Annotated[str, BeforeValidator(_upper), Field(min_length=1, max_length=30)]] = (
        Field(default_factory=list, max_length=5)
    )
    referrer_policy_id: int | None = Field(None, ge=1, description="Póliza de quien refiere (promociones)")
    amplia_select_confirmed_by_manager: bool = Field(
        False,
        description="AMPLIA SELECT: el gerente de Ventas confirma que no hubo siniestros con "
        "responsabilidad en la vigencia anterior (criterio que el sistema aún no puede verificar)",
    )
    contract_image_file_id: str | None = Field(None, max_length=64)
    notes: str | None = Field(None, max_length=2000)

    @model_validator(mode="after")
    def _unique_promotions(self) -> Self:
        if len(set(self.promotion_codes)) != len(self.promotion_codes):
            raise ValueError("Hay códigos de promoción repetidos.")
        return self


# -- edits -----------------------------------------------------------------------------------------

#: fields a PATCH refuses with a reason (they would break the schedule or the contract)
LOCKED_FIELDS: dict[str, str] = {
    "payment_plan": "La forma de pago no se edita: cambiarla rehace el calendario de pagos "
    "(se hará con un endoso o una reestructura).",
    "prima_total": "La prima no se edita: cambiaría los montos del calendario de pagos (endoso).",
    "effective_date": "El inicio de vigencia no se edita: movería las fechas límite de los pagos (endoso).",
    "expiration_date": "El fin de vigencia no se edita aquí (endoso o renovación).",
    "coverage_id": "La cobertura no se edita: se cambia con un endoso de cobertura.",
    "vehicle_id": "El vehículo no se edita: se cambia con un endoso de vehículo.",
    "client_id": "El contratante no se edita: se cambia con un endoso de contratante.",
    "seller_id": "El vendedor se cambia con la acción «Cambiar vendedor».",
    "status": "El estatus no se edita: lo calcula el sistema (o se suspende / cancela).",
    "folio": "El folio de la póliza no se puede cambiar.",
    "quote_external_id": "La cotización no se edita (endoso de cobertura).",
}


class PolicyUpdate(InputModel):
    """PATCH: only the fields sent change; ``null`` clears an optional field."""

    contract_folio: ContractFolio | None = None
    notes: str | None = Field(None, max_length=2000)
    sale_date: date | None = None
    elaboration_date: date | None = None
    has_payment_issues: bool | None = None
    has_fraud_observation: bool | None = None
    tow_services_available: int | None = Field(None, ge=0, le=99)
    contract_image_file_id: str | None = Field(None, max_length=64)

    #: fields of the request that may not be edited here (filled by the validator below; the
    #: service answers POLICY_FIELD_LOCKED with the reason of each)
    locked_fields: SkipJsonSchema[list[str]] = Field(default_factory=list, exclude=True)

    @model_validator(mode="before")
    @classmethod
    def _locked(cls, data: Any) -> Any:
        if isinstance(data, dict):
            locked = sorted(key for key in data if key in LOCKED_FIELDS)
            data = {key: value for key, value in data.items() if key not in LOCKED_FIELDS}
            data["locked_fields"] = locked
        return data

    @model_validator(mode="after")
    def _required_stay_set(self) -> Self:
        for name in (
            "contract_folio",
            "sale_date",
            "has_payment_issues",
            "has_fraud_observation",
            "tow_services_available",
        ):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"El campo «{name}» no puede quedar vacío.")
        return self


class ChangeSellerIn(InputModel):
    seller_id: int = Field(ge=1)
    reason: Reason


class ReasonIn(InputModel):
    reason: Reason


# -- list ------------------------------------------------------------------------------------------


class PolicyFilters(InputModel):
    q: str | None = Field(
        None, min_length=1, max_length=100, description="Folio, folio de contrato, placas, serie o cliente"
    )
    status: list[PolicyStatus] = Field(default_factory=list, description="Uno o varios estatus")
    seller_id: int | None = Field(None, ge=1)
    coverage_id: int | None = Field(None, ge=1)
    coverage_name: str | None = Field(None, max_length=60, description="Nombre de cobertura (RC BASICA...)")
    payment_plan: list[PaymentPlan] = Field(default_factory=list)
    vehicle_type: list[VehicleType] = Field(default_factory=list)
    client_id: int | None = Field(None, ge=1)
    effective_from: date | None = None
    effective_to: date | None = None
    expiration_from: date | None = None
    expiration_to: date | None = None
    sale_from: date | None = None
    sale_to: date | None = None

    @model_validator(mode="after")
    def _ranges(self) -> Self:
        for name in ("effective", "expiration", "sale"):
            start, end = getattr(self, f"{name}_from"), getattr(self, f"{name}_to")
            if start is not None and end is not None and end < start:
                raise ValueError("El final de un rango de fechas no puede ser anterior a su inicio.")
        return self


class PolicyQuery(PolicyFilters, PageParams):
    """Filters + paging. ``sort``: folio, contract_folio, client, coverage, seller, plates,
    effective_date, expiration_date, sale_date, prima_total, status, created_at (``-`` descending)."""


class PolicyRow(ReadModel):
    """One row of the list (screens §1.4)."""

    id: int
    folio: int
    contract_folio: str | None
    client_id: int
    client_name: str
    coverage_id: int
    coverage_name: str
    service_type: ServiceType
    vehicle_type: VehicleType
    make: str
    model: str
    year: int | None
    plates: str | None
    effective_date: date
    expiration_date: date
    payment_plan: PaymentPlan
    prima_total: Money
    seller_id: int
    seller_code: str | None
    seller_name: str
    status: PolicyStatus


# -- detail ----------------------------------------------------------------------------------------


class ClientSummary(ReadModel):
    id: int
    full_name: str
    phone_whatsapp: str
    phone_secondary: str | None
    email: str | None
    rfc: str | None


class VehicleSummary(ReadModel):
    id: int
    vehicle_key: int
    vehicle_type: VehicleType
    service_type: ServiceType
    cylinder_band: CylinderBand | None
    make: str
    model: str
    year: int | None
    color: str | None
    serial_number: str | None
    plates: str | None
    engine_number: str | None


class CoverageSummary(ReadModel):
    id: int
    name: str
    vehicle_key: int
    service_type: ServiceType
    cylinder_band: CylinderBand | None
    category: str
    cash_price: Money
    credit_price: Money
    initial_payment: Money
    tow_services_included: int


class EmployeeSummary(ReadModel):
    id: int
    code: str | None
    full_name: str
    is_active: bool


class AmpliaDetailRead(ReadModel):
    purchase_price: Money
    sale_price: Money
    commercial_value: Money
    deductible_damage_pct: Money
    deductible_theft_pct: Money


class InstallmentRead(ReadModel):
    id: int
    payment_number: int
    due_date: date
    amount: Money
    status: PaymentStatus
    paid_date: date | None
    paid_amount: Money | None
    partial_paid: Money = Field(description="Suma de abonos aplicados")
    remaining: Money = Field(description="Lo que falta por cubrir de este pago")
    payment_method: PaymentMethod | None
    receipt_number: str | None
    collector_id: int | None
    seller_id: int | None
    has_problem: bool
    comments: str | None
    partials: list[PartialRead]


class CardRead(ReadModel):
    id: int
    holder: CardHolder
    holder_label: str = Field(description="Nombre del cobrador u OFICINA / ARCHIVO / DEPOSITO")
    holder_employee_id: int | None
    status: CardStatus


class PromotionApplicationRead(ReadModel):
    id: int
    promotion_id: int
    promotion_code: str
    promotion_name: str
    rule_id: int
    discount: Money
    applied_at: datetime
    referrer_policy_id: int | None


class CancellationRead(ReadModel):
    id: int
    code: str
    code_description: str
    reason: str
    payments_made: int
    cancelled_at: datetime
    cancelled_by_user_id: int | None


class HistoryEntry(ReadModel):
    id: int
    occurred_at: datetime
    table_name: str
    record_id: str | None
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    user_id: int | None
    user_name: str | None


class PolicyRead(ReadModel):
    id: int
    folio: int
    contract_folio: str | None
    renewal_folio: int | None
    status: PolicyStatus
    status_reason: str | None
    payment_plan: PaymentPlan
    prima_total: Money
    total_discount: Money = Field(description="Descuentos de promociones vigentes")
    sale_date: date
    elaboration_date: date | None
    effective_date: date
    expiration_date: date
    tow_services_available: int
    has_payment_issues: bool
    has_fraud_observation: bool
    is_restructured: bool
    quote_external_id: str | None
    quote_approved_at: datetime | None
    data_entry_user_id: int | None
    contract_image_file_id: str | None
    notes: str | None
    created_at: datetime
    updated_at: datetime
    client: ClientSummary
    vehicle: VehicleSummary
    coverage: CoverageSummary
    seller: EmployeeSummary
    amplia_detail: AmpliaDetailRead | None
    installments: list[InstallmentRead]
    card: CardRead | None
    promotions: list[PromotionApplicationRead]
    cancellation: CancellationRead | None
    history: list[HistoryEntry] = Field(description="Últimos movimientos (página 1 del historial)")
    history_total: int


# -- AMPLIA SELECT ---------------------------------------------------------------------------------


class CriterionStatus(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNVERIFIED = "unverified"


class EligibilityCriterion(ReadModel):
    code: str
    label: str
    status: CriterionStatus
    explanation: str


class AmpliaSelectEligibility(ReadModel):
    client_id: int
    vehicle_id: int
    #: True: every criterion met; False: one is not met; None: none failed but one is unverified
    eligible: bool | None
    requires_manager_confirmation: bool
    vehicle_allows_comprehensive: bool
    criteria: list[EligibilityCriterion]
    summary: str


class EligibilityQuery(InputModel):
    client_id: int = Field(ge=1)
    vehicle_id: int = Field(ge=1)


# -- Spanish labels for documents (Excel, PDF) -----------------------------------------------------

STATUS_LABELS: dict[str, str] = {
    PolicyStatus.PENDING: "Pendiente",
    PolicyStatus.ACTIVE: "Activa",
    PolicyStatus.MOROSA: "Morosa",
    PolicyStatus.PRE_EFFECTIVE: "Por iniciar vigencia",
    PolicyStatus.EXPIRED: "Vencida",
    PolicyStatus.CANCELLED: "Cancelada",
    PolicyStatus.SUSPENDED: "Suspendida",
}
PLAN_LABELS: dict[str, str] = {
    PaymentPlan.CASH: "Contado",
    PaymentPlan.CASH_2_INSTALLMENTS: "Contado en 2 pagos",
    PaymentPlan.MONTHLY_7: "7 pagos mensuales",
    PaymentPlan.QUARTERLY_4: "4 pagos trimestrales",
    PaymentPlan.SEMIANNUAL_2: "2 pagos semestrales",
    PaymentPlan.MONTHLY_12: "12 pagos mensuales",
}
SERVICE_LABELS: dict[str, str] = {ServiceType.PRIVATE: "Particular", ServiceType.COMMERCIAL: "Comercial"}
VEHICLE_TYPE_LABELS: dict[str, str] = {
    VehicleType.AUTOMOBILE: "Automóvil",
    VehicleType.PICKUP: "Pick up",
    VehicleType.SUV: "Camioneta",
    VehicleType.MOTORCYCLE: "Motocicleta",
    VehicleType.MOTOTAXI: "Mototaxi",
    VehicleType.TRUCK: "Camión",
}
PAYMENT_STATUS_LABELS: dict[str, str] = {
    PaymentStatus.PENDING: "Pendiente",
    PaymentStatus.LATE: "Atrasado",
    PaymentStatus.OVERDUE: "Vencido",
    PaymentStatus.PAID: "Pagado",
    PaymentStatus.CANCELLED: "Cancelado",
}
HOLDER_LABELS: dict[str, str] = {
    CardHolder.OFFICE: "OFICINA",
    CardHolder.ARCHIVE: "ARCHIVO",
    CardHolder.DEPOSIT: "DEPOSITO",
}
