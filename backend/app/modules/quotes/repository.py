"""The quote columns of ``policy`` (the approval job's only SQL)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeAlias

from sqlalchemy import Row, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Policy

AnyRow: TypeAlias = Row[*tuple[Any, ...]]


class PolicyQuoteRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, policy_id: int) -> AnyRow | None:
        stmt = select(Policy.id, Policy.folio, Policy.quote_external_id, Policy.quote_approved_at).where(
            Policy.id == policy_id
        )
        return (await self.session.execute(stmt)).one_or_none()

    async def mark_approved(self, policy_id: int, at: datetime) -> bool:
        """Set ``quote_approved_at`` once: False when another run got there first."""
        stmt = (
            update(Policy)
            .where(Policy.id == policy_id, Policy.quote_approved_at.is_(None))
            .values(quote_approved_at=at)
            .returning(Policy.id)
        )
        return (await self.session.execute(stmt)).scalar_one_or_none() is not None
