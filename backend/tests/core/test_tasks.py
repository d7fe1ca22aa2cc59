from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from celery.canvas import Signature
from redis.asyncio import Redis
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from app.core.config import get_settings
from app.core.database import UnitOfWork
from app.tasks import celery
from app.tasks.base import enqueue_after_commit
from app.tasks.system import HEARTBEAT_KEY, ensure_audit_partitions_body, heartbeat_body


def test_celery_configuration() -> None:
    conf = celery.conf
    assert conf.task_acks_late is True
    assert conf.task_reject_on_worker_lost is True
    assert conf.timezone == "America/Mexico_City"
    assert conf.broker_url == get_settings().broker_url
    assert conf.beat_schedule["system-heartbeat"]["task"] == "system.heartbeat"
    assert "system.heartbeat" in celery.tasks
    assert conf.beat_schedule["audit-partitions"]["task"] == "system.ensure_audit_partitions"


async def test_heartbeat_body_uses_its_own_unit_of_work_and_records_in_redis(
    database_url: str, redis: Redis
) -> None:
    await redis.delete(HEARTBEAT_KEY)
    stamp = await heartbeat_body()
    assert await redis.get(HEARTBEAT_KEY) == stamp
    assert 0 < await redis.ttl(HEARTBEAT_KEY) <= 600


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """Captures Celery sends at the broker boundary."""
    calls: list[tuple[str, Any]] = []

    def fake_apply_async(self: Signature, *args: Any, **kwargs: Any) -> None:
        calls.append((self.task, self.args))

    monkeypatch.setattr(Signature, "apply_async", fake_apply_async)
    return calls


async def test_jobs_are_sent_only_after_commit(session: AsyncSession, sent: list[tuple[str, Any]]) -> None:
    async with UnitOfWork(session):
        enqueue_after_commit(celery.signature("system.heartbeat", args=(42,)))
        assert sent == []
    assert sent == [("system.heartbeat", (42,))]

    with pytest.raises(RuntimeError):
        async with UnitOfWork(session):
            enqueue_after_commit(celery.signature("system.heartbeat"))
            raise RuntimeError("rollback")
    assert len(sent) == 1


async def test_audit_partitions_are_created_ahead_and_idempotent(database_url: str) -> None:
    names = await ensure_audit_partitions_body(date(2031, 12, 25))
    assert names == ["audit_log_p203112", "audit_log_p203201"]
    assert await ensure_audit_partitions_body(date(2031, 12, 26)) == names
    engine = create_async_engine(database_url)
    try:
        async with engine.begin() as conn:
            rows = await conn.execute(
                text(
                    "SELECT relname FROM pg_class WHERE relname IN ('audit_log_p203112', 'audit_log_p203201')"
                )
            )
            assert sorted(r[0] for r in rows) == names
            # clean up: this test commits for real
            await conn.execute(text("DROP TABLE audit_log_p203112, audit_log_p203201"))
    finally:
        await engine.dispose()
