"""Clients: request and response bodies (screens §1.3).

Input is normalised before it is checked against the same formats as the database's constraints:
names trimmed with single spaces; RFC upper case without spaces or dashes, SAT format with a real
date; phones reduced to their 10 digits (spaces, dashes, dots, parentheses and a +52 / 52 / 521
prefix are accepted); e-mail lower case; postal code 5 digits.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Final, Self

from email_validator import EmailNotValidError, validate_email
from pydantic import AfterValidator, BeforeValidator, Field, model_validator

from app.core.schemas import ErrorResponse, InputModel, Money, Page, ReadModel
from app.models.base import RFC_PATTERN
from app.models.enums import LocationSource, PaymentPlan, PolicyStatus, VehicleType

PHONE_MESSAGE: Final = (
    "El teléfono debe tener 10 dígitos (p. ej. 33 1234 5678); se aceptan espacios, guiones y el prefijo +52."
)
RFC_MESSAGE: Final = (
    "RFC no válido: 4 letras (3 si es persona moral), la fecha AAMMDD y la homoclave de 3 caracteres "
    "(p. ej. PEGJ800101AB1)."
)
#: Mexico's bounding box: catches swapped or sign-less coordinates (20.6, 103.3)
MX_LAT: Final = (14.0, 33.0)
MX_LNG: Final = (-118.5, -86.5)
_SEPARATORS: Final = re.compile(r"[\s\-().]")
_NAME_RE: Final = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ' .\-]+$")


def normalize_phone(raw: str) -> str | None:
    """The 10 national digits of a Mexican phone, or None. ``"+52 1 33-1234-5678"`` -> ``"3312345678"``."""
    digits = _SEPARATORS.sub("", raw.strip())
    if digits.startswith("+"):
        if not digits.startswith("+52"):
            return None  # a foreign number: WhatsApp messages go to Mexican numbers only
        digits = digits[3:]
        if len(digits) == 11 and digits.startswith("1"):  # the old mobile prefix (+52 1 ...)
            digits = digits[1:]
    elif len(digits) == 12 and digits.startswith("52"):
        digits = digits[2:]
    elif len(digits) == 13 and digits.startswith("521"):
        digits = digits[3:]
    return digits if re.fullmatch(r"[0-9]{10}", digits) else None


def _phone(value: Any) -> Any:
    if isinstance(value, str):
        phone = normalize_phone(value)
        if phone is None:
            raise ValueError(PHONE_MESSAGE)
        return phone
    return value


def _rfc_date_ok(rfc: str) -> bool:
    digits = rfc[-9:-3]
    yy, mm, dd = int(digits[:2]), int(digits[2:4]), int(digits[4:])
    for century in (1900, 2000):
        try:
            date(century + yy, mm, dd)
            return True
        except ValueError:
            continue
    return False


def normalize_rfc(raw: str) -> str:
    return re.sub(r"[\s\-]", "", raw).upper()


def _rfc(value: Any) -> Any:
    if isinstance(value, str):
        rfc = normalize_rfc(value)
        if not re.fullmatch(RFC_PATTERN, rfc) or not _rfc_date_ok(rfc):
            raise ValueError(RFC_MESSAGE)
        return rfc
    return value


def _name(value: Any) -> Any:
    if isinstance(value, str):
        value = re.sub(r"\s+", " ", value).strip()
        if value and not _NAME_RE.fullmatch(value):
            raise ValueError("Solo letras, espacios, apóstrofos, puntos o guiones.")
    return value


def _email(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return validate_email(value.strip(), check_deliverability=False).normalized.lower()
        except EmailNotValidError as exc:
            raise ValueError("Correo electrónico no válido.") from exc
    return value


def _postal_code(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        if not re.fullmatch(r"[0-9]{5}", value):
            raise ValueError("El código postal debe tener 5 dígitos.")
    return value


def _optional_text(value: Any) -> Any:
    if isinstance(value, str):
        value = re.sub(r"\s+", " ", value).strip()
        return value or None
    return value


Phone = Annotated[str, BeforeValidator(_phone)]
Rfc = Annotated[str, BeforeValidator(_rfc)]
PersonName = Annotated[str, BeforeValidator(_name), Field(min_length=1, max_length=80)]
PostalCode = Annotated[str, BeforeValidator(_postal_code)]
Email = Annotated[str, BeforeValidator(_email)]
ShortText = Annotated[str | None, BeforeValidator(_optional_text)]


def _in_mexico(point: PointIn) -> PointIn:
    if not (MX_LAT[0] <= point.lat <= MX_LAT[1] and MX_LNG[0] <= point.lng <= MX_LNG[1]):
        raise ValueError(
            "La ubicación debe estar en México: revisa la latitud y la longitud (p. ej. 20.62, -103.23)."
        )
    return point


class PointIn(InputModel):
    lat: float = Field(ge=-90, le=90, description="Latitud (WGS84)")
    lng: float = Field(ge=-180, le=180, description="Longitud (WGS84)")


class AddressIn(InputModel):
    street: str = Field(min_length=1, max_length=200)
    exterior_number: ShortText = Field(None, max_length=20, description="Número exterior (vacío: S/N)")
    interior_number: ShortText = Field(None, max_length=20)
    neighborhood: str = Field(min_length=1, max_length=120, description="Colonia")
    postal_code: PostalCode
    municipality_id: int = Field(ge=1)
    location: Annotated[PointIn, AfterValidator(_in_mexico)] | None = Field(
        None,
        description="Pin del mapa; sin él se usa el centro del municipio, marcado como aproximado",
    )


class _ClientFields(InputModel):
    second_last_name: PersonName | None = None
    rfc: Rfc | None = None
    phone_secondary: Phone | None = None
    email: Email | None = Field(None, max_length=254)
    notes: str | None = Field(None, max_length=2000)
    confirm_duplicate: bool = Field(
        False, description="Guardar aunque haya un posible duplicado (mismo nombre y teléfono, o mismo RFC)"
    )


class ClientCreate(_ClientFields):
    first_name: PersonName
    last_name: PersonName
    phone_whatsapp: Phone = Field(description="WhatsApp: 10 dígitos")
    address: AddressIn


_NOT_NULL: Final = ("first_name", "last_name", "phone_whatsapp", "address")


class ClientUpdate(_ClientFields):
    """PATCH: only the fields sent change; ``null`` clears an optional field. ``address`` is replaced
    whole; without ``location`` the stored point is kept (or the new municipality's centroid when
    the municipality changes), and ``"location": null`` goes back to the centroid."""

    first_name: PersonName | None = None
    last_name: PersonName | None = None
    phone_whatsapp: Phone | None = None
    address: AddressIn | None = None

    @model_validator(mode="after")
    def _required_stay_set(self) -> Self:
        for name in _NOT_NULL:
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"El campo «{name}» no puede quedar vacío.")
        return self


# -- reads --------------------------------------------------------------------------------------


class ClientStatus(StrEnum):
    ACTIVE = "active"  # a policy in force (pending, active, pre_effective), none delinquent
    DELINQUENT = "delinquent"  # a policy in morosa
    NO_POLICIES = "no_policies"  # no policy in force


class PointRead(ReadModel):
    lat: float
    lng: float


class AddressRead(ReadModel):
    id: int
    street: str
    exterior_number: str | None
    interior_number: str | None
    neighborhood: str | None
    postal_code: str | None
    municipality_id: int
    municipality: str
    state: str
    location: PointRead | None
    location_source: LocationSource | None
    location_is_approximate: bool


class ClientRead(ReadModel):
    id: int
    first_name: str
    last_name: str
    second_last_name: str | None
    full_name: str
    rfc: str | None
    phone_whatsapp: str
    phone_secondary: str | None
    email: str | None
    notes: str | None
    address: AddressRead | None
    status: ClientStatus
    created_at: datetime
    updated_at: datetime


class NearbyClientRead(ClientRead):
    distance_m: float = Field(description="Distancia en metros al punto buscado")


class ClientVehicleRead(ReadModel):
    id: int
    vehicle_key: int
    vehicle_type: VehicleType
    make: str
    model: str
    year: int | None
    plates: str | None
    serial_number: str | None


class PaymentSummaryRead(ReadModel):
    installments: int
    paid: int
    pending: int
    late: int
    overdue: int
    cancelled: int
    amount_paid: Money = Field(description="Pagado (pagos completos y abonos aplicados)")
    amount_outstanding: Money = Field(
        description="Por pagar (pendientes, atrasados y vencidos, menos abonos)"
    )
    amount_past_due: Money = Field(description="De lo anterior, lo atrasado o vencido")
    next_due_date: date | None = Field(description="Próxima fecha límite sin pagar")


class ClientPolicyRead(ReadModel):
    id: int
    folio: int
    status: PolicyStatus
    coverage_id: int
    coverage_name: str
    vehicle_id: int
    payment_plan: PaymentPlan
    prima_total: Money
    effective_date: date
    expiration_date: date
    payments: PaymentSummaryRead


class ClientDetail(ClientRead):
    vehicles: list[ClientVehicleRead]
    policies: list[ClientPolicyRead]


class DuplicateMatch(ReadModel):
    id: int
    full_name: str
    phone_whatsapp: str
    rfc: str | None
    reason: str = Field(description="same_name_phone | same_rfc")


class DuplicateErrorResponse(ErrorResponse):
    matches: list[DuplicateMatch]


# -- queries ------------------------------------------------------------------------------------


class ClientSort(StrEnum):
    RELEVANCE = "relevance"
    NAME = "name"
    NAME_DESC = "-name"
    CREATED_AT = "created_at"
    CREATED_AT_DESC = "-created_at"


class ExportGuard(InputModel):
    format: str | None = Field(
        None,
        max_length=20,
        description="Los listados de clientes no se exportan: cualquier formato responde 403",
    )


class ClientFilters(ExportGuard):
    q: str | None = Field(
        None,
        min_length=2,
        max_length=80,
        description="Nombre (tolera acentos y errores), teléfono (inicio), RFC (inicio) o folio de póliza",
    )
    municipality_id: int | None = Field(None, ge=1)
    has_active_policy: bool | None = Field(None, description="Con (true) o sin (false) póliza vigente")


class ClientQuery(ClientFilters):
    page: int = Field(1, ge=1, description="Página (desde 1)")
    size: int = Field(25, ge=1, le=100, description="Registros por página (máx. 100)")
    sort: ClientSort | None = Field(None, description="relevance (con q), name, created_at; '-' descendente")


class NearbyQuery(ExportGuard):
    lat: float = Field(ge=-90, le=90)
    lng: float = Field(ge=-180, le=180)
    radius_m: int = Field(2000, ge=1, le=50_000, description="Radio en metros (máx. 50 km)")
    precise_only: bool = Field(
        False, description="Excluir domicilios ubicados solo por el centro del municipio"
    )
    page: int = Field(1, ge=1)
    size: int = Field(25, ge=1, le=100)


class ClientPage(Page[ClientRead]):
    """A page of clients. A text or nearby search counts at most 250 matches (``SEARCH_CAP``): beyond
    that ``total_is_capped`` is true and the user should narrow the search."""

    total_is_capped: bool = Field(False, description="Hay más coincidencias que total: afina la búsqueda")


class NearbyPage(Page[NearbyClientRead]):
    total_is_capped: bool = Field(False, description="Hay más clientes en el radio que total")
