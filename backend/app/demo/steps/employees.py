"""Demo employees, their logins, departments and roles (one login per role at least).

Idempotent by username: an existing demo user is kept (and reused by later steps). The bulk path is
the normal one: a few dozen rows.
"""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import func, insert, select

from app.demo.context import DemoContext
from app.demo.data import names
from app.demo.generators import curp, mobile_phone, person_rfc
from app.demo.logins import DEMO_LOGINS, DEMO_PASSWORD, DemoLogin
from app.demo.steps.addresses import AddressFactory, insert_addresses
from app.models import Employee, EmployeeDepartment, User, UserRole

# Argon2id as the auth module will use it (domain §10: t=3, m=64 MiB, p=4).
_HASHER = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4)
_EMAIL_DOMAIN = "protegrt.mx"


async def hash_demo_password() -> str:
    """Hashed once and shared by every demo user (hashing is deliberately slow)."""
    return await asyncio.to_thread(_HASHER.hash, DEMO_PASSWORD)


def _person(rng: random.Random, login: DemoLogin, reference: date) -> dict[str, Any]:
    female = rng.random() < 0.45
    first = names.given_name(rng, female)
    last = names.surname(rng)
    second = names.surname(rng)
    birth = reference - timedelta(days=rng.randrange(22 * 365, 60 * 365))
    hire = reference - timedelta(days=rng.randrange(60, 15 * 365))
    return {
        "code": login.code,
        "first_name": first,
        "last_name": last,
        "second_last_name": second,
        "birth_date": birth,
        "gender": "female" if female else "male",
        "phone": mobile_phone(rng),
        "email": f"{login.username}@{_EMAIL_DOMAIN}",
        "rfc": person_rfc(first, last, second, birth, rng),
        "curp": curp(first, last, second, birth, female, rng),
        "hire_date": hire,
        "emergency_contact_name": f"{names.given_name(rng, rng.random() < 0.5)} {last} {names.surname(rng)}",
        "emergency_contact_phone": mobile_phone(rng),
        "is_seller": login.is_seller,
        "is_collector": login.is_collector,
        "is_adjuster": login.is_adjuster,
        "is_active": True,
    }


async def run(ctx: DemoContext) -> None:
    session = ctx.session
    existing = await session.execute(
        select(User.username, User.id, User.employee_id).where(
            func.lower(User.username).in_([login.username for login in DEMO_LOGINS])
        )
    )
    for username, user_id, employee_id in existing:
        ctx.users[username.lower()] = int(user_id)
        ctx.employees[username.lower()] = int(employee_id)
    missing = [login for login in DEMO_LOGINS if login.username not in ctx.users]
    if missing:
        await _create(ctx, missing)
    codes = await session.execute(select(Employee.code, Employee.id).where(Employee.code.is_not(None)))
    ctx.employee_codes = {str(code): int(ident) for code, ident in codes}


async def _create(ctx: DemoContext, logins: list[DemoLogin]) -> None:
    session = ctx.session
    rng = ctx.rng("employees")
    reference = date(2026, 1, 1)  # fixed, so the data does not depend on the day it is generated
    password_hash = await hash_demo_password()
    now = datetime.now(UTC)
    factory = AddressFactory(ctx, rng)
    people = [_person(rng, login, reference) for login in logins]
    address_ids = await insert_addresses(ctx, [factory.make() for _ in logins])
    for login, person, address_id in zip(logins, people, address_ids, strict=True):
        employee_id = await session.scalar(
            insert(Employee).values(**person, address_id=address_id).returning(Employee.id)
        )
        assert employee_id is not None
        user_id = await session.scalar(
            insert(User)
            .values(
                employee_id=employee_id,
                username=login.username,
                password_hash=password_hash,
                is_active=True,
                must_change_password=False,
                password_changed_at=now,
            )
            .returning(User.id)
        )
        assert user_id is not None
        await session.execute(
            insert(EmployeeDepartment).values(
                employee_id=employee_id,
                department_id=ctx.departments[login.home_department],
                is_manager=login.is_manager,
            )
        )
        await session.execute(
            insert(UserRole).values(
                user_id=user_id,
                role_id=ctx.roles[login.role],
                department_id=ctx.departments[login.department] if login.department else None,
            )
        )
        ctx.employees[login.username] = int(employee_id)
        ctx.users[login.username] = int(user_id)
    ctx.add_count("employee", len(logins))
    ctx.add_count("app_user", len(logins))
