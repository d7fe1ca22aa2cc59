"""The receipt lifecycle as a table: every (state, action) pair, legal or not, through the service.

The pure table (``next_status``) is checked for all 49 pairs; then each pair is run through the
public service method that performs it, on a receipt in that state, and the outcome is the new
status or the exact error code.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import product

import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.database import UnitOfWork
from app.core.exceptions import AppError
from app.models import Receipt
from app.models.receipt import ReceiptStatus as S
from app.modules.receipts.exceptions import IllegalTransitionError
from app.modules.receipts.lifecycle import TRANSITIONS, next_status
from app.modules.receipts.lifecycle import ReceiptAction as A
from app.modules.receipts.schemas import AssignIn
from app.modules.receipts.service import ReceiptService
from tests.fixtures.auth import MakeUser
from tests.modules.receipts.conftest import add_receipt

NOW = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)
ILLEGAL = "RECEIPT_ILLEGAL_TRANSITION"

#: the whole table: (state, action) -> new state, or the error code
EXPECTED: dict[tuple[S, A], S | str] = {
    # assign: only an unassigned receipt
    (S.UNASSIGNED, A.ASSIGN): S.ASSIGNED,
    **{(s, A.ASSIGN): ILLEGAL for s in S if s != S.UNASSIGNED},
    # use: refused by verification, one code per reason
    (S.UNASSIGNED, A.USE): "RECEIPT_NOT_ASSIGNED_TO_HOLDER",
    (S.ASSIGNED, A.USE): S.USED,
    (S.USED, A.USE): "RECEIPT_USED",
    (S.DELIVERED, A.USE): "RECEIPT_USED",
    (S.LOST, A.USE): "RECEIPT_LOST",
    (S.CANCELLED_UNDELIVERED, A.USE): "RECEIPT_CANCELLED",
    (S.CANCELLED, A.USE): "RECEIPT_CANCELLED",
    # deliver: only a used receipt
    (S.USED, A.DELIVER): S.DELIVERED,
    **{(s, A.DELIVER): ILLEGAL for s in S if s != S.USED},
    # mark lost (manual): only an assigned receipt
    (S.ASSIGNED, A.MARK_LOST): S.LOST,
    **{(s, A.MARK_LOST): ILLEGAL for s in S if s != S.ASSIGNED},
    # expire (the hourly job): only an assigned receipt; any other state is left as it is
    (S.ASSIGNED, A.EXPIRE): S.LOST,
    **{(s, A.EXPIRE): s for s in S if s != S.ASSIGNED},
    # cancel: before use -> cancelled_undelivered; used/delivered -> cancelled (payment reversal)
    (S.UNASSIGNED, A.CANCEL): S.CANCELLED_UNDELIVERED,
    (S.ASSIGNED, A.CANCEL): S.CANCELLED_UNDELIVERED,
    (S.USED, A.CANCEL): S.CANCELLED,
    (S.DELIVERED, A.CANCEL): S.CANCELLED,
    (S.LOST, A.CANCEL): ILLEGAL,
    (S.CANCELLED_UNDELIVERED, A.CANCEL): ILLEGAL,
    (S.CANCELLED, A.CANCEL): ILLEGAL,
    # return (reversal, receipt back to its holder): only used/delivered
    (S.USED, A.RETURN): S.ASSIGNED,
    (S.DELIVERED, A.RETURN): S.ASSIGNED,
    **{(s, A.RETURN): ILLEGAL for s in S if s not in (S.USED, S.DELIVERED)},
}


def test_the_expected_table_covers_every_pair() -> None:
    assert set(EXPECTED) == set(product(S, A))


@pytest.mark.parametrize(("state", "action"), list(product(S, A)), ids=lambda v: str(v))
def test_pure_table(state: S, action: A) -> None:
    if (state, action) in TRANSITIONS:
        assert next_status(state, action) == TRANSITIONS[(state, action)]
        return
    with pytest.raises(IllegalTransitionError) as err:
        next_status(state, action, number="A0001")
    assert err.value.error_code == ILLEGAL
    assert err.value.fields == {"from": state.value, "action": action.value}
    assert "A0001" in err.value.detail


@pytest.mark.parametrize(("state", "action"), list(product(S, A)), ids=lambda v: str(v))
async def test_service_table(session: AsyncSession, make_user: MakeUser, state: S, action: A) -> None:
    collector = await make_user(is_collector=True, login=False)
    policy_id = None
    receipt = await add_receipt(session, "Q0001", state, collector_id=collector.employee_id, at=NOW)
    receipt_id = receipt.id
    await session.commit()  # keep the setup; a refused action rolls back only its own work
    service = ReceiptService(session)
    expected = EXPECTED[(state, action)]

    async def run() -> None:
        async with UnitOfWork(session):
            if action == A.ASSIGN:
                await service.assign(
                    AssignIn(first="Q0001", last="Q0001", collector_id=collector.employee_id), at=NOW
                )
            elif action == A.USE:
                await service.use(
                    "Q0001",
                    payment_id=None,
                    policy_id=policy_id,
                    holder_employee_id=collector.employee_id,
                    at=NOW,
                )
            elif action == A.DELIVER:
                await service.mark_delivered([receipt_id], at=NOW)
            elif action == A.MARK_LOST:
                await service.mark_lost(receipt_id, reason="Se extravió en ruta", at=NOW)
            elif action == A.EXPIRE:
                await session.execute(
                    update(Receipt)
                    .where(Receipt.id == receipt_id)
                    .values(loss_due_at=NOW - timedelta(seconds=1))
                )
                await service.process_due_losses(NOW)
            elif action == A.CANCEL:
                if state in (S.USED, S.DELIVERED):  # the payments reversal path
                    await service.release(receipt_id, mode="cancel", at=NOW)
                else:
                    await service.cancel(receipt_id, reason="Talonario dañado", at=NOW)
            else:
                await service.release(receipt_id, mode="return", at=NOW)

    if isinstance(expected, S):
        await run()
        assert await _status(session, receipt_id) == expected
    else:
        with pytest.raises(AppError) as err:
            await run()
        assert err.value.error_code == expected
        assert await _status(session, receipt_id) == state  # refused: nothing changed


async def _status(session: AsyncSession, receipt_id: int) -> S:
    status = await session.scalar(select(Receipt.status).where(Receipt.id == receipt_id))
    assert status is not None
    return status
