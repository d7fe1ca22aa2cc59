"""The baseline of bench/status_updater.py: the StatusUpdater's rules applied row by row, the way
the legacy nightly job works. Kept ONLY here: the application never does this.

For each policy: SELECT the policy, SELECT its installments, compute each installment's status in
Python, UPDATE every changed installment individually, then UPDATE the policy if its status
changed. Same rules as ``app/modules/policies/status_updater.py`` (domain.md §4); unlike it, no
audit rows and no run log, so the comparison flatters the baseline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

UNPAID = frozenset({"pending", "late", "overdue"})
MANUAL = frozenset({"cancelled", "suspended"})

_POLICY = text("SELECT status::text, effective_date, expiration_date FROM policy WHERE id = :id")
_INSTALLMENTS = text(
    "SELECT id, payment_number, due_date, status::text FROM payment "
    "WHERE policy_id = :id ORDER BY payment_number"
)
_UPDATE_INSTALLMENT = text(
    "UPDATE payment SET status = CAST(:status AS payment_status), updated_at = now() WHERE id = :id"
)
_UPDATE_POLICY = text(
    "UPDATE policy SET status = CAST(:status AS policy_status), updated_at = now() WHERE id = :id"
)


@dataclass
class BaselineResult:
    policies_seen: int = 0
    installments_changed: int = 0
    policies_changed: int = 0
    statements: int = 0


def installment_status(due: date, as_of: date, late_days: int) -> str:
    days = (as_of - due).days
    if days <= 0:
        return "pending"
    return "late" if days <= late_days else "overdue"


def policy_status(
    installments: Sequence[tuple[int, str]], effective: date, expiration: date, as_of: date
) -> str:
    """First match wins: morosa > pre_effective > pending > active > expired."""
    if any(status in ("late", "overdue") for _, status in installments):
        return "morosa"
    if effective > as_of:
        return "pre_effective"
    first = next((status for number, status in installments if number == 1), None)
    if first != "paid":
        return "pending"
    return "active" if as_of <= expiration else "expired"


async def run_baseline(
    session: AsyncSession, policy_ids: Sequence[int], as_of: date, late_days: int = 5
) -> BaselineResult:
    result = BaselineResult()
    for policy_id in policy_ids:
        result.policies_seen += 1
        row = (await session.execute(_POLICY, {"id": policy_id})).one()
        result.statements += 1
        status, effective, expiration = row
        if status in MANUAL:
            continue
        rows = (await session.execute(_INSTALLMENTS, {"id": policy_id})).all()
        result.statements += 1
        computed: list[tuple[int, str]] = []
        for payment_id, number, due, current in rows:
            new = current
            if current in UNPAID:
                new = installment_status(due, as_of, late_days)
                if new != current:
                    await session.execute(_UPDATE_INSTALLMENT, {"status": new, "id": payment_id})
                    result.statements += 1
                    result.installments_changed += 1
            computed.append((number, new))
        new_status = policy_status(computed, effective, expiration, as_of)
        if new_status != status:
            await session.execute(_UPDATE_POLICY, {"status": new_status, "id": policy_id})
            result.statements += 1
            result.policies_changed += 1
    return result
