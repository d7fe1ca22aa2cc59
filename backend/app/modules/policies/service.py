"""Policies (domain.md §4): creation in one transaction, reads, edits, seller change, suspension.

Creation (``PolicyService.create``) validates everything before writing and writes everything in
the request's unit of work: client, vehicle (owner assigned when it has none), coverage and plan,
seller, contract folio, dates, the AMPLIA quote and AMPLIA SELECT eligibility; then the policy
(folio from the sequence), the AMPLIA detail, the installments (``build_schedule``), the
promotions (PromotionService), the collection card at OFICINA with its first assignment row, the
status (the StatusUpdater for that policy on the as-of date), the audit rows; the event
``policy.created`` and the quote approval job run only after the commit. Any failure rolls all
of it back.

Date rules (decided here, docs/decisions.md): sale date not in the future; elaboration date
between the sale date and today; effective date on or after the sale date, at most
``EFFECTIVE_MAX_DAYS_PAST`` (60) days before today and at most 12 months after it; expiration
after the effective date and at most 12 months after it (default: effective + 12 months, anchored
and clamped like the schedule), and on or after the last installment's due date.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Final

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.audit import diff, record_audit, snapshot
from app.core.events import event_bus
from app.core.exceptions import ConflictError, NotFoundError, PermissionDeniedError, ValidationFailedError
from app.core.schemas import Page
from app.models import (
    Client,
    Coverage,
    Employee,
    Payment,
    Policy,
    PolicyAmpliaDetail,
    PolicyCancellation,
    Vehicle,
)
from app.models.enums import (
    CardHolder,
    CoverageCategory,
    PaymentPlan,
    PaymentStatus,
    PolicyStatus,
    VehicleType,
)
from app.modules.admin.settings import get_value
from app.modules.coverages.service import CoverageService
from app.modules.payments.repository import applied_total
from app.modules.payments.schemas import partial_reads
from app.modules.payments.service import remaining_of
from app.modules.policies.repository import UNPAID, AnyRow, PolicyRepository
from app.modules.policies.schedule import (
    CENT,
    ZERO,
    Installment,
    Prices,
    ScheduleError,
    add_months,
    allowed_plans,
    build_schedule,
)
from app.modules.policies.schemas import (
    HOLDER_LABELS,
    LOCKED_FIELDS,
    PLAN_LABELS,
    AmpliaDetailRead,
    AmpliaPricesIn,
    AmpliaSelectEligibility,
    CancellationRead,
    CardRead,
    ClientSummary,
    CoverageSummary,
    CriterionStatus,
    EligibilityCriterion,
    EmployeeSummary,
    HistoryEntry,
    InstallmentRead,
    PolicyCreate,
    PolicyFilters,
    PolicyRead,
    PolicyRow,
    PolicyUpdate,
    PromotionApplicationRead,
    VehicleSummary,
)
from app.modules.policies.status_updater import recompute_policy_statuses
from app.modules.promotions.service import PromotionService
from app.modules.quotes.client import QuotesClient
from app.modules.quotes.exceptions import QuoteAlreadyUsedError
from app.modules.quotes.service import enqueue_quote_approval
from app.modules.vehicles.schemas import VehicleUpdate
from app.modules.vehicles.service import VehicleService

EFFECTIVE_MAX_DAYS_PAST: Final = 60
AMPLIA_SELECT: Final = "AMPLIA SELECT"
#: deductibles (%) when the ``amplia_deductibles`` setting is missing (domain.md §3)
DEFAULT_DEDUCTIBLES: Final[dict[str, dict[str, str]]] = {
    "car": {"damage_pct": "5.00", "theft_pct": "10.00"},
    "motorcycle": {"damage_pct": "10.00", "theft_pct": "20.00"},
    "amplia_select": {"damage_pct": "3.00", "theft_pct": "5.00"},
}
STATUS_TRIGGER: Final = "policy_created"
LIFT_TRIGGER: Final = "lift_suspension"
HISTORY_PREVIEW: Final = 20
_TIMESTAMPS: Final = frozenset({"created_at", "updated_at"})

POLICY_CREATED: Final = "policy.created"
POLICY_UPDATED: Final = "policy.updated"
POLICY_SELLER_CHANGED: Final = "policy.seller_changed"
POLICY_SUSPENDED: Final = "policy.suspended"
POLICY_SUSPENSION_LIFTED: Final = "policy.suspension_lifted"


# -- errors ----------------------------------------------------------------------------------------


class PolicyNotFoundError(NotFoundError):
    code = "POLICY_NOT_FOUND"
    message = "No se encontró la póliza."


class ContractFolioExistsError(ConflictError):
    code = "CONTRACT_FOLIO_EXISTS"
    message = "Ya existe una póliza con ese folio de contrato."


class PolicyFieldLockedError(ValidationFailedError):
    code = "POLICY_FIELD_LOCKED"
    message = "Algunos datos de la póliza no se pueden editar aquí."


class PolicyCancelledError(ConflictError):
    code = "POLICY_CANCELLED"
    message = "La póliza está cancelada."


class PolicyAlreadySuspendedError(ConflictError):
    code = "POLICY_ALREADY_SUSPENDED"
    message = "La póliza ya está suspendida."


class PolicyNotSuspendedError(ConflictError):
    code = "POLICY_NOT_SUSPENDED"
    message = "La póliza no está suspendida."


class SellerNotActiveError(ValidationFailedError):
    code = "SELLER_NOT_ACTIVE"
    message = "El vendedor no existe, no está activo o no es vendedor."


class SameSellerError(ConflictError):
    code = "SAME_SELLER"
    message = "Ese empleado ya es el vendedor de la póliza."


class ClientNotAvailableError(ValidationFailedError):
    code = "CLIENT_NOT_FOUND"
    message = "El cliente no existe o fue dado de baja."


class VehicleNotFoundError(ValidationFailedError):
    code = "VEHICLE_NOT_FOUND"
    message = "El vehículo no existe."


class VehicleOfAnotherClientError(ConflictError):
    code = "VEHICLE_OWNED_BY_OTHER_CLIENT"
    message = "El vehículo está registrado a nombre de otro cliente."


class PolicyDatesError(ValidationFailedError):
    code = "POLICY_DATES_INVALID"
    message = "Las fechas de la póliza no son válidas."


class SellerRequiredError(ValidationFailedError):
    code = "SELLER_REQUIRED"
    message = "Indica el vendedor de la póliza: quien la captura no es vendedor."


class SellerNotAllowedError(PermissionDeniedError):
    code = "SELLER_NOT_ALLOWED"
    message = "Solo un gerente o un administrador puede registrar una póliza a nombre de otro vendedor."


class PlanNotAllowedError(ValidationFailedError):
    code = "PLAN_NOT_ALLOWED"
    message = "La forma de pago no está permitida para esta cobertura."


class ScheduleInvalidError(ValidationFailedError):
    code = "SCHEDULE_INVALID"
    message = "No se pudo generar el calendario de pagos."


class VehicleHasLivePolicyError(ConflictError):
    code = "VEHICLE_HAS_LIVE_POLICY"
    message = "El vehículo ya tiene una póliza vigente en esas fechas."


class RenewalInvalidError(ValidationFailedError):
    code = "RENEWAL_INVALID"
    message = "La póliza que se renueva no es válida."


class AlreadyRenewedError(ConflictError):
    code = "POLICY_ALREADY_RENEWED"
    message = "Esa póliza ya fue renovada."


class QuoteRequiredError(ValidationFailedError):
    code = "QUOTE_REQUIRED"
    message = (
        "Las coberturas de la familia AMPLIA requieren el número de cotización y los valores del vehículo."
    )


class QuoteNotApplicableError(ValidationFailedError):
    code = "QUOTE_NOT_APPLICABLE"
    message = "Solo las coberturas de la familia AMPLIA llevan cotización y valores del vehículo."


class AmpliaSelectNotEligibleError(ValidationFailedError):
    code = "AMPLIA_SELECT_NOT_ELIGIBLE"
    message = "El cliente no cumple los requisitos de AMPLIA SELECT."


class AmpliaSelectConfirmationRequiredError(ValidationFailedError):
    code = "AMPLIA_SELECT_CONFIRMATION_REQUIRED"
    message = (
        "AMPLIA SELECT requiere que un gerente de Ventas confirme que el cliente no tuvo siniestros con "
        "responsabilidad en la vigencia anterior (el sistema aún no puede verificarlo)."
    )


class AmpliaSelectConfirmationForbiddenError(PermissionDeniedError):
    code = "AMPLIA_SELECT_CONFIRMATION_FORBIDDEN"
    message = "Solo un gerente de Ventas o un administrador puede confirmar los requisitos de AMPLIA SELECT."


def contract_folio_violation(exc: IntegrityError) -> bool:
    return "uq_policy_contract_folio" in str(exc.orig)


# -- who is acting ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Actor:
    """The caller as the policy rules see it (built from the request's principal)."""

    user_id: int
    employee_id: int
    is_seller: bool
    #: gerente / admin (or an explicit ``policies.change_seller``): may sell in another's name
    may_assign_seller: bool
    #: manages Ventas or is admin: may confirm AMPLIA SELECT's unverifiable criterion
    manages_sales: bool


@dataclass(frozen=True)
class _Sale:
    """Everything a new policy was checked against, ready to be written."""

    client: Client
    vehicle: Vehicle
    coverage: Coverage
    seller: Employee
    predecessor: Policy | None
    sale_date: date
    elaboration_date: date
    effective_date: date
    expiration_date: date
    total: Decimal
    lines: list[Installment]
    comprehensive: bool
    is_select: bool
    eligibility: AmpliaSelectEligibility | None


# -- read models -----------------------------------------------------------------------------------


def employee_name(employee: Employee) -> str:
    return " ".join(p for p in (employee.first_name, employee.last_name, employee.second_last_name) if p)


def _installment(payment: Payment) -> InstallmentRead:
    return InstallmentRead(
        id=payment.id,
        payment_number=payment.payment_number,
        due_date=payment.due_date,
        amount=payment.amount,
        status=payment.status,
        paid_date=payment.paid_date,
        paid_amount=payment.paid_amount,
        partial_paid=applied_total(payment),
        remaining=remaining_of(payment),
        payment_method=payment.payment_method,
        receipt_number=payment.receipt_number,
        collector_id=payment.collector_id,
        seller_id=payment.seller_id,
        has_problem=payment.has_problem,
        comments=payment.comments,
        partials=partial_reads(payment),
    )


def _card(policy: Policy) -> CardRead | None:
    card = policy.card
    if card is None:
        return None
    if card.holder == CardHolder.COLLECTOR and card.holder_employee is not None:
        label = employee_name(card.holder_employee)
        if card.holder_employee.code:
            label = f"{card.holder_employee.code} {label}"
    else:
        label = HOLDER_LABELS.get(card.holder, str(card.holder))
    return CardRead(
        id=card.id,
        holder=card.holder,
        holder_label=label,
        holder_employee_id=card.holder_employee_id,
        status=card.status,
    )


def history_entry(row: AnyRow) -> HistoryEntry:
    log, user_name = row[0], row[1]
    return HistoryEntry(
        id=log.id,
        occurred_at=log.occurred_at,
        table_name=log.table_name,
        record_id=log.record_id,
        action=log.action,
        before=log.before,
        after=log.after,
        user_id=log.user_id,
        user_name=user_name,
    )


def to_read(
    policy: Policy,
    *,
    promotions: Sequence[AnyRow],
    cancellation: PolicyCancellation | None,
    history: Sequence[AnyRow],
    history_total: int,
) -> PolicyRead:
    applications = [
        PromotionApplicationRead(
            id=app.id,
            promotion_id=app.promotion_id,
            promotion_code=code,
            promotion_name=name,
            rule_id=app.rule_id,
            discount=app.discount,
            applied_at=app.applied_at,
            referrer_policy_id=app.referrer_policy_id,
        )
        for app, code, name in promotions
    ]
    seller = policy.seller
    return PolicyRead(
        id=policy.id,
        folio=policy.folio,
        contract_folio=policy.contract_folio,
        renewal_folio=policy.renewal_folio,
        status=policy.status,
        status_reason=policy.status_reason,
        payment_plan=policy.payment_plan,
        prima_total=policy.prima_total,
        total_discount=sum((a.discount for a in applications), ZERO),
        sale_date=policy.sale_date,
        elaboration_date=policy.elaboration_date,
        effective_date=policy.effective_date,
        expiration_date=policy.expiration_date,
        tow_services_available=policy.tow_services_available,
        has_payment_issues=policy.has_payment_issues,
        has_fraud_observation=policy.has_fraud_observation,
        is_restructured=policy.is_restructured,
        quote_external_id=policy.quote_external_id,
        quote_approved_at=policy.quote_approved_at,
        data_entry_user_id=policy.data_entry_user_id,
        contract_image_file_id=policy.contract_image_file_id,
        notes=policy.notes,
        created_at=policy.created_at,
        updated_at=policy.updated_at,
        client=ClientSummary.model_validate(policy.client),
        vehicle=VehicleSummary.model_validate(policy.vehicle),
        coverage=CoverageSummary.model_validate(policy.coverage),
        seller=EmployeeSummary(
            id=seller.id, code=seller.code, full_name=employee_name(seller), is_active=seller.is_active
        ),
        amplia_detail=AmpliaDetailRead.model_validate(policy.amplia_detail) if policy.amplia_detail else None,
        installments=[_installment(p) for p in policy.payments],
        card=_card(policy),
        promotions=applications,
        cancellation=(
            CancellationRead(
                id=cancellation.id,
                code=cancellation.code,
                code_description=cancellation.cancellation_code.description,
                reason=cancellation.reason,
                payments_made=cancellation.payments_made,
                cancelled_at=cancellation.cancelled_at,
                cancelled_by_user_id=cancellation.cancelled_by_user_id,
            )
            if cancellation
            else None
        ),
        history=[history_entry(r) for r in history],
        history_total=history_total,
    )


def policy_snapshot(policy: Policy) -> dict[str, Any]:
    return snapshot(policy, exclude=_TIMESTAMPS)


# -- the service -----------------------------------------------------------------------------------


class PolicyService:
    def __init__(
        self,
        session: AsyncSession,
        *,
        today: date,
        actor: Actor | None = None,
        own_seller_id: int | None = None,
        quotes: QuotesClient | None = None,
    ) -> None:
        """``own_seller_id``: "my policies" scoping (anything else is not found)."""
        self.session = session
        self.today = today
        self.actor = actor
        self.quotes = quotes or QuotesClient()
        self.repo = PolicyRepository(session, seller_id=own_seller_id)

    @property
    def actor_id(self) -> int | None:
        return self.actor.user_id if self.actor else None

    async def _locked_policy(self, policy_id: int) -> Policy:
        policy = await self.repo.get_or_none(policy_id, for_update=True)
        if policy is None:
            raise PolicyNotFoundError()
        return policy

    # -- reads --------------------------------------------------------------------------------
    async def search(
        self, filters: PolicyFilters, *, page: int, size: int, sort: str | None
    ) -> Page[PolicyRow]:
        rows, total = await self.repo.page_rows(filters, page=page, size=size, sort=sort)
        return Page(
            items=[PolicyRow.model_validate(r._mapping) for r in rows], total=total, page=page, size=size
        )

    async def _detail(self, policy: Policy | None) -> PolicyRead:
        if policy is None:
            raise PolicyNotFoundError()
        history, total = await self.repo.history(policy.id, page=1, size=HISTORY_PREVIEW)
        return to_read(
            policy,
            promotions=await self.repo.live_promotions(policy.id),
            cancellation=await self.repo.live_cancellation(policy.id),
            history=history,
            history_total=total,
        )

    async def get(self, policy_id: int) -> PolicyRead:
        return await self._detail(await self.repo.get_detailed(policy_id))

    async def get_by_folio(self, folio: int) -> PolicyRead:
        return await self._detail(await self.repo.get_detailed_by_folio(folio))

    async def history(self, policy_id: int, *, page: int, size: int) -> Page[HistoryEntry]:
        if await self.repo.get_or_none(policy_id) is None:
            raise PolicyNotFoundError()
        rows, total = await self.repo.history(policy_id, page=page, size=size)
        return Page(items=[history_entry(r) for r in rows], total=total, page=page, size=size)

    def export_rows(self, filters: PolicyFilters, *, sort: str | None) -> AsyncIterator[Sequence[AnyRow]]:
        return self.repo.stream_rows(filters, sort=sort)

    # -- AMPLIA SELECT --------------------------------------------------------------------------
    async def amplia_select_eligibility(self, client_id: int, vehicle_id: int) -> AmpliaSelectEligibility:
        """The four criteria of domain.md §3. "No at-fault incident in the previous term" cannot be
        checked until incidents exist: it is reported as unverified, and a policy then needs the
        audited confirmation of a Ventas manager (or an admin)."""
        client = await self._client(client_id)
        vehicle = await self._vehicle(vehicle_id, client.id)
        previous, payment_issues, fraud = await self.repo.client_history(client.id)
        criteria = [
            EligibilityCriterion(
                code="renewal_history",
                label="Historial de renovación",
                status=CriterionStatus.MET if previous else CriterionStatus.NOT_MET,
                explanation=(
                    f"El cliente tiene {previous} póliza(s) anterior(es) no cancelada(s)."
                    if previous
                    else "El cliente no tiene pólizas anteriores: AMPLIA SELECT es para quien renueva."
                ),
            ),
            EligibilityCriterion(
                code="no_payment_issues",
                label="Sin problemas de pago",
                status=CriterionStatus.NOT_MET if payment_issues else CriterionStatus.MET,
                explanation=(
                    "Una póliza del cliente tiene la marca de problemas de pago."
                    if payment_issues
                    else "Ninguna póliza del cliente tiene la marca de problemas de pago."
                ),
            ),
            EligibilityCriterion(
                code="no_fraud_observation",
                label="Sin observaciones de fraude",
                status=CriterionStatus.NOT_MET if fraud else CriterionStatus.MET,
                explanation=(
                    "Una póliza del cliente tiene una observación de fraude."
                    if fraud
                    else "Ninguna póliza del cliente tiene observaciones de fraude."
                ),
            ),
            EligibilityCriterion(
                code="no_at_fault_incident",
                label="Sin siniestros con responsabilidad en la vigencia anterior",
                status=CriterionStatus.UNVERIFIED,
                explanation=(
                    "El sistema todavía no registra siniestros, así que no puede verificarlo: "
                    "un gerente de Ventas debe confirmarlo al emitir la póliza (queda en la bitácora)."
                ),
            ),
        ]
        if any(c.status == CriterionStatus.NOT_MET for c in criteria):
            eligible: bool | None = False
            summary = "No cumple los requisitos de AMPLIA SELECT."
        elif any(c.status == CriterionStatus.UNVERIFIED for c in criteria):
            eligible = None
            summary = "Cumple los requisitos verificables; falta la confirmación de un gerente de Ventas."
        else:
            eligible = True
            summary = "Cumple los requisitos de AMPLIA SELECT."
        allows = vehicle.key.allows_comprehensive
        if not allows:
            summary += " Además, las coberturas amplias solo aplican a automóviles, pick ups y camionetas."
        return AmpliaSelectEligibility(
            client_id=client.id,
            vehicle_id=vehicle.id,
            eligible=eligible,
            requires_manager_confirmation=eligible is None,
            vehicle_allows_comprehensive=allows,
            criteria=criteria,
            summary=summary,
        )

    # -- shared validation --------------------------------------------------------------------
    async def _client(self, client_id: int) -> Client:
        client = await self.repo.client(client_id)
        if client is None:
            raise ClientNotAvailableError(fields={"client_id": "El cliente no existe o fue dado de baja."})
        return client

    async def _vehicle(self, vehicle_id: int, client_id: int, *, for_update: bool = False) -> Vehicle:
        vehicle = await self.repo.vehicle(vehicle_id, for_update=for_update)
        if vehicle is None:
            raise VehicleNotFoundError(fields={"vehicle_id": "El vehículo no existe."})
        if vehicle.client_id is not None and vehicle.client_id != client_id:
            raise VehicleOfAnotherClientError(fields={"vehicle_id": "Pertenece a otro cliente."})
        return vehicle

    async def _active_seller(self, employee_id: int, field: str = "seller_id") -> Employee:
        seller = await self.repo.seller(employee_id)
        if seller is None or not seller.is_seller or not seller.is_active:
            raise SellerNotActiveError(fields={field: "Debe ser un empleado activo marcado como vendedor."})
        return seller

    def _check_sale_elaboration(
        self, sale: date, elaboration: date | None, effective: date, errors: dict[str, str]
    ) -> None:
        if sale > self.today:
            errors["sale_date"] = "La fecha de venta no puede ser futura."
        elif sale > effective:
            errors["sale_date"] = "La fecha de venta no puede ser posterior al inicio de vigencia."
        if elaboration is not None:
            if elaboration > self.today:
                errors["elaboration_date"] = "La fecha de elaboración no puede ser futura."
            elif elaboration < sale:
                errors["elaboration_date"] = "La fecha de elaboración no puede ser anterior a la venta."

    # -- creation -----------------------------------------------------------------------------
    async def create(self, body: PolicyCreate) -> PolicyRead:
        """A new policy with everything that must be true with it, in the caller's unit of work:
        every check first (``_prepare``), then every write (``_write``)."""
        actor = self._require_actor()
        sale = await self._prepare(body, actor)
        policy = await self._write(sale, body, actor)
        event_bus.publish(
            POLICY_CREATED,
            {
                "policy_id": policy.id,
                "folio": policy.folio,
                "client_id": policy.client_id,
                "vehicle_id": policy.vehicle_id,
                "coverage_id": policy.coverage_id,
                "seller_id": policy.seller_id,
                "status": policy.status.value,
                "data_entry_user_id": actor.user_id,
                "renewal_folio": policy.renewal_folio,
            },
        )
        if sale.comprehensive:
            enqueue_quote_approval(policy.id)  # sent only after the commit
        return await self.get(policy.id)

    async def _prepare(self, body: PolicyCreate, actor: Actor) -> _Sale:
        today = self.today
        client = await self._client(body.client_id)
        vehicle = await self._vehicle(body.vehicle_id, client.id)
        coverage = await CoverageService(self.session).get_for_sale(body.coverage_id)
        self._check_coverage_fits(coverage, vehicle, body.payment_plan)
        seller = await self._seller_for(body.seller_id, actor)

        sale_date = body.sale_date or today
        elaboration = body.elaboration_date or today
        effective = body.effective_date or today
        expiration = body.expiration_date or add_months(effective, 12)
        self._check_new_dates(sale_date, elaboration, effective, expiration)
        predecessor = await self._predecessor(body.renewal_folio, client.id)
        if await self.repo.contract_folio_taken(body.contract_folio):
            raise ContractFolioExistsError(fields={"contract_folio": "Ya lo tiene otra póliza."})

        comprehensive = coverage.category == CoverageCategory.COMPREHENSIVE
        is_select = coverage.name == AMPLIA_SELECT
        if body.amplia_select_confirmed_by_manager and not is_select:
            raise ValidationFailedError(
                fields={"amplia_select_confirmed_by_manager": "Solo aplica a la cobertura AMPLIA SELECT."}
            )
        eligibility = (
            await self._check_amplia_select(client.id, vehicle.id, body, actor) if is_select else None
        )
        quoted_premium = await self._quoted_premium(body, comprehensive)
        total, lines = self._schedule(coverage, body.payment_plan, quoted_premium, effective)
        if lines[-1].due_date > expiration:
            raise PolicyDatesError(
                fields={
                    "expiration_date": "El fin de vigencia no puede ser anterior al último pago "
                    f"({lines[-1].due_date:%d/%m/%Y})."
                }
            )

        # Serialise creations for this vehicle (after the quote call: no lock is held while the
        # quotes system answers), then check what a concurrent creation could have changed.
        vehicle = await self._vehicle(body.vehicle_id, client.id, for_update=True)
        conflict = await self.repo.conflicting_policy(vehicle.id, effective, expiration)
        if conflict is not None:
            raise VehicleHasLivePolicyError(
                f"El vehículo ya tiene la póliza {conflict.folio} vigente del "
                f"{conflict.effective_date:%d/%m/%Y} al {conflict.expiration_date:%d/%m/%Y}, que se "
                "empalma con las fechas de la nueva.",
                fields={"vehicle_id": f"Tiene la póliza {conflict.folio} en esas fechas."},
            )
        return _Sale(
            client=client,
            vehicle=vehicle,
            coverage=coverage,
            seller=seller,
            predecessor=predecessor,
            sale_date=sale_date,
            elaboration_date=elaboration,
            effective_date=effective,
            expiration_date=expiration,
            total=total,
            lines=lines,
            comprehensive=comprehensive,
            is_select=is_select,
            eligibility=eligibility,
        )

    async def _write(self, sale: _Sale, body: PolicyCreate, actor: Actor) -> Policy:
        policy = Policy(
            contract_folio=body.contract_folio,
            renewal_folio=sale.predecessor.folio if sale.predecessor else None,
            client_id=sale.client.id,
            vehicle_id=sale.vehicle.id,
            coverage_id=sale.coverage.id,
            seller_id=sale.seller.id,
            payment_plan=body.payment_plan,
            prima_total=sale.total,
            sale_date=sale.sale_date,
            elaboration_date=sale.elaboration_date,
            effective_date=sale.effective_date,
            expiration_date=sale.expiration_date,
            status=PolicyStatus.PENDING,
            tow_services_available=sale.coverage.tow_services_included,
            quote_external_id=body.quote_number if sale.comprehensive else None,
            data_entry_user_id=actor.user_id,
            contract_image_file_id=body.contract_image_file_id,
            notes=body.notes,
        )
        try:
            async with self.session.begin_nested():  # a concurrent twin loses with a clear code
                await self.repo.create(policy)  # folio: the sequence's next value (RETURNING)
        except IntegrityError as exc:
            if contract_folio_violation(exc):
                raise ContractFolioExistsError(fields={"contract_folio": "Ya lo tiene otra póliza."})
            raise
        await record_audit(
            self.session, table="policy", record_id=policy.id, action="insert", after=policy_snapshot(policy)
        )
        if sale.vehicle.client_id is None:
            await self._assign_owner(sale.vehicle, sale.client.id)
        if sale.eligibility is not None and sale.eligibility.eligible is None:
            await self._audit_select_confirmation(policy, sale.eligibility, actor)
        if sale.comprehensive:
            assert body.amplia is not None
            await self._add_amplia_detail(policy, body.amplia, sale.vehicle, is_select=sale.is_select)

        payments = await self.repo.add_installments(
            [
                Payment(
                    policy_id=policy.id,
                    payment_number=line.number,
                    due_date=line.due_date,
                    amount=line.amount,
                    status=PaymentStatus.PENDING,
                    seller_id=sale.seller.id,
                )
                for line in sale.lines
            ]
        )
        for payment in payments:
            await record_audit(
                self.session,
                table="payment",
                record_id=payment.id,
                action="insert",
                after=snapshot(payment, exclude=_TIMESTAMPS),
            )
        await PromotionService(self.session, user_id=actor.user_id).apply_at_creation(
            policy,
            payments,
            promotion_codes=body.promotion_codes,
            is_renewal=sale.predecessor is not None,
            referrer_policy_id=body.referrer_policy_id,
            user_id=actor.user_id,
            as_of=self.today,
        )
        card, assignment = await self.repo.add_office_card(policy.id, user_id=actor.user_id)
        await record_audit(
            self.session,
            table="card",
            record_id=card.id,
            action="insert",
            after={**snapshot(card, exclude=_TIMESTAMPS), "assignment_id": assignment.id},
        )
        await recompute_policy_statuses(
            self.session, [policy.id], self.today, STATUS_TRIGGER, user_id=actor.user_id
        )
        await self.repo.refresh_status(policy)
        return policy

    async def _audit_select_confirmation(
        self, policy: Policy, eligibility: AmpliaSelectEligibility, actor: Actor
    ) -> None:
        await record_audit(
            self.session,
            table="policy",
            record_id=policy.id,
            action="amplia_select_confirmed",
            after={
                "confirmed_by_user_id": actor.user_id,
                "criteria": {c.code: c.status.value for c in eligibility.criteria},
                "unverified": [
                    c.code for c in eligibility.criteria if c.status == CriterionStatus.UNVERIFIED
                ],
            },
        )

    def _require_actor(self) -> Actor:
        if self.actor is None:
            raise RuntimeError("PolicyService.create needs an actor")
        return self.actor

    @staticmethod
    def _check_coverage_fits(coverage: Coverage, vehicle: Vehicle, plan: PaymentPlan) -> None:
        """The coverage is priced for this vehicle (key, service, cylinder band) and sold with
        this plan."""
        CoverageService.ensure_fits(
            coverage,
            vehicle_key=vehicle.vehicle_key,
            service_type=vehicle.service_type,
            cylinder_band=vehicle.cylinder_band,
        )
        allowed = allowed_plans(coverage.category)
        if plan not in allowed:
            options = ", ".join(PLAN_LABELS[p] for p in allowed)
            raise PlanNotAllowedError(
                f"La forma de pago «{PLAN_LABELS[plan]}» no está permitida para {coverage.name}. "
                f"Opciones: {options}.",
                fields={"payment_plan": f"Opciones: {options}."},
            )

    async def _seller_for(self, seller_id: int | None, actor: Actor) -> Employee:
        """The seller defaults to the caller when the caller sells; only a gerente or an admin
        may register a policy in another seller's name."""
        if seller_id is None:
            if not actor.is_seller:
                raise SellerRequiredError(fields={"seller_id": "Este campo es obligatorio."})
            seller_id = actor.employee_id
        elif seller_id != actor.employee_id and not actor.may_assign_seller:
            raise SellerNotAllowedError(fields={"seller_id": "Solo puedes registrar pólizas a tu nombre."})
        return await self._active_seller(seller_id)

    def _check_new_dates(self, sale: date, elaboration: date, effective: date, expiration: date) -> None:
        errors: dict[str, str] = {}
        self._check_sale_elaboration(sale, elaboration, effective, errors)
        earliest = self.today - timedelta(days=EFFECTIVE_MAX_DAYS_PAST)
        latest = add_months(self.today, 12)
        if effective < earliest:
            errors["effective_date"] = (
                f"El inicio de vigencia no puede ser de hace más de {EFFECTIVE_MAX_DAYS_PAST} días "
                f"(mínimo {earliest:%d/%m/%Y})."
            )
        elif effective > latest:
            errors["effective_date"] = f"El inicio de vigencia no puede ser después del {latest:%d/%m/%Y}."
        if expiration <= effective:
            errors["expiration_date"] = "El fin de vigencia debe ser posterior al inicio."
        elif expiration > add_months(effective, 12):
            errors["expiration_date"] = "La vigencia no puede ser mayor a un año."
        if errors:
            raise PolicyDatesError(fields=errors)

    async def _predecessor(self, renewal_folio: int | None, client_id: int) -> Policy | None:
        if renewal_folio is None:
            return None
        previous = await self.repo.by_folio(renewal_folio)
        if previous is None:
            raise RenewalInvalidError(fields={"renewal_folio": "No existe una póliza con ese folio."})
        if previous.client_id != client_id:
            raise RenewalInvalidError(fields={"renewal_folio": "La póliza es de otro cliente."})
        if previous.status == PolicyStatus.CANCELLED:
            raise RenewalInvalidError(fields={"renewal_folio": "La póliza está cancelada."})
        if await self.repo.renewal_of(previous.folio) is not None:
            raise AlreadyRenewedError(fields={"renewal_folio": "Ya tiene una renovación."})
        return previous

    async def _check_amplia_select(
        self, client_id: int, vehicle_id: int, body: PolicyCreate, actor: Actor
    ) -> AmpliaSelectEligibility:
        eligibility = await self.amplia_select_eligibility(client_id, vehicle_id)
        if eligibility.eligible is False:
            failed = {
                c.code: c.explanation for c in eligibility.criteria if c.status == CriterionStatus.NOT_MET
            }
            raise AmpliaSelectNotEligibleError(
                "El cliente no cumple los requisitos de AMPLIA SELECT: " + " ".join(failed.values()),
                fields=failed,
            )
        if eligibility.eligible is None:
            if not body.amplia_select_confirmed_by_manager:
                raise AmpliaSelectConfirmationRequiredError(
                    fields={
                        "amplia_select_confirmed_by_manager": "Falta la confirmación del gerente de Ventas."
                    }
                )
            if not actor.manages_sales:
                raise AmpliaSelectConfirmationForbiddenError()
        return eligibility

    async def _quoted_premium(self, body: PolicyCreate, comprehensive: bool) -> Decimal | None:
        """The AMPLIA family's premium comes from the external quote (validated now; approved
        only after the commit)."""
        if not comprehensive:
            if body.quote_number is not None or body.amplia is not None:
                raise QuoteNotApplicableError(
                    fields={
                        key: "Solo para coberturas de la familia AMPLIA."
                        for key, value in (("quote_number", body.quote_number), ("amplia", body.amplia))
                        if value is not None
                    }
                )
            return None
        missing = {
            key: "Obligatorio para la familia AMPLIA."
            for key, value in (("quote_number", body.quote_number), ("amplia", body.amplia))
            if value is None
        }
        if missing:
            raise QuoteRequiredError(fields=missing)
        assert body.quote_number is not None
        used_by = await self.repo.quote_in_use(body.quote_number)
        if used_by is not None:
            raise QuoteAlreadyUsedError(
                f"La cotización {body.quote_number} ya se usó en la póliza {used_by}; solicita una nueva.",
                fields={"quote_number": f"Usada en la póliza {used_by}."},
            )
        quote = await self.quotes.validate_for_sale(body.quote_number, as_of=self.today)
        return quote.premium

    @staticmethod
    def _schedule(
        coverage: Coverage, plan: PaymentPlan, quoted_premium: Decimal | None, effective: date
    ) -> tuple[Decimal, list[Installment]]:
        prices = Prices(coverage.cash_price, coverage.credit_price, coverage.initial_payment, quoted_premium)
        try:
            return build_schedule(plan, prices, coverage.category, effective)
        except ScheduleError as exc:
            raise ScheduleInvalidError(str(exc), fields={"payment_plan": str(exc)}) from exc

    async def _assign_owner(self, vehicle: Vehicle, client_id: int) -> None:
        """A vehicle with no owner becomes the client's with their policy on it (through the
        vehicles module: its rules and its audit)."""
        await VehicleService(self.session, today=self.today).update(
            vehicle.id, VehicleUpdate(client_id=client_id)
        )

    async def _add_amplia_detail(
        self, policy: Policy, prices: AmpliaPricesIn, vehicle: Vehicle, *, is_select: bool
    ) -> None:
        table = await get_value(self.session, "amplia_deductibles", DEFAULT_DEDUCTIBLES)
        if is_select:
            kind = "amplia_select"
        elif vehicle.vehicle_type in (VehicleType.MOTORCYCLE, VehicleType.MOTOTAXI):
            kind = "motorcycle"
        else:
            kind = "car"
        rates = (table or {}).get(kind) or DEFAULT_DEDUCTIBLES[kind]
        detail = PolicyAmpliaDetail(
            policy_id=policy.id,
            purchase_price=prices.purchase_price,
            sale_price=prices.sale_price,
            commercial_value=((prices.purchase_price + prices.sale_price) / 2).quantize(CENT, ROUND_HALF_UP),
            deductible_damage_pct=Decimal(str(rates["damage_pct"])),
            deductible_theft_pct=Decimal(str(rates["theft_pct"])),
        )
        await self.repo.add_amplia_detail(detail)
        await record_audit(
            self.session,
            table="policy_amplia_detail",
            record_id=policy.id,
            action="insert",
            after=snapshot(detail, exclude=_TIMESTAMPS),
        )

    # -- edits --------------------------------------------------------------------------------
    async def update(self, policy_id: int, body: PolicyUpdate) -> PolicyRead:
        if body.locked_fields:
            raise PolicyFieldLockedError(fields={key: LOCKED_FIELDS[key] for key in body.locked_fields})
        policy = await self._locked_policy(policy_id)
        changes = body.model_dump(exclude_unset=True, exclude={"locked_fields"})
        errors: dict[str, str] = {}
        if "sale_date" in changes or "elaboration_date" in changes:
            self._check_sale_elaboration(
                changes.get("sale_date", policy.sale_date),
                changes.get("elaboration_date", policy.elaboration_date),
                policy.effective_date,
                errors,
            )
        if errors:
            raise PolicyDatesError(fields=errors)
        folio = changes.get("contract_folio")
        if folio is not None and await self.repo.contract_folio_taken(folio, except_id=policy.id):
            raise ContractFolioExistsError(fields={"contract_folio": "Ya lo tiene otra póliza."})
        before = policy_snapshot(policy)
        try:
            async with self.session.begin_nested():
                await self.repo.update(policy, changes)
        except IntegrityError as exc:
            if contract_folio_violation(exc):
                raise ContractFolioExistsError(fields={"contract_folio": "Ya lo tiene otra póliza."})
            raise
        old, new = diff(before, policy_snapshot(policy))
        if new:
            await record_audit(
                self.session, table="policy", record_id=policy.id, action="update", before=old, after=new
            )
            event_bus.publish(
                POLICY_UPDATED, {"policy_id": policy.id, "folio": policy.folio, "fields": sorted(new)}
            )
        return await self.get(policy.id)

    async def change_seller(self, policy_id: int, seller_id: int, reason: str) -> PolicyRead:
        """New seller for the policy and for its *unpaid* installments (pending, late, overdue):
        a paid installment keeps the seller who earned it, a cancelled one stays as it was."""
        policy = await self._locked_policy(policy_id)
        if policy.status == PolicyStatus.CANCELLED:
            raise PolicyCancelledError("La póliza está cancelada: no se le cambia el vendedor.")
        if seller_id == policy.seller_id:
            raise SameSellerError()
        await self._active_seller(seller_id)
        old_seller = policy.seller_id
        moved: list[int] = []
        for payment in await self.repo.installments(policy.id, for_update=True):
            if payment.status in UNPAID and payment.seller_id != seller_id:
                previous = payment.seller_id
                payment.seller_id = seller_id
                moved.append(payment.payment_number)
                await self.session.flush()
                await record_audit(
                    self.session,
                    table="payment",
                    record_id=payment.id,
                    action="seller_changed",
                    before={"seller_id": previous},
                    after={"seller_id": seller_id, "reason": reason},
                )
        policy.seller_id = seller_id
        await self.session.flush()
        await record_audit(
            self.session,
            table="policy",
            record_id=policy.id,
            action="change_seller",
            before={"seller_id": old_seller},
            after={"seller_id": seller_id, "reason": reason, "installments": moved},
        )
        event_bus.publish(
            POLICY_SELLER_CHANGED,
            {
                "policy_id": policy.id,
                "folio": policy.folio,
                "old_seller_id": old_seller,
                "new_seller_id": seller_id,
                "installments": moved,
            },
        )
        return await self.get(policy.id)

    async def suspend(self, policy_id: int, reason: str) -> PolicyRead:
        policy = await self._locked_policy(policy_id)
        if policy.status == PolicyStatus.CANCELLED:
            raise PolicyCancelledError("No se puede suspender una póliza cancelada.")
        if policy.status == PolicyStatus.SUSPENDED:
            raise PolicyAlreadySuspendedError()
        before = {"status": policy.status, "status_reason": policy.status_reason}
        policy.status = PolicyStatus.SUSPENDED
        policy.status_reason = reason
        await self.session.flush()
        await record_audit(
            self.session,
            table="policy",
            record_id=policy.id,
            action="suspend",
            before=before,
            after={"status": policy.status, "status_reason": reason},
        )
        event_bus.publish(
            POLICY_SUSPENDED,
            {"policy_id": policy.id, "folio": policy.folio, "previous_status": str(before["status"])},
        )
        return await self.get(policy.id)

    async def lift_suspension(self, policy_id: int, reason: str) -> PolicyRead:
        """Hands the policy back to the StatusUpdater, which computes its status for today."""
        policy = await self._locked_policy(policy_id)
        if policy.status != PolicyStatus.SUSPENDED:
            raise PolicyNotSuspendedError()
        before = {"status": policy.status, "status_reason": policy.status_reason}
        # any non-manual status makes the policy the updater's again; it recomputes right away
        policy.status = PolicyStatus.PENDING
        policy.status_reason = None
        await self.session.flush()
        await self._recompute(policy, trigger=LIFT_TRIGGER)
        await record_audit(
            self.session,
            table="policy",
            record_id=policy.id,
            action="lift_suspension",
            before=before,
            after={"status": policy.status, "status_reason": None, "reason": reason},
        )
        event_bus.publish(
            POLICY_SUSPENSION_LIFTED, {"policy_id": policy.id, "folio": policy.folio, "status": policy.status}
        )
        return await self.get(policy.id)

    async def _recompute(self, policy: Policy, *, trigger: str) -> None:
        await recompute_policy_statuses(self.session, [policy.id], self.today, trigger, user_id=self.actor_id)
        await self.repo.refresh_status(policy)
