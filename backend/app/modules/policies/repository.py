"""Policies: the module's SQL (list rows in one joined query, search, detail loads, history).

Record-level scoping: a repository built with ``seller_id=`` ("my policies") only sees that
seller's policies, so any other id is simply not found. Every other reader sees every policy
(domain.md §2: everyone may read policies).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import date
from typing import Any, ClassVar, Final, TypeAlias

from sqlalchemy import Row, Select, String, Text, and_, cast, func, literal, or_, select, union
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload, selectinload
from sqlalchemy.sql.base import ExecutableOption
from sqlalchemy.sql.elements import ColumnElement

from app.core.repository import Repository
from app.models import (
    AuditLog,
    Card,
    Client,
    CollectionAssignment,
    Coverage,
    Employee,
    PartialPayment,
    Payment,
    Policy,
    PolicyAmpliaDetail,
    PolicyCancellation,
    Promotion,
    PromotionApplication,
    User,
    Vehicle,
)
from app.models.enums import CardHolder, PaymentStatus, PolicyStatus
from app.models.vehicle import plates_key
from app.modules.clients.search import fold
from app.modules.policies.schemas import PolicyFilters
from app.modules.vehicles.rules import normalize_plates, normalize_serial

#: a result row of any shape (SQLAlchemy 2.1 rows are generic over a tuple of column types)
AnyRow: TypeAlias = Row[*tuple[Any, ...]]

SELLER_NAME = func.concat_ws(" ", Employee.first_name, Employee.last_name, Employee.second_last_name)
_INT32_MAX: Final = 2**31 - 1

#: what the detail page shows, loaded up front (relationships are lazy="raise")
DETAIL_OPTIONS: Final[tuple[ExecutableOption, ...]] = (
    joinedload(Policy.client),
    joinedload(Policy.vehicle),
    joinedload(Policy.coverage),
    joinedload(Policy.seller),
    joinedload(Policy.amplia_detail),
    selectinload(Policy.payments).selectinload(Payment.partials),
    selectinload(Policy.card).joinedload(Card.holder_employee),
)

#: statuses whose policy still covers its vehicle (an overlapping new policy is refused)
LIVE_EXCLUDED: Final = (PolicyStatus.CANCELLED, PolicyStatus.EXPIRED)
UNPAID: Final = (PaymentStatus.PENDING, PaymentStatus.LATE, PaymentStatus.OVERDUE)

#: the columns of a list row (screens §1.4), in one joined query
ROW_COLUMNS: Final = (
    Policy.id,
    Policy.folio,
    Policy.contract_folio,
    Policy.client_id,
    Client.full_name.label("client_name"),
    Policy.coverage_id,
    Coverage.name.label("coverage_name"),
    Coverage.service_type.label("service_type"),
    Vehicle.vehicle_type,
    Vehicle.make,
    Vehicle.model,
    Vehicle.year,
    Vehicle.plates,
    Policy.effective_date,
    Policy.expiration_date,
    Policy.payment_plan,
    Policy.prima_total,
    Policy.seller_id,
    Employee.code.label("seller_code"),
    SELLER_NAME.label("seller_name"),
    Policy.status,
)


#: the client's name as the trigram index ``ix_client_full_name_trgm`` stores it
CLIENT_NAME_KEY: Final = func.immutable_unaccent(func.lower(Client.full_name))
_MIN_WORD: Final = 3


def name_words(raw: str) -> list[str]:
    """The words of a name search (folded like the clients module does: no accents, lower case),
    those of 3+ letters without digits."""
    return [
        w for w in dict.fromkeys(fold(raw).split()) if len(w) >= _MIN_WORD and not any(c.isdigit() for c in w)
    ]


def name_search(words: Sequence[str]) -> ColumnElement[bool]:
    """Every word must be similar to a word of the client's name (``word <% name``, pg_trgm word
    similarity, served by the GIN trigram index): the clients module's approach, so "ramon
    gutierres" finds "Ramón Gutiérrez Ibarra" and "perez" finds "Juan Pérez López"."""
    return and_(*(literal(w, String).op("<%", is_comparison=True)(CLIENT_NAME_KEY) for w in words))


