"""Coverage catalogue: reads, admin edits with the catalogue's rules, payment schemes.

Rules (domain.md §3, §4):
- the cylinder band is required for the keys that need one (107 motorcycle, 108 mototaxi) and
  forbidden for the others;
- comprehensive coverages (the AMPLIA family) only for keys that allow them (101, 103, 105), and
  priced 0.00 in the catalogue: their premium comes from the external quote;
- any other coverage has a positive cash and credit price and a down payment above zero and below
  the credit price, so every plan it may be sold with builds a schedule (``build_schedule``);
  ``credit - down`` need not split into six whole pesos: the last installment absorbs the cents;
- a coverage with policies keeps its identity (name, key, service, band, category): prices,
  level, tows and the active flag may change (they apply to new sales only).

Used by the policies module: ``get_for_sale`` and ``schemes``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Final

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from app.core.audit import diff, record_audit, snapshot
from app.core.exceptions import ValidationFailedError
from app.core.schemas import Page
from app.models import Coverage, VehicleKey
from app.models.enums import CoverageCategory, CylinderBand, PaymentPlan, ServiceType
from app.modules.coverages.exceptions import (
    CoverageExistsError,
    CoverageInactiveError,
    CoverageInUseError,
    CoverageNotFoundError,
    CoverageRequiresQuoteError,
    CoverageRulesError,
    CoverageVehicleMismatchError,
)
from app.modules.coverages.repository import CoverageRepository
from app.modules.coverages.schemas import (
    PLAN_LABELS,
    CoverageCreate,
    CoverageQuery,
    CoverageRead,
    CoverageUpdate,
    InstallmentRead,
    PaymentSchemeRead,
    PaymentSchemesRead,
)
from app.modules.policies.schedule import ZERO, Prices, ScheduleError, allowed_plans, build_schedule
from app.modules.quotes.client import QuotesClient
from app.modules.quotes.schemas import QuoteRead

_IDENTITY: Final = ("name", "vehicle_key", "service_type", "cylinder_band", "category")
_PROBE_DATE: Final = date(2024, 1, 31)  # any date: buildability does not depend on it
_TIMESTAMPS: Final = frozenset({"created_at", "updated_at"})  # not business changes
_TABLE: Final = "coverage"


@dataclass(frozen=True, slots=True)
class PaymentScheme:
    plan: PaymentPlan
    total: Decimal
    installments: list[InstallmentRead]

    @property
    def down_payment(self) -> Decimal:
        return self.installments[0].amount

    def read(self) -> PaymentSchemeRead:
        return PaymentSchemeRead(
            plan=self.plan,
            label=PLAN_LABELS[self.plan],
            installments_count=len(self.installments),
            total=self.total,
            down_payment=self.down_payment,
            installments=self.installments,
        )


def _values(coverage: Coverage) -> dict[str, Any]:
    return {attr.key: getattr(coverage, attr.key) for attr in Coverage.__mapper__.column_attrs}


def coverage_read(coverage: Coverage) -> CoverageRead:
    key: VehicleKey = coverage.key
    return CoverageRead(
        id=coverage.id,
        name=coverage.name,
        vehicle_key=coverage.vehicle_key,
        vehicle_key_name=key.name,
        vehicle_type=key.vehicle_type,
        service_type=coverage.service_type,
        cylinder_band=coverage.cylinder_band,
        category=coverage.category,
        level=coverage.level,
        cash_price=coverage.cash_price,
        credit_price=coverage.credit_price,
        initial_payment=coverage.initial_payment,
        tow_services_included=coverage.tow_services_included,
        is_active=coverage.is_active,
        is_quoted=coverage.category == CoverageCategory.COMPREHENSIVE,
        created_at=coverage.created_at,
        updated_at=coverage.updated_at,
    )


class CoverageService:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.repo = CoverageRepository(session)

    # -- reads ------------------------------------------------------------------------------
    async def search(self, query: CoverageQuery) -> Page[CoverageRead]:
        rows, total = await self.repo.paginate(
            self.repo.search(query), page=query.page, size=query.size, sort=query.sort
        )
        return Page(items=[coverage_read(c) for c in rows], total=total, page=query.page, size=query.size)

    async def get(self, coverage_id: int) -> Coverage:
        return await self.repo.get(coverage_id)

    async def read(self, coverage_id: int) -> CoverageRead:
        return coverage_read(await self.get(coverage_id))

    async def get_for_sale(self, coverage_id: int) -> Coverage:
        """The coverage for a new policy: 404 if it does not exist, 409 if it is deactivated.
        Its ``key`` (vehicle key row) is loaded."""
        coverage = await self.repo.get_or_none(coverage_id)
        if coverage is None:
            raise CoverageNotFoundError(fields={"coverage_id": "No existe la cobertura."})
        if not coverage.is_active:
            raise CoverageInactiveError(
                f"La cobertura {coverage.name} está desactivada: ya no se puede vender.",
                fields={"coverage_id": "Cobertura desactivada."},
            )
        return coverage

    @staticmethod
    def ensure_fits(
        coverage: Coverage,
        *,
        vehicle_key: int,
        service_type: ServiceType,
        cylinder_band: CylinderBand | None,
    ) -> None:
        """422 COVERAGE_VEHICLE_MISMATCH unless the coverage is priced for this vehicle."""
        problems: list[str] = []
        if coverage.vehicle_key != vehicle_key:
            problems.append(
                f"es para la clave vehicular {coverage.vehicle_key}, el vehículo es {vehicle_key}"
            )
        if coverage.service_type != service_type:
            problems.append("el tipo de servicio (particular / público) no coincide")
        if coverage.cylinder_band != cylinder_band:
            problems.append("el cilindraje no coincide")
        if problems:
            raise CoverageVehicleMismatchError(
                f"La cobertura {coverage.name} no corresponde al vehículo: {'; '.join(problems)}.",
                fields={"coverage_id": "No corresponde al vehículo."},
            )

    @staticmethod
    def schemes(
        coverage: Coverage, effective_date: date, quoted_premium: Decimal | None = None
    ) -> list[PaymentScheme]:
        """Every plan the coverage may be sold with, with its exact installments.

        Comprehensive coverages need ``quoted_premium`` (the quote's premium): without it they
        raise COVERAGE_REQUIRES_QUOTE, never invented amounts."""
        category = coverage.category
        if category == CoverageCategory.COMPREHENSIVE and quoted_premium is None:
            raise CoverageRequiresQuoteError(fields={"quote_number": "Obligatorio para coberturas amplias."})
        prices = Prices(
            cash_price=coverage.cash_price,
            credit_price=coverage.credit_price,
            initial_payment=coverage.initial_payment,
            quoted_premium=quoted_premium if category == CoverageCategory.COMPREHENSIVE else None,
        )
        out: list[PaymentScheme] = []
        for plan in allowed_plans(category):
            try:
                total, lines = build_schedule(plan, prices, category, effective_date)
            except ScheduleError as exc:
                raise ValidationFailedError(str(exc), code="SCHEDULE_NOT_BUILDABLE") from exc
            out.append(
                PaymentScheme(
                    plan=plan,
                    total=total,
                    installments=[
                        InstallmentRead(number=line.number, due_date=line.due_date, amount=line.amount)
                        for line in lines
                    ],
                )
            )
        return out

    async def payment_schemes(
        self,
        coverage_id: int,
        *,
        effective_date: date,
        quote_number: str | None,
        quotes: QuotesClient,
    ) -> PaymentSchemesRead:
        coverage = await self.get(coverage_id)
        comprehensive = coverage.category == CoverageCategory.COMPREHENSIVE
        base: dict[str, Any] = {
            "coverage_id": coverage.id,
            "coverage_name": coverage.name,
            "category": coverage.category,
            "effective_date": effective_date,
            "requires_quote": comprehensive,
            "allowed_plans": list(allowed_plans(coverage.category)),
        }
        if comprehensive and quote_number is None:
            return PaymentSchemesRead(**base, message=CoverageRequiresQuoteError.message, schemes=[])
        quote = None
        premium = None
        if comprehensive and quote_number is not None:
            found = await quotes.validate_for_sale(quote_number, as_of=effective_date)
            quote = QuoteRead.model_validate(found, from_attributes=True)
            premium = found.premium
            if premium <= ZERO:
                raise ValidationFailedError(
                    f"La cotización {found.number} no trae una prima válida.", code="QUOTE_WITHOUT_PREMIUM"
                )
        schemes = self.schemes(coverage, effective_date, premium)
        return PaymentSchemesRead(**base, quote=quote, schemes=[s.read() for s in schemes])

    # -- writes (admin) ---------------------------------------------------------------------
    async def create(self, body: CoverageCreate) -> CoverageRead:
        values = body.model_dump()
        key = await self._check_rules(values)
        await self._check_unique(values)
        coverage = Coverage(**values)
        await self._flush_translating(coverage)
        set_committed_value(coverage, "key", key)
        await record_audit(
            self.session,
            table=_TABLE,
            record_id=coverage.id,
            action="insert",
            after=snapshot(coverage, exclude=_TIMESTAMPS),
        )
        return coverage_read(coverage)

    async def update(self, coverage_id: int, body: CoverageUpdate) -> CoverageRead:
        coverage = await self.repo.get_locked(coverage_id)
        before = snapshot(coverage, exclude=_TIMESTAMPS)
        changes = body.model_dump(exclude_unset=True)
        values = {**_values(coverage), **changes}
        identity_changed = [k for k in _IDENTITY if k in changes and changes[k] != getattr(coverage, k)]
        if identity_changed and await self.repo.in_use(coverage.id):
            raise CoverageInUseError(
                fields=dict.fromkeys(identity_changed, "No se puede cambiar: la cobertura tiene pólizas.")
            )
        key = await self._check_rules(values)
        if identity_changed:
            await self._check_unique(values, except_id=coverage.id)
        for name, value in changes.items():
            setattr(coverage, name, value)
        await self._flush_translating(coverage)
        set_committed_value(coverage, "key", key)
        old, new = diff(before, snapshot(coverage, exclude=_TIMESTAMPS))
        if new:
            await record_audit(
                self.session, table=_TABLE, record_id=coverage.id, action="update", before=old, after=new
            )
        return coverage_read(coverage)

    async def set_active(self, coverage_id: int, *, active: bool) -> CoverageRead:
        coverage = await self.repo.get_locked(coverage_id)
        if coverage.is_active != active:
            if active:
                await self._check_rules(_values(coverage))
            coverage.is_active = active
            await self.session.flush()
            await record_audit(
                self.session,
                table=_TABLE,
                record_id=coverage.id,
                action="activate" if active else "deactivate",
                before={"is_active": not active},
                after={"is_active": active},
            )
        return coverage_read(coverage)

    # -- rules ------------------------------------------------------------------------------
    async def _check_rules(self, values: dict[str, Any]) -> VehicleKey:
        key = await self.repo.get_key(int(values["vehicle_key"]))
        if key is None:
            raise CoverageRulesError(
                "La clave vehicular no existe (101, 103, 105, 107, 108 o 109).",
                fields={"vehicle_key": "Clave vehicular no válida."},
            )
        fields: dict[str, str] = {}
        band = values.get("cylinder_band")
        if key.requires_cylinder_band and band is None:
            fields["cylinder_band"] = f"Obligatorio para la clave {key.code} ({key.name})."
        if not key.requires_cylinder_band and band is not None:
            fields["cylinder_band"] = "Solo las motocicletas y mototaxis (107, 108) llevan cilindraje."
        category = CoverageCategory(values["category"])
        cash, credit, down = (Decimal(values[k]) for k in ("cash_price", "credit_price", "initial_payment"))
        if category == CoverageCategory.COMPREHENSIVE:
            if not key.allows_comprehensive:
                fields["category"] = (
                    f"Las coberturas amplias solo existen para automóvil, pick up y camioneta "
                    f"(101, 103, 105), no para la clave {key.code}."
                )
            for name, price in (("cash_price", cash), ("credit_price", credit), ("initial_payment", down)):
                if price != ZERO:
                    fields[name] = "Debe ser 0.00: la familia AMPLIA se cotiza por vehículo."
        else:
            if cash <= ZERO:
                fields["cash_price"] = "Debe ser mayor que cero."
            if credit <= ZERO:
                fields["credit_price"] = "Debe ser mayor que cero."
            if not ZERO < down < credit:
                fields["initial_payment"] = (
                    "El enganche debe ser mayor que cero y menor que el precio a crédito."
                )
        if fields:
            raise CoverageRulesError(fields=fields)
        if category != CoverageCategory.COMPREHENSIVE:
            probe = Prices(cash_price=cash, credit_price=credit, initial_payment=down)
            for plan in allowed_plans(category):
                try:
                    build_schedule(plan, probe, category, _PROBE_DATE)
                except ScheduleError as exc:  # pragma: no cover - the checks above make it buildable
                    raise CoverageRulesError(f"{PLAN_LABELS[plan]}: {exc}") from exc
        return key

    async def _check_unique(self, values: dict[str, Any], *, except_id: int | None = None) -> None:
        found = await self.repo.duplicate_of(
            name=values["name"],
            vehicle_key=int(values["vehicle_key"]),
            service_type=ServiceType(values["service_type"]),
            cylinder_band=CylinderBand(values["cylinder_band"]) if values.get("cylinder_band") else None,
            except_id=except_id,
        )
        if found is not None:
            raise CoverageExistsError(fields={"name": f"Ya existe (cobertura {found})."})

    async def _flush_translating(self, coverage: Coverage) -> None:
        """Flush in a savepoint; the unique constraint (a concurrent twin) becomes COVERAGE_EXISTS."""
        try:
            async with self.session.begin_nested():
                self.session.add(coverage)
                await self.session.flush()
        except IntegrityError as exc:
            if "uq_coverage_name" in str(exc.orig):
                raise CoverageExistsError() from exc
            raise
