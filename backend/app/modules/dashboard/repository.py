"""Dashboard: the module's SQL. Set-based aggregates, one statement per section; with
``seller_id`` every section only sees that seller's policies (and what hangs from them)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar, cast

from sqlalchemy import Row, Select, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.models import Client, Payment, PaymentProposal, PaymentTransaction, Policy, PolicyCancellation
from app.models.enums import LedgerEntryKind, PolicyStatus, ProposalStatus

SelectT = TypeVar("SelectT", bound=Select)  # type: ignore[type-arg]

OPEN_PROPOSALS = (ProposalStatus.PENDING, ProposalStatus.UNDER_REVIEW)


class DashboardRepository:
    def __init__(self, session: AsyncSession, *, seller_id: int | None = None) -> None:
        self.session = session
        #: "my policies": only this seller's
        self.seller_id = seller_id

    def _scoped(self, stmt: SelectT) -> SelectT:
        """``stmt`` must already join ``policy``."""
        return stmt.where(Policy.seller_id == self.seller_id) if self.seller_id is not None else stmt

    async def policy_counts(self, *, start: datetime, end: datetime) -> dict[PolicyStatus, tuple[int, int]]:
        """status -> (count, of them created in [start, end)). Two statements: the counts by
        status read ``ix_policy_status`` alone (an index-only scan), today's the
        ``ix_policy_created_at_id`` range; one statement filtering ``created_at`` per row would
        have to read every policy's row."""
        by_status = self._scoped(
            select(Policy.status, func.count()).select_from(Policy).group_by(Policy.status)
        )
        created = self._scoped(
            select(Policy.status, func.count())
            .select_from(Policy)
            .where(Policy.created_at >= start, Policy.created_at < end)
            .group_by(Policy.status)
        )
        new = {status: int(n) for status, n in await self.session.execute(created)}
        return {status: (int(n), new.get(status, 0)) for status, n in await self.session.execute(by_status)}

    async def recent_policies(self, limit: int) -> list[Row[Any]]:
        stmt = self._scoped(
            select(
                Policy.id,
                Policy.folio,
                Policy.client_id,
                Client.full_name.label("client_name"),
                Policy.status,
                Policy.prima_total,
                Policy.created_at,
            )
            .join(Client, Client.id == Policy.client_id)
            .order_by(Policy.created_at.desc(), Policy.id.desc())
            .limit(limit)
        )
        return cast(list[Row[Any]], list((await self.session.execute(stmt)).all()))

    @staticmethod
    def _reversed(entry: type[PaymentTransaction]) -> Any:
        reversal = aliased(PaymentTransaction)
        return exists().where(reversal.reverses_id == entry.id)

    async def payments_received(self, *, start: datetime, end: datetime) -> tuple[int, Decimal]:
        """Payments and partials entered in [start, end) that no reversal compensates."""
        t = PaymentTransaction
        stmt = (
            select(func.count(), func.coalesce(func.sum(t.amount), Decimal("0.00")))
            .select_from(t)
            .where(
                t.kind != LedgerEntryKind.REVERSAL,
                t.created_at >= start,
                t.created_at < end,
                ~self._reversed(t),
            )
        )
        if self.seller_id is not None:  # every entry has an installment and a policy: join only to scope
            stmt = self._scoped(
                stmt.join(Payment, Payment.id == t.payment_id).join(Policy, Policy.id == Payment.policy_id)
            )
        count, total = (await self.session.execute(stmt)).one()
        return int(count), Decimal(total)

    async def recent_payments(self, limit: int) -> list[Row[Any]]:
        t = PaymentTransaction
        stmt = self._scoped(
            select(
                t.id,
                Policy.id.label("policy_id"),
                Policy.folio,
                Client.full_name.label("client_name"),
                Payment.payment_number,
                t.kind,
                t.amount,
                t.method,
                t.created_at,
                self._reversed(t).label("reversed"),
            )
            .join(Payment, Payment.id == t.payment_id)
            .join(Policy, Policy.id == Payment.policy_id)
            .join(Client, Client.id == Policy.client_id)
            .where(t.kind != LedgerEntryKind.REVERSAL)
            .order_by(t.created_at.desc(), t.id.desc())
            .limit(limit)
        )
        return cast(list[Row[Any]], list((await self.session.execute(stmt)).all()))

    async def cancellations_count(self, *, start: datetime, end: datetime) -> int:
        c = PolicyCancellation
        stmt = self._scoped(
            select(func.count())
            .select_from(c)
            .join(Policy, Policy.id == c.policy_id)
            .where(c.cancelled_at >= start, c.cancelled_at < end, c.undone_at.is_(None))
        )
        return int((await self.session.execute(stmt)).scalar_one())

    async def recent_cancellations(self, limit: int) -> list[Row[Any]]:
        c = PolicyCancellation
        stmt = self._scoped(
            select(
                c.id,
                Policy.id.label("policy_id"),
                Policy.folio,
                Client.full_name.label("client_name"),
                c.code,
                c.cancelled_at,
                c.undone_at.is_not(None).label("undone"),
            )
            .join(Policy, Policy.id == c.policy_id)
            .join(Client, Client.id == Policy.client_id)
            .order_by(c.cancelled_at.desc(), c.id.desc())
            .limit(limit)
        )
        return cast(list[Row[Any]], list((await self.session.execute(stmt)).all()))

    async def open_proposals(self, *, stale_before: datetime) -> tuple[int, int]:
        """(open, of them created before ``stale_before``)."""
        p = PaymentProposal
        stmt = self._scoped(
            select(func.count(), func.count().filter(p.created_at < stale_before))
            .select_from(p)
            .join(Policy, Policy.id == p.policy_id)
            .where(p.status.in_(OPEN_PROPOSALS))
        )
        total, stale = (await self.session.execute(stmt)).one()
        return int(total), int(stale)