class PolicyRepository(Repository[Policy]):
    model = Policy
    sortable: ClassVar = {
        "folio": Policy.folio,
        "contract_folio": Policy.contract_folio,
        "client": Client.full_name,
        "coverage": Coverage.name,
        "seller": SELLER_NAME,
        "plates": Vehicle.plates,
        "effective_date": Policy.effective_date,
        "expiration_date": Policy.expiration_date,
        "sale_date": Policy.sale_date,
        "prima_total": Policy.prima_total,
        "status": Policy.status,
        "created_at": Policy.created_at,
    }
    default_sort = "-folio"

    def __init__(self, session: AsyncSession, *, seller_id: int | None = None) -> None:
        super().__init__(session)
        #: "my policies": only this seller's (anything else is not found)
        self.seller_id = seller_id

    def _scope(self, stmt: Select[Any]) -> Select[Any]:
        if self.seller_id is not None:
            stmt = stmt.where(Policy.seller_id == self.seller_id)
        return stmt

    def base_statement(self) -> Select[Any]:
        return self._scope(super().base_statement())

    # -- list ---------------------------------------------------------------------------------
    def _conditions(self, filters: PolicyFilters) -> list[ColumnElement[bool]]:
        """Filters on ``policy`` columns only (others as semi-joins), so the count needs no join."""
        where: list[ColumnElement[bool]] = []
        if self.seller_id is not None:
            where.append(Policy.seller_id == self.seller_id)
        if filters.status:
            where.append(Policy.status.in_(filters.status))
        if filters.seller_id is not None:
            where.append(Policy.seller_id == filters.seller_id)
        if filters.coverage_id is not None:
            where.append(Policy.coverage_id == filters.coverage_id)
        if filters.coverage_name:
            where.append(
                Policy.coverage_id.in_(
                    select(Coverage.id).where(func.upper(Coverage.name) == filters.coverage_name.upper())
                )
            )
        if filters.payment_plan:
            where.append(Policy.payment_plan.in_(filters.payment_plan))
        if filters.vehicle_type:
            where.append(
                Policy.vehicle_id.in_(
                    select(Vehicle.id).where(Vehicle.vehicle_type.in_(filters.vehicle_type))
                )
            )
        if filters.client_id is not None:
            where.append(Policy.client_id == filters.client_id)
        for column, start, end in (
            (Policy.effective_date, filters.effective_from, filters.effective_to),
            (Policy.expiration_date, filters.expiration_from, filters.expiration_to),
            (Policy.sale_date, filters.sale_from, filters.sale_to),
        ):
            if start is not None:
                where.append(column >= start)
            if end is not None:
                where.append(column <= end)
        if filters.q:
            where.append(Policy.id.in_(self._search_ids(filters.q)))
        return where

    @staticmethod
    def _search_ids(raw: str) -> Any:
        """Ids matching ``raw`` as a folio, contract folio, plates, VIN or client name: a UNION of
        index lookups (folio, contract folio, the vehicles' normalised plates and serial number,
        the client trigram index)."""
        q = raw.strip()
        upper = q.upper()
        branches: list[Select[Any]] = [select(Policy.id).where(Policy.contract_folio == upper)]
        if q.isdigit() and int(q) <= _INT32_MAX:
            branches.append(select(Policy.id).where(Policy.folio == int(q)))
        vehicle_match: list[ColumnElement[bool]] = [Vehicle.serial_number == normalize_serial(q)]
        if plates := normalize_plates(q):
            vehicle_match.append(plates_key(Vehicle.plates) == plates)
        vehicles = select(Vehicle.id).where(or_(*vehicle_match))
        branches.append(select(Policy.id).where(Policy.vehicle_id.in_(vehicles)))
        if words := name_words(q):
            clients = select(Client.id).where(name_search(words))
            branches.append(select(Policy.id).where(Policy.client_id.in_(clients)))
        return union(*branches)

    def rows_statement(self, filters: PolicyFilters) -> Select[Any]:
        return (
            select(*ROW_COLUMNS)
            .select_from(Policy)
            .join(Client, Client.id == Policy.client_id)
            .join(Vehicle, Vehicle.id == Policy.vehicle_id)
            .join(Coverage, Coverage.id == Policy.coverage_id)
            .join(Employee, Employee.id == Policy.seller_id)
            .where(*self._conditions(filters))
        )

    async def page_rows(
        self, filters: PolicyFilters, *, page: int, size: int, sort: str | None
    ) -> tuple[list[AnyRow], int]:
        stmt = self.apply_sort(self.rows_statement(filters), sort)  # validates ``sort`` first
        total = int(
            (
                await self.session.execute(
                    select(func.count()).select_from(Policy).where(*self._conditions(filters))
                )
            ).scalar_one()
        )
        result = await self.session.execute(stmt.limit(size).offset((page - 1) * size))
        return list(result.all()), total

    async def stream_rows(
        self, filters: PolicyFilters, *, sort: str | None, batch_size: int = 2000
    ) -> AsyncIterator[Sequence[AnyRow]]:
        """The filtered rows in batches from a server-side cursor: constant memory for any size."""
        stmt = self.apply_sort(self.rows_statement(filters), sort)
        result = await self.session.stream(stmt.execution_options(yield_per=batch_size))
        async for batch in result.partitions():
            yield batch

    # -- detail -------------------------------------------------------------------------------
    def _detailed(self) -> Select[Any]:
        # populate_existing: rows the set-based StatusUpdater or the promotions changed in this
        # transaction are re-read, not served stale from the identity map
        return self.base_statement().options(*DETAIL_OPTIONS).execution_options(populate_existing=True)

    async def get_detailed(self, policy_id: int) -> Policy | None:
        return await self.one_or_none(self._detailed().where(Policy.id == policy_id))

    async def get_detailed_by_folio(self, folio: int) -> Policy | None:
        if folio > _INT32_MAX:
            return None
        return await self.one_or_none(self._detailed().where(Policy.folio == folio))

    async def live_promotions(self, policy_id: int) -> list[AnyRow]:
        stmt = (
            select(PromotionApplication, Promotion.code, Promotion.name)
            .join(Promotion, Promotion.id == PromotionApplication.promotion_id)
            .where(PromotionApplication.policy_id == policy_id, PromotionApplication.reverted_at.is_(None))
            .order_by(PromotionApplication.applied_at, PromotionApplication.id)
        )
        return list((await self.session.execute(stmt)).all())

    async def live_cancellation(self, policy_id: int) -> PolicyCancellation | None:
        stmt = (
            select(PolicyCancellation)
            .options(joinedload(PolicyCancellation.cancellation_code))
            .where(PolicyCancellation.policy_id == policy_id, PolicyCancellation.undone_at.is_(None))
        )
        return (await self.session.execute(stmt)).scalar_one_or_none()

    def _history_filter(self, policy_id: int) -> ColumnElement[bool]:
        """Audit rows of the policy, its installments and partials, its card and AMPLIA detail."""
        payment_ids = select(cast(Payment.id, Text)).where(Payment.policy_id == policy_id)
        partial_ids = (
            select(cast(PartialPayment.id, Text))
            .join(Payment, Payment.id == PartialPayment.payment_id)
            .where(Payment.policy_id == policy_id)
        )
        card_ids = select(cast(Card.id, Text)).where(Card.policy_id == policy_id)
        own = str(policy_id)
        return or_(
            and_(AuditLog.table_name.in_(("policy", "policy_amplia_detail")), AuditLog.record_id == own),
            and_(AuditLog.table_name == "payment", AuditLog.record_id.in_(payment_ids)),
            and_(AuditLog.table_name == "partial_payment", AuditLog.record_id.in_(partial_ids)),
            and_(AuditLog.table_name == "card", AuditLog.record_id.in_(card_ids)),
        )

    async def history(self, policy_id: int, *, page: int, size: int) -> tuple[list[AnyRow], int]:
        where = self._history_filter(policy_id)
        total = int(
            (await self.session.execute(select(func.count()).select_from(AuditLog).where(where))).scalar_one()
        )
        user_name = func.concat_ws(" ", Employee.first_name, Employee.last_name, Employee.second_last_name)
        stmt = (
            select(AuditLog, func.nullif(user_name, "").label("user_name"))
            .outerjoin(User, User.id == AuditLog.user_id)
            .outerjoin(Employee, Employee.id == User.employee_id)
            .where(where)
            .order_by(AuditLog.occurred_at.desc(), AuditLog.id.desc())
            .limit(size)
            .offset((page - 1) * size)
        )
        return list((await self.session.execute(stmt)).all()), total

    # -- creation checks ----------------------------------------------------------------------
    async def conflicting_policy(
        self, vehicle_id: int, start: date, end: date, *, except_id: int | None = None
    ) -> Policy | None:
        """A live (not cancelled, not expired) policy of the vehicle whose term overlaps
        [start, end]. A renewal starting on the day its predecessor ends does not overlap."""
        stmt = select(Policy).where(
            Policy.vehicle_id == vehicle_id,
            Policy.status.not_in(LIVE_EXCLUDED),
            Policy.effective_date < end,
            Policy.expiration_date > start,
        )
        if except_id is not None:
            stmt = stmt.where(Policy.id != except_id)
        return (await self.session.execute(stmt.order_by(Policy.folio).limit(1))).scalar_one_or_none()

    async def contract_folio_taken(self, contract_folio: str, *, except_id: int | None = None) -> bool:
        stmt = select(Policy.id).where(Policy.contract_folio == contract_folio)
        if except_id is not None:
            stmt = stmt.where(Policy.id != except_id)
        return (await self.session.scalar(stmt.limit(1))) is not None

    async def quote_in_use(self, quote_number: str) -> int | None:
        """Folio of a non-cancelled policy already issued on this quote."""
        stmt = select(Policy.folio).where(
            Policy.quote_external_id == quote_number, Policy.status != PolicyStatus.CANCELLED
        )
        return await self.session.scalar(stmt.limit(1))

    async def by_folio(self, folio: int) -> Policy | None:
        if folio > _INT32_MAX:
            return None
        return await self.one_or_none(select(Policy).where(Policy.folio == folio))

    async def renewal_of(self, folio: int) -> Policy | None:
        """A non-cancelled policy that renews ``folio``."""
        stmt = select(Policy).where(Policy.renewal_folio == folio, Policy.status != PolicyStatus.CANCELLED)
        return (await self.session.execute(stmt.limit(1))).scalar_one_or_none()

    async def client_history(self, client_id: int) -> tuple[int, bool, bool]:
        """(previous policies not cancelled, any payment-issue flag, any fraud flag) of a client."""
        stmt = select(
            func.count().filter(Policy.status != PolicyStatus.CANCELLED),
            func.coalesce(func.bool_or(Policy.has_payment_issues), False),
            func.coalesce(func.bool_or(Policy.has_fraud_observation), False),
        ).where(Policy.client_id == client_id)
        previous, payment_issues, fraud = (await self.session.execute(stmt)).one()
        return int(previous), bool(payment_issues), bool(fraud)

    async def client(self, client_id: int) -> Client | None:
        """A client that is not deleted."""
        stmt = select(Client).where(Client.id == client_id, Client.deleted_at.is_(None))
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def vehicle(self, vehicle_id: int, *, for_update: bool = False) -> Vehicle | None:
        """The vehicle with its key; ``for_update`` serialises policy creations for one vehicle
        (the overlap check and the owner assignment cannot race)."""
        stmt = (
            select(Vehicle).options(joinedload(Vehicle.key, innerjoin=True)).where(Vehicle.id == vehicle_id)
        )
        if for_update:  # and re-read: a concurrent creation may have just assigned its owner
            stmt = stmt.with_for_update(of=Vehicle).execution_options(populate_existing=True)
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def seller(self, employee_id: int) -> Employee | None:
        return await self.session.get(Employee, employee_id)

    # -- writes -------------------------------------------------------------------------------
    async def add_installments(self, payments: Sequence[Payment]) -> list[Payment]:
        self.session.add_all(payments)
        await self.session.flush()
        return list(payments)

    async def add_amplia_detail(self, detail: PolicyAmpliaDetail) -> PolicyAmpliaDetail:
        self.session.add(detail)
        await self.session.flush()
        return detail

    async def add_office_card(
        self, policy_id: int, *, user_id: int | None
    ) -> tuple[Card, CollectionAssignment]:
        """The policy's collection card, held by OFICINA, with its first assignment row."""
        card = Card(policy_id=policy_id, holder=CardHolder.OFFICE)
        self.session.add(card)
        await self.session.flush()
        assignment = CollectionAssignment(
            card_id=card.id,
            from_holder=None,
            to_holder=CardHolder.OFFICE,
            assigned_by_user_id=user_id,
            reason="Alta de la póliza",
        )
        self.session.add(assignment)
        await self.session.flush()
        return card, assignment

    async def installments(self, policy_id: int, *, for_update: bool = False) -> list[Payment]:
        """The policy's installments, re-read from the database (``populate_existing``: the
        StatusUpdater and the promotions write them with set-based SQL)."""
        stmt = (
            select(Payment)
            .where(Payment.policy_id == policy_id)
            .order_by(Payment.payment_number)
            .execution_options(populate_existing=True)
        )
        if for_update:
            stmt = stmt.with_for_update()
        return list((await self.session.execute(stmt)).scalars().all())

    async def refresh_status(self, policy: Policy) -> Policy:
        """Re-read what the set-based StatusUpdater wrote behind the ORM's back."""
        await self.session.refresh(policy, attribute_names=["status", "status_reason", "updated_at"])
        return policy
