"""Cancellations: the module's SQL. A cancellation locks the policy first, then its installments
and card (the same order as the payments and promotions modules), so two concurrent cancellations
of one policy serialise on the policy row."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar, cast

from sqlalchemy import Row, Select, func, or_, select

from app.core.repository import Repository
from app.models import (
    CancellationCode,
    Card,
    Client,
    CollectionAssignment,
    Payment,
    Policy,
    PolicyCancellation,
)
from app.modules.cancellations.exceptions import (
    CancellationCodeNotFoundError,
    CancellationNotFoundError,
    PolicyNotFoundError,
)


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class CancellationCodeRepository(Repository[CancellationCode]):
    model = CancellationCode
    not_found_error = CancellationCodeNotFoundError

    async def all(self) -> list[CancellationCode]:
        return await self.get_all(self.base_statement().order_by(CancellationCode.code))


#: the columns of the cancellations list (screens §1.9)
LIST_COLUMNS = (
    PolicyCancellation,
    Policy.folio,
    Policy.client_id,
    Policy.notes,
    Client.full_name,
    CancellationCode.description,
    CancellationCode.highlight,
)


class CancellationRepository(Repository[PolicyCancellation]):
    model = PolicyCancellation
    not_found_error = CancellationNotFoundError
    sortable: ClassVar = {
        "cancelled_at": PolicyCancellation.cancelled_at,
        "folio": Policy.folio,
        "code": PolicyCancellation.code,
        "client": Client.full_name,
    }
    default_sort = "-cancelled_at"

    def listing(self) -> Select[Any]:
        stmt = (
            select(*LIST_COLUMNS)
            .join(Policy, Policy.id == PolicyCancellation.policy_id)
            .join(Client, Client.id == Policy.client_id)
            .join(CancellationCode, CancellationCode.code == PolicyCancellation.code)
        )
        return cast(Select[Any], stmt)

    def search(
        self, *, q: str | None, since: datetime | None, code: str | None, undone: bool | None
    ) -> Select[Any]:
        stmt = self.listing()
        if q:
            text_q = q.strip()
            conditions = [
                func.immutable_unaccent(func.lower(Client.full_name)).like(
                    func.concat("%", func.immutable_unaccent(func.lower(_like_escape(text_q))), "%"),
                    escape="\\",
                ),
                func.upper(Policy.contract_folio) == text_q.upper(),
            ]
            if text_q.isdigit() and len(text_q) <= 9:
                conditions.append(Policy.folio == int(text_q))
            stmt = stmt.where(or_(*conditions))
        if since is not None:
            stmt = stmt.where(PolicyCancellation.cancelled_at >= since)
        if code:
            stmt = stmt.where(PolicyCancellation.code == code)
        if undone is True:
            stmt = stmt.where(PolicyCancellation.undone_at.is_not(None))
        elif undone is False:
            stmt = stmt.where(PolicyCancellation.undone_at.is_(None))
        return stmt

    async def page_rows(
        self, stmt: Select[Any], *, page: int, size: int, sort: str | None
    ) -> tuple[list[Row[Any]], int]:
        total = await self.count(stmt)
        ordered = self.apply_sort(stmt, sort)
        rows = (await self.session.execute(ordered.limit(size).offset((page - 1) * size))).all()
        return list(rows), total

    async def row(self, cancellation_id: int) -> Row[Any]:
        row = (
            await self.session.execute(self.listing().where(PolicyCancellation.id == cancellation_id))
        ).one_or_none()
        if row is None:
            raise CancellationNotFoundError()
        found: Row[Any] = row
        return found

    async def policy_id_of(self, cancellation_id: int) -> int:
        policy_id = await self.session.scalar(
            select(PolicyCancellation.policy_id).where(PolicyCancellation.id == cancellation_id)
        )
        if policy_id is None:
            raise CancellationNotFoundError()
        return int(policy_id)


class CancellationTargetRepository(Repository[Policy]):
    """The rows a cancellation changes: the policy, its installments and its card."""

    model = Policy
    not_found_error = PolicyNotFoundError

    async def lock_policy(self, policy_id: int) -> Policy:
        return await self.get(policy_id, for_update=True)

    async def payments(self, policy_id: int) -> list[Payment]:
        stmt = (
            select(Payment)
            .where(Payment.policy_id == policy_id)
            .order_by(Payment.payment_number)
            .with_for_update()
        )
        return list((await self.session.scalars(stmt)).all())

    async def card(self, policy_id: int) -> Card | None:
        stmt = select(Card).where(Card.policy_id == policy_id).with_for_update()
        return (await self.session.scalars(stmt)).one_or_none()

    async def add_assignment(self, assignment: CollectionAssignment) -> None:
        self.session.add(assignment)
        await self.session.flush()
