"""Entry points of the demo data generator."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from sqlalchemy import exists, func, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.demo.context import DemoContext
from app.demo.logins import DEMO_PASSWORD, DEMO_USERNAMES
from app.demo.steps import STEPS
from app.models import Client, User
from app.seed import SeedReport, run_seed

BULK_THRESHOLD = 20_000
"""From this many clients the bulk (COPY) path is used unless told otherwise."""


@dataclass(slots=True)
class DemoReport:
    seed: int
    scale_clients: int
    bulk: bool
    password: str
    counts: dict[str, int] = field(default_factory=dict)  # table -> rows created
    timings: dict[str, float] = field(default_factory=dict)  # step -> seconds
    seed_report: SeedReport | None = None

    @property
    def elapsed(self) -> float:
        return sum(self.timings.values())

    def lines(self) -> list[str]:
        """Human-readable summary (for the CLI)."""
        out = [f"{table}: {n} filas" for table, n in self.counts.items()]
        out.append(f"tiempo: {self.elapsed:.1f} s ({'COPY masivo' if self.bulk else 'INSERT'})")
        return out


async def demo_data_present(session: AsyncSession) -> bool:
    """True if the database already has clients or any demo login (``--if-empty`` skips then)."""
    stmt = select(
        or_(
            exists(select(Client.id)),
            exists(select(User.id).where(func.lower(User.username).in_(sorted(DEMO_USERNAMES)))),
        )
    )
    return bool(await session.scalar(stmt))


async def generate_demo(
    session: AsyncSession,
    *,
    scale_clients: int = 2000,
    seed: int = 2026,
    bulk: bool | None = None,
) -> DemoReport:
    """Create demo employees/logins, clients, addresses and vehicles; deterministic for a ``seed``.

    Runs the (idempotent) reference seed first. ``bulk`` None chooses the COPY path from
    ``BULK_THRESHOLD`` clients. The caller owns the transaction and commits; this only flushes.
    """
    use_bulk = scale_clients >= BULK_THRESHOLD if bulk is None else bulk
    report = DemoReport(seed=seed, scale_clients=scale_clients, bulk=use_bulk, password=DEMO_PASSWORD)
    started = time.perf_counter()
    report.seed_report = await run_seed(session)
    report.timings["seed"] = time.perf_counter() - started
    if use_bulk:
        # Large INSERT ... SELECT / COPY statements may exceed the API's statement timeout.
        await session.execute(text("SET LOCAL statement_timeout = 0"))
    ctx = DemoContext(session=session, seed=seed, scale_clients=scale_clients, bulk=use_bulk)
    await ctx.load_reference()
    for step in STEPS:
        started = time.perf_counter()
        await step.run(ctx)
        report.timings[step.name] = time.perf_counter() - started
    if use_bulk:
        started = time.perf_counter()
        await session.execute(text("ANALYZE address, client, vehicle"))
        report.timings["analyze"] = time.perf_counter() - started
    await session.flush()
    report.counts = dict(ctx.counts)
    return report
