"""Helpers shared by the authorization, cash and websocket tests: committed subjects, policies
and receipts written straight into a session (no HTTP), and proposal bodies."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import system_clock
from app.models import Department, Employee, EmployeeDepartment, Role, User, UserRole
from app.models.enums import PaymentPlan
from app.models.receipt import Receipt, ReceiptStatus
from tests.fixtures.auth import Subject, mint
from tests.fixtures.factories import PolicyBundle, make_policy

_receipts = itertools.count(1)
_users = itertools.count(1)

COLLECTOR = {"roles": [("cobrador", None)], "is_collector": True}
AUXILIAR_COBRANZA = {"roles": [("auxiliar", "cobranza")], "departments": [("cobranza", False)]}
GERENTE_COBRANZA = {"roles": [("gerente", "cobranza")], "departments": [("cobranza", True)]}


async def create_subject(
    session: AsyncSession,
    redis: Redis,
    *,
    roles: Sequence[tuple[str, str | None]] = (),
    departments: Sequence[tuple[str, bool]] = (),
    is_seller: bool = False,
    is_collector: bool = False,
    is_adjuster: bool = False,
    password_hash: str = "x",
) -> Subject:
    """Like the ``make_user`` fixture, on any session (committing tests commit it themselves)."""
    n = next(_users)
    employee = Employee(
        first_name="Campo",
        last_name=f"Prueba{n}",
        is_seller=is_seller,
        is_collector=is_collector,
        is_adjuster=is_adjuster,
    )
    session.add(employee)
    await session.flush()
    dept_ids = {d.code: d.id for d in (await session.scalars(select(Department))).all()}
    for dept, manager in departments:
        session.add(
            EmployeeDepartment(employee_id=employee.id, department_id=dept_ids[dept], is_manager=manager)
        )
    user = User(
        employee_id=employee.id, username=f"campo{n}_{uuid.uuid4().hex[:6]}", password_hash=password_hash
    )
    session.add(user)
    await session.flush()
    role_ids = {r.code: r.id for r in (await session.scalars(select(Role))).all()}
    for role, dept in roles:
        session.add(
            UserRole(user_id=user.id, role_id=role_ids[role], department_id=dept_ids[dept] if dept else None)
        )
    await session.flush()
    subject = Subject(user_id=user.id, employee_id=employee.id, username=user.username, roles=list(roles))
    return await mint(session, redis, subject)


async def assigned_receipt(session: AsyncSession, collector_employee_id: int | None) -> Receipt:
    """A paper receipt assigned to the collector (or to OFICINA with ``None``)."""
    seq = next(_receipts)
    receipt = Receipt(
        number=f"Q{seq:04d}",
        prefix="Q",
        seq=seq,
        status=ReceiptStatus.ASSIGNED,
        collector_id=collector_employee_id,
        at_office=collector_employee_id is None,
        assigned_at=datetime.now(UTC),
    )
    session.add(receipt)
    await session.flush()
    return receipt


async def a_policy(session: AsyncSession, *, effective: date | None = None) -> PolicyBundle:
    """A monthly_7 RC BASICA policy (1,200 + 6 x 500), by default effective 8 days ago."""
    effective = effective or system_clock.today() - timedelta(days=8)
    return await make_policy(session, effective=effective, plan=PaymentPlan.MONTHLY_7)


def proposal_body(
    payment_id: int, receipt_number: str, *, amount: Decimal | str | None = None, method: str = "cash"
) -> dict[str, Any]:
    return {
        "payment_id": payment_id,
        "amount": str(amount) if amount is not None else "1200.00",
        "method": method,
        "receipt_number": receipt_number,
        "latitude": 20.6236,
        "longitude": -103.2343,
        "device_id": "android-1234",
    }


def idem() -> dict[str, str]:
    return {"Idempotency-Key": uuid.uuid4().hex}


async def grant(session: AsyncSession, employee_id: int, permission: str) -> None:
    """An individual grant (override) of one permission to an employee."""
    from app.models import EmployeePermissionOverride, Permission
    from app.models.enums import PermissionEffect

    perm = await session.scalar(select(Permission).where(Permission.code == permission))
    assert perm is not None
    session.add(
        EmployeePermissionOverride(
            employee_id=employee_id, permission_id=perm.id, effect=PermissionEffect.GRANT, reason="prueba"
        )
    )
    await session.flush()
