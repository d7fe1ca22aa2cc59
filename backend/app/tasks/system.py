"""System jobs."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import text

from app.core.clock import system_clock
from app.core.config import Settings, get_settings
from app.core.redis import build_redis
from app.tasks import celery
from app.tasks.base import run_async, task_unit_of_work

HEARTBEAT_KEY = "protegrt:celery:heartbeat"
HEARTBEAT_TTL_S = 600


async def heartbeat_body(settings: Settings | None = None) -> str:
    """Touch the database through a task unit of work, then record the time in Redis."""
    settings = settings or get_settings()
    async with task_unit_of_work("system.heartbeat", settings) as session:
        await session.execute(text("SELECT 1"))
    stamp = datetime.now(UTC).isoformat()
    redis = build_redis(settings.redis_url)
    try:
        await redis.set(HEARTBEAT_KEY, stamp, ex=HEARTBEAT_TTL_S)
    finally:
        await redis.aclose()
    return stamp


@celery.task(name="system.heartbeat")  # type: ignore[untyped-decorator]
def heartbeat() -> str:
    return run_async(heartbeat_body)


async def ensure_audit_partitions_body(
    as_of: date | None = None, settings: Settings | None = None
) -> list[str]:
    """Create this month's and next month's ``audit_log`` partitions ahead of time (idempotent).

    Runs on the 25th (domain.md §10): a month's partition cannot be created once the default
    partition already holds rows of that month."""
    today = as_of or system_clock.today()
    next_month = date(today.year + (today.month == 12), today.month % 12 + 1, 1)
    async with task_unit_of_work("system.ensure_audit_partitions", settings) as session:
        names = []
        for month in (today.replace(day=1), next_month):
            result = await session.execute(text("SELECT audit_log_ensure_partition(:m)::text"), {"m": month})
            names.append(str(result.scalar_one()))
    return names


@celery.task(name="system.ensure_audit_partitions")  # type: ignore[untyped-decorator]
def ensure_audit_partitions() -> list[str]:
    return run_async(ensure_audit_partitions_body)
