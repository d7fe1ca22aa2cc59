"""Policy creation with real commits: all-or-nothing when a late step fails, folios from the
sequence under concurrency, and one winner for a contested contract folio."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import httpx
import pytest
from redis.asyncio import Redis
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.clock import FrozenClock
from app.core.config import get_settings
from app.core.database import UnitOfWork
from app.models import (
    AuditLog,
    Card,
    CollectionAssignment,
    Coverage,
    Department,
    Employee,
    EmployeeDepartment,
    Payment,
    Policy,
    PromotionApplication,
    Role,
    StatusUpdateRun,
    User,
    UserRole,
    Vehicle,
)
from app.models.enums import PaymentPlan, ServiceType
from app.modules.policies.schemas import PolicyCreate
from app.modules.policies.service import Actor, ContractFolioExistsError, PolicyService
from tests.fixtures.auth import Subject, mint
from tests.fixtures.factories import make_client, make_vehicle
from tests.modules.policies.conftest import API, TODAY

pytestmark = pytest.mark.commit

Maker = async_sessionmaker[AsyncSession]


async def committed_seller(maker: Maker, redis: Redis, clock: FrozenClock) -> Subject:
    """A vendedor of Ventas who sells (committed, with a live session)."""
    async with maker() as s:
        employee = Employee(
            first_name="Vendedora", last_name="Concurrente", is_seller=True, is_collector=True
        )
        s.add(employee)
        await s.flush()
        ventas = await s.scalar(select(Department).where(Department.code == "ventas"))
        role = await s.scalar(select(Role).where(Role.code == "vendedor"))
        assert ventas is not None and role is not None
        s.add(EmployeeDepartment(employee_id=employee.id, department_id=ventas.id))
        user = User(
            employee_id=employee.id,
            username=f"vendedora_{uuid.uuid4().hex[:8]}",
            password_hash="-",
            is_active=True,
            must_change_password=False,
        )
        s.add(user)
        await s.flush()
        s.add(UserRole(user_id=user.id, role_id=role.id, department_id=ventas.id))
        subject = Subject(user_id=user.id, employee_id=employee.id, username=user.username)
        await mint(s, redis, subject, now=clock.now())
        await s.commit()
    return subject


async def committed_sale(maker: Maker, *, owned: bool = True) -> dict[str, Any]:
    """A client and a vehicle (committed) and the RC BASICA car coverage, as a request body."""
    async with maker() as s:
        owner = await make_client(s)
        vehicle = await make_vehicle(s, owner if owned else None)
        coverage = await s.scalar(
            select(Coverage.id).where(
                Coverage.name == "RC BASICA",
                Coverage.vehicle_key == 101,
                Coverage.service_type == ServiceType.PRIVATE,
            )
        )
        await s.commit()
    return {
        "client_id": owner.id,
        "vehicle_id": vehicle.id,
        "coverage_id": coverage,
        "payment_plan": "monthly_7",
        "contract_folio": f"CT-{vehicle.id}",
    }


async def count(maker: Maker, model: Any) -> int:
    async with maker() as s:
        return int(await s.scalar(select(func.count()).select_from(model)) or 0)


async def assert_nothing_was_created(maker: Maker, vehicle_id: int) -> None:
    for model in (
        Policy,
        Payment,
        Card,
        CollectionAssignment,
        PromotionApplication,
        StatusUpdateRun,
        AuditLog,
    ):
        assert await count(maker, model) == 0, model.__name__
    async with maker() as s:
        assert (await s.get(Vehicle, vehicle_id)).client_id is None  # type: ignore[union-attr]


async def test_a_failing_promotion_rolls_back_the_whole_creation(
    committing_client: httpx.AsyncClient, committing_sessionmaker: Maker, redis: Redis, clock: FrozenClock
) -> None:
    seller = await committed_seller(committing_sessionmaker, redis, clock)
    body = await committed_sale(committing_sessionmaker, owned=False)
    r = await committing_client.post(
        API, headers=seller.headers, json={**body, "promotion_codes": ["NOEXISTE"]}
    )
    assert (r.status_code, r.json()["error"]) == (422, "PROMOTION_NOT_APPLICABLE")
    await assert_nothing_was_created(committing_sessionmaker, body["vehicle_id"])


async def test_a_failing_card_rolls_back_the_whole_creation(
    committing_client: httpx.AsyncClient, committing_sessionmaker: Maker, redis: Redis, clock: FrozenClock
) -> None:
    """The card is written after the policy, its installments, the vehicle's owner and the audit
    rows: make the database refuse it and check that nothing at all remains."""
    seller = await committed_seller(committing_sessionmaker, redis, clock)
    body = await committed_sale(committing_sessionmaker, owned=False)
    async with committing_sessionmaker() as s:
        await s.execute(
            text(
                "CREATE FUNCTION test_refuse_card() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN RAISE EXCEPTION 'tarjeta rechazada por la prueba'; END $$"
            )
        )
        await s.execute(
            text(
                "CREATE TRIGGER test_refuse_card BEFORE INSERT ON card "
                "FOR EACH ROW EXECUTE FUNCTION test_refuse_card()"
            )
        )
        await s.commit()
    try:
        r = await committing_client.post(API, headers=seller.headers, json=body)
        assert (r.status_code, r.json()["error"]) == (500, "INTERNAL_ERROR")
    finally:
        async with committing_sessionmaker() as s:
            await s.execute(text("DROP TRIGGER test_refuse_card ON card"))
            await s.execute(text("DROP FUNCTION test_refuse_card()"))
            await s.commit()
    await assert_nothing_was_created(committing_sessionmaker, body["vehicle_id"])
    # and the same request goes through once the card can be written
    r = await committing_client.post(API, headers=seller.headers, json=body)
    assert r.status_code == 201, r.text


async def test_concurrent_creations_never_share_a_folio(
    committing_client: httpx.AsyncClient, committing_sessionmaker: Maker, redis: Redis, clock: FrozenClock
) -> None:
    seller = await committed_seller(committing_sessionmaker, redis, clock)
    bodies = [await committed_sale(committing_sessionmaker) for _ in range(20)]
    responses = await asyncio.gather(
        *(committing_client.post(API, headers=seller.headers, json=b) for b in bodies)
    )
    assert [r.status_code for r in responses] == [201] * 20, [
        r.text for r in responses if r.status_code != 201
    ]
    folios = [r.json()["folio"] for r in responses]
    assert len(set(folios)) == 20
    assert min(folios) >= get_settings().policy_folio_start
    async with committing_sessionmaker() as s:
        stored = (await s.scalars(select(Policy.folio))).all()
        assert sorted(stored) == sorted(folios)
        # every folio came from the sequence: none above its current value
        last = await s.scalar(text("SELECT last_value FROM policy_folio_seq"))
        assert max(folios) <= int(last)
        assert await s.scalar(select(func.count()).select_from(Payment)) == 20 * 7


async def test_a_contested_contract_folio_has_exactly_one_winner(
    committing_client: httpx.AsyncClient, committing_sessionmaker: Maker, redis: Redis, clock: FrozenClock
) -> None:
    seller = await committed_seller(committing_sessionmaker, redis, clock)
    bodies = [
        {**await committed_sale(committing_sessionmaker), "contract_folio": "DISPUTADO-1"} for _ in range(8)
    ]
    responses = await asyncio.gather(
        *(committing_client.post(API, headers=seller.headers, json=b) for b in bodies)
    )
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [201] + [409] * 7, [r.text for r in responses]
    assert {r.json()["error"] for r in responses if r.status_code == 409} == {"CONTRACT_FOLIO_EXISTS"}
    async with committing_sessionmaker() as s:
        assert await s.scalar(select(func.count()).select_from(Policy)) == 1
        assert await s.scalar(select(func.count()).select_from(Payment)) == 7


async def test_the_unique_index_decides_when_both_pass_the_check(
    committing_sessionmaker: Maker, redis: Redis, clock: FrozenClock
) -> None:
    """Two creations that both pass the contract-folio check: the second blocks on the unique
    index until the first commits, then answers CONTRACT_FOLIO_EXISTS (never a 500)."""
    seller = await committed_seller(committing_sessionmaker, redis, clock)
    actor = Actor(
        user_id=seller.user_id,
        employee_id=seller.employee_id,
        is_seller=True,
        may_assign_seller=False,
        manages_sales=False,
    )
    first = PolicyCreate.model_validate(
        {**await committed_sale(committing_sessionmaker), "contract_folio": "X-9"}
    )
    second = PolicyCreate.model_validate(
        {**await committed_sale(committing_sessionmaker), "contract_folio": "X-9"}
    )
    assert first.payment_plan == PaymentPlan.MONTHLY_7

    async with committing_sessionmaker() as a, UnitOfWork(a) as uow_a:
        await PolicyService(a, today=TODAY, actor=actor).create(first)  # flushed, not committed

        async def contender() -> None:
            async with committing_sessionmaker() as b, UnitOfWork(b):
                await PolicyService(b, today=TODAY, actor=actor).create(second)

        task = asyncio.create_task(contender())
        async with committing_sessionmaker() as watcher:
            for _ in range(200):  # wait until the contender waits on the first one's row
                waiting = await watcher.scalar(text("SELECT count(*) FROM pg_locks WHERE NOT granted"))
                await watcher.rollback()
                if waiting:
                    break
                await asyncio.sleep(0.02)
            else:
                pytest.fail("the second creation never waited on the unique index")
        assert not task.done()
        await uow_a.commit()
    with pytest.raises(ContractFolioExistsError):
        await task
    assert await count(committing_sessionmaker, Policy) == 1
