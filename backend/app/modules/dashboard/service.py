"""The home summary (screens §1.1): what the caller may read, computed set-based.

Sections and the permission that shows each (a section the caller may not read is ``None``):

- ``policies`` (``policies.read`` or ``policies.read_own``): counts by status, new today, latest;
- ``payments`` (``payments.read``): payments and partials received today (count and total, net
  of reversals), latest ledger entries;
- ``cancellations`` (``cancellations.read``): cancellations today still standing, latest;
- ``proposals`` (``proposals.read``): field proposals waiting for authorization and how many of
  them wait longer than the configured hours (``proposal_stale_hours``, 48 by default).

Scope: a seller (``policies.read_own``) without a dashboard permission (``dashboard.read`` /
``dashboard.global``) sees only their own policies, and every section counts only what hangs
from them. "Today" is the America/Mexico_City calendar day of the clock, an input.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Final

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import MEXICO_CITY, Clock
from app.models.enums import PolicyStatus
from app.modules.auth.dependencies import Principal
from app.modules.authorization.service import stale_hours
from app.modules.dashboard.repository import DashboardRepository
from app.modules.dashboard.schemas import (
    CancellationsSection,
    DashboardSummary,
    PaymentsSection,
    PoliciesSection,
    PolicyStatusCount,
    ProposalsSection,
    RecentCancellation,
    RecentPayment,
    RecentPolicy,
)

RECENT_LIMIT: Final = 8
#: the order the home shows them in
STATUS_ORDER: Final = (
    PolicyStatus.ACTIVE,
    PolicyStatus.PENDING,
    PolicyStatus.MOROSA,
    PolicyStatus.PRE_EFFECTIVE,
    PolicyStatus.SUSPENDED,
    PolicyStatus.CANCELLED,
    PolicyStatus.EXPIRED,
)


def own_only(principal: Principal) -> bool:
    """A seller's home is about their own portfolio; managers and admins see the company's."""
    return (
        principal.can("policies.read_own")
        and not principal.can("dashboard.read")
        and not principal.can("dashboard.global")
    )


class DashboardService:
    def __init__(self, session: AsyncSession, principal: Principal, clock: Clock) -> None:
        self.session = session
        self.principal = principal
        self.clock = clock
        self.own_only = own_only(principal)
        self.repo = DashboardRepository(session, seller_id=principal.employee_id if self.own_only else None)

    def _today_bounds(self) -> tuple[datetime, datetime]:
        today = self.clock.today()
        start = datetime.combine(today, time(0), tzinfo=MEXICO_CITY)
        end = datetime.combine(today + timedelta(days=1), time(0), tzinfo=MEXICO_CITY)
        return start, end

    async def summary(self) -> DashboardSummary:
        can = self.principal.can
        return DashboardSummary(
            as_of=self.clock.today(),
            generated_at=self.clock.now(),
            own_only=self.own_only,
            policies=await self._policies() if can("policies.read") or can("policies.read_own") else None,
            payments=await self._payments() if can("payments.read") else None,
            cancellations=await self._cancellations() if can("cancellations.read") else None,
            proposals=await self._proposals() if can("proposals.read") else None,
        )

    async def _policies(self) -> PoliciesSection:
        start, end = self._today_bounds()
        counts = await self.repo.policy_counts(start=start, end=end)
        recent = await self.repo.recent_policies(RECENT_LIMIT)
        return PoliciesSection(
            by_status=[PolicyStatusCount(status=s, count=counts.get(s, (0, 0))[0]) for s in STATUS_ORDER],
            total=sum(n for n, _ in counts.values()),
            new_today=sum(new for _, new in counts.values()),
            recent=[RecentPolicy.model_validate(r._mapping) for r in recent],
        )

    async def _payments(self) -> PaymentsSection:
        start, end = self._today_bounds()
        count, total = await self.repo.payments_received(start=start, end=end)
        recent = await self.repo.recent_payments(RECENT_LIMIT)
        return PaymentsSection(
            received_today=count,
            received_today_total=total,
            recent=[RecentPayment.model_validate(r._mapping) for r in recent],
        )

    async def _cancellations(self) -> CancellationsSection:
        start, end = self._today_bounds()
        return CancellationsSection(
            today=await self.repo.cancellations_count(start=start, end=end),
            recent=[
                RecentCancellation.model_validate(r._mapping)
                for r in await self.repo.recent_cancellations(RECENT_LIMIT)
            ],
        )

    async def _proposals(self) -> ProposalsSection:
        hours = await stale_hours(self.session)
        stale_before = self.clock.now() - timedelta(hours=hours)
        pending, stale = await self.repo.open_proposals(stale_before=stale_before)
        return ProposalsSection(pending=pending, stale=stale, stale_hours=hours)
