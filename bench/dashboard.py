"""Home summary (``GET /dashboard/summary``) at 10x: p50 / p95 through the service, the same SQL
raw, and without the dashboard indexes, in one run.

Database ``protegrt_bench_search`` (the client-search benchmark's: 200,000 demo clients,
250,000 policies, ~1.7M installments; created by ``bench.client_search.prepare`` the first time,
migrated to head on every run). The demo generator writes no payments ledger and stamps every
policy with the same ``created_at``, so the first run fills, once and set-based:

- ``policy.created_at``: the sale date at a random office hour (Mexico City), never after now;
- ``payment_transaction``: one ``payment`` entry per paid installment (its amount, method,
  collector and paid date, entered that day at a random office hour), one ``partial`` (with its
  ``partial_payment``) per 80th unpaid installment, and a ``reversal`` of every 500th payment
  two hours later. Cancellations are the generator's.

"Now" is the latest ledger entry (a frozen clock), so "today" has data whatever day it runs.
Measured, each sample the best of ``--repeat`` runs (on a shared machine the best run is the
statement's own cost), each run in its own transaction like a request, on a pooled connection:

- the summary through ``DashboardService.summary()`` (what the endpoint runs) for the admin and
  for one seller (``policies.read_own``: only their policies);
- the same statements, as captured from that code path, executed raw on the asyncpg connection
  (no ORM, no schemas): the ratio is the Python overhead;
- the summary again inside one transaction that dropped the dashboard indexes (rolled back, so
  the database keeps them): the ratio is what the indexes buy.

Target: admin summary p95 < 100 ms with the indexes.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

REPO_DIR = Path(__file__).resolve().parents[1]
if str(REPO_DIR / "backend") not in sys.path:
    sys.path.insert(0, str(REPO_DIR / "backend"))

from bench.client_search import DB_NAME, _percentile, _settings, prepare  # noqa: E402

#: the migration 0013 indexes (table of each, for the report)
INDEXES = {
    "ix_policy_created_at_id": "policy",
    "ix_payment_transaction_created_at_id": "payment_transaction",
    "ix_policy_cancellation_cancelled_at_id": "policy_cancellation",
}
ADMIN = "admin"
TARGET_P95_MS = 100.0
WARM_UP = 3

FILL_POLICY_CREATED_AT = """
UPDATE policy
SET created_at = least(now(), (sale_date + time '08:00' + random() * interval '11 hours')
                              AT TIME ZONE 'America/Mexico_City')
"""
FILL_PAYMENTS = """
INSERT INTO payment_transaction
    (payment_id, kind, source, amount, method, receipt_number, paid_date, collector_id, created_at)
SELECT p.id, 'payment', 'counter', coalesce(p.paid_amount, p.amount), coalesce(p.payment_method, 'cash'),
       p.receipt_number, p.paid_date, p.collector_id,
       least(now(), (p.paid_date + time '08:00' + random() * interval '11 hours')
                    AT TIME ZONE 'America/Mexico_City')
FROM payment p WHERE p.status = 'paid'
ORDER BY p.paid_date, p.id
"""
FILL_PARTIALS = """
WITH chosen AS (
    SELECT p.id, p.amount, p.collector_id, least(p.due_date, current_date) AS paid_date
    FROM payment p
    WHERE p.status IN ('pending', 'late', 'overdue') AND p.id % 80 = 0 AND p.amount > 1
), partial AS (
    INSERT INTO partial_payment
        (payment_id, partial_number, amount, paid_date, payment_method, collector_id, created_at, updated_at)
    SELECT c.id, 1, round(c.amount / 2, 2), c.paid_date, 'cash', c.collector_id,
           least(now(), (c.paid_date + time '08:00' + random() * interval '11 hours')
                        AT TIME ZONE 'America/Mexico_City'), now()
    FROM chosen c
    RETURNING id, payment_id, amount, paid_date, collector_id, created_at
)
INSERT INTO payment_transaction
    (payment_id, partial_payment_id, kind, source, amount, method, paid_date, collector_id, created_at)
SELECT payment_id, id, 'partial', 'counter', amount, 'cash', paid_date, collector_id, created_at FROM partial
"""
FILL_REVERSALS = """
INSERT INTO payment_transaction
    (payment_id, kind, source, amount, paid_date, collector_id, reverses_id, reason, created_at)
SELECT t.payment_id, 'reversal', 'reversal', -t.amount, t.paid_date, t.collector_id, t.id,
       'Captura errónea (bench)', least(now(), t.created_at + interval '2 hours')
FROM payment_transaction t
WHERE t.kind = 'payment' AND t.amount > 0 AND t.id % 500 = 0
ORDER BY t.id
"""


def fill(url: str, say: Any) -> None:
    """The ledger and spread policy dates, once (skipped when the ledger has entries)."""
    import psycopg

    from app.core import dbadmin

    with psycopg.connect(dbadmin._conninfo(url)) as conn:
        have = conn.execute("SELECT count(*) FROM payment_transaction").fetchone()
        if have and have[0]:
            return
        started = time.perf_counter()
        say(f"Llenando el libro de pagos de {DB_NAME} (una sola vez)…")
        same_date = conn.execute("SELECT count(DISTINCT created_at) < 100 FROM policy").fetchone()
        if same_date and same_date[0]:
            conn.execute(FILL_POLICY_CREATED_AT)
        for sql in (FILL_PAYMENTS, FILL_PARTIALS, FILL_REVERSALS):
            conn.execute(sql)
        conn.commit()
    with psycopg.connect(dbadmin._conninfo(url), autocommit=True) as conn:
        conn.execute("VACUUM (ANALYZE) policy, payment_transaction, partial_payment, policy_cancellation")
    say(f"Libro de pagos listo en {time.perf_counter() - started:.1f} s.")


# -- subjects -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Subject:
    label: str
    principal: Any


async def _subjects(settings: Any, seller: str) -> tuple[Any, list[Subject], dict[str, int]]:
    """The frozen clock (now = the latest ledger entry), the admin and the seller, and the counts."""
    from sqlalchemy import func, select, text

    from app.core.clock import FrozenClock
    from app.core.database import standalone_unit_of_work
    from app.core.security import AccessClaims
    from app.models import User
    from app.modules.auth.authz import resolve_snapshot
    from app.modules.auth.dependencies import Principal

    async with standalone_unit_of_work("bench:dashboard", settings) as session:
        now = await session.scalar(text("SELECT max(created_at) FROM payment_transaction"))
        subjects = []
        for username in (ADMIN, seller):
            user_id = await session.scalar(select(User.id).where(User.username == username))
            if user_id is None:
                raise SystemExit(f"No existe el usuario «{username}» en {DB_NAME}.")
            snapshot, _ = await resolve_snapshot(session, user_id, now=now)
            claims = AccessClaims(user_id, "bench", None, now, now + timedelta(hours=1), {})
            subjects.append(Subject(username, Principal(snapshot=snapshot, claims=claims)))
        counts = {}
        for table in ("policy", "payment", "payment_transaction", "policy_cancellation"):
            counts[table] = int(await session.scalar(select(func.count()).select_from(text(table))) or 0)
    return FrozenClock(now), subjects, counts


# -- timing ---------------------------------------------------------------------------------------


@dataclass
class Run:
    label: str
    times_ms: list[float]
    #: per captured statement (first words), best ms over the samples
    statements: dict[str, float]

    def p(self, pct: float) -> float:
        return _percentile(self.times_ms, pct)


def _statement_label(sql: str) -> str:
    words = " ".join(sql.split())
    frm = words.find(" FROM ")
    where = "seller" if "seller_id =" in words else ""
    head = words[frm + 6 : frm + 6 + 40].split(" ")[0] if frm >= 0 else words[:30]
    order = " ORDER" if " ORDER BY " in words else (" GROUP" if " GROUP BY " in words else "")
    return f"{head}{order}{' ' + where if where else ''}"


async def _time_summary(
    settings: Any, clock: Any, subject: Subject, *, samples: int, repeat: int, raw: bool, drop: bool
) -> Run:
    """``samples`` summaries, each the best of ``repeat``; ``raw`` replays the captured statements
    on the asyncpg connection instead; ``drop`` runs all of them in one transaction that dropped
    the dashboard indexes and is rolled back."""
    from sqlalchemy import event, text

    from app.core.database import build_engine, build_sessionmaker
    from app.modules.dashboard.service import DashboardService

    engine = build_engine(settings.model_copy(update={"database_pool_size": 1, "database_max_overflow": 0}))
    maker = build_sessionmaker(engine)
    captured: list[tuple[str, Sequence[Any]]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, _ctx: Any, _many: bool) -> None:
        captured.append((statement, tuple(parameters or ())))

    times: list[float] = []
    best_statement: dict[str, float] = {}
    try:
        async with maker() as session:
            if drop:
                for index in INDEXES:
                    await session.execute(text(f'DROP INDEX "{index}"'))
            # the statements the endpoint runs, captured once (warm-up)
            event.listen(engine.sync_engine, "before_cursor_execute", capture)
            await DashboardService(session, subject.principal, clock).summary()
            event.remove(engine.sync_engine, "before_cursor_execute", capture)
            statements = list(captured)
            connection = await session.connection()
            driver = (await connection.get_raw_connection()).driver_connection

            async def once() -> float:
                started = time.perf_counter()
                if raw:
                    for i, (sql, params) in enumerate(statements, 1):
                        t0 = time.perf_counter()
                        await driver.fetch(sql, *params)
                        label = f"{i}. {_statement_label(sql)}"
                        ms = (time.perf_counter() - t0) * 1000
                        best_statement[label] = min(best_statement.get(label, float("inf")), ms)
                else:
                    await DashboardService(session, subject.principal, clock).summary()
                return (time.perf_counter() - started) * 1000

            for _ in range(WARM_UP):
                await once()
            for _ in range(samples):
                best = float("inf")
                for _ in range(repeat):
                    best = min(best, await once())
                    if not drop:
                        await session.rollback()  # ends the request's transaction
                        connection = await session.connection()
                        driver = (await connection.get_raw_connection()).driver_connection
                times.append(best)
            await session.rollback()
    finally:
        await engine.dispose()
    kind = "SQL directo" if raw else "servicio"
    return Run(f"{subject.label}, {kind}{', sin índices' if drop else ''}", times, best_statement)


async def _plans(settings: Any, clock: Any, subject: Subject) -> list[str]:
    """One line per statement: the plan's top scan nodes, with the indexes."""
    from sqlalchemy import event

    from app.core.database import build_engine, build_sessionmaker
    from app.modules.dashboard.service import DashboardService

    engine = build_engine(settings, pooled=False)
    captured: list[tuple[str, Sequence[Any]]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, _ctx: Any, _many: bool) -> None:
        captured.append((statement, tuple(parameters or ())))

    lines = []
    try:
        async with build_sessionmaker(engine)() as session:
            event.listen(engine.sync_engine, "before_cursor_execute", capture)
            await DashboardService(session, subject.principal, clock).summary()
            event.remove(engine.sync_engine, "before_cursor_execute", capture)
            driver = (await (await session.connection()).get_raw_connection()).driver_connection
            for i, (sql, params) in enumerate(captured, 1):
                plan = [r[0] for r in await driver.fetch("EXPLAIN (COSTS OFF) " + sql, *params)]
                scans = [
                    line.strip().removeprefix("-> ").strip()
                    for line in plan
                    if " Scan " in line or line.strip().startswith(("Seq Scan", "Index", "Bitmap"))
                ]
                label = f"{i}. {_statement_label(sql)}"
                lines.append(f"    {label:<38} {'; '.join(dict.fromkeys(scans))[:150]}")
            await session.rollback()
    finally:
        await engine.dispose()
    return lines


# -- entry point ----------------------------------------------------------------------------------


def run(argv: Sequence[str] | None = None) -> list[str]:
    parser = argparse.ArgumentParser(prog="python -m bench dashboard", description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=30, help="resúmenes medidos por caso (30)")
    parser.add_argument("--repeat", type=int, default=3, help="ejecuciones por muestra; vale la mejor (3)")
    parser.add_argument("--seller", default="vendedor4", help="usuario vendedor (vendedor4: cartera menor)")
    parser.add_argument("--scale", type=int, default=200_000, help="clientes demo de la base (200000)")
    args = parser.parse_args(list(argv or []))

    from app.core.logging import configure_logging

    configure_logging("WARNING", json=False)

    def say(line: str) -> None:
        print(line, flush=True)

    url = prepare(args.scale, rebuild=False, say=say)
    fill(url, say)
    settings = _settings(url)
    clock, subjects, counts = asyncio.run(_subjects(settings, args.seller))
    samples, repeat = max(1, args.samples), max(1, args.repeat)

    runs: dict[tuple[str, str], Run] = {}
    for subject in subjects:
        for case, raw, drop in (("svc", False, False), ("raw", True, False), ("drop", False, True)):
            say(f"Midiendo {subject.label}: {case}…")
            runs[(subject.label, case)] = asyncio.run(
                _time_summary(settings, clock, subject, samples=samples, repeat=repeat, raw=raw, drop=drop)
            )
    # per statement, without the indexes (raw, fewer samples: each is a scan of its table)
    drop_raw = {
        s.label: asyncio.run(
            _time_summary(settings, clock, s, samples=max(1, samples // 10), repeat=1, raw=True, drop=True)
        )
        for s in subjects
    }
    plans = asyncio.run(_plans(settings, clock, subjects[0]))

    lines = [
        "",
        f"Resumen de inicio — {counts['policy']:,} pólizas, {counts['payment']:,} mensualidades, "
        f"{counts['payment_transaction']:,} movimientos, {counts['policy_cancellation']:,} cancelaciones; "
        f"hoy = {clock.today().isoformat()} (cada muestra, la mejor de {repeat}; {samples} muestras; "
        f"carga del equipo {os.getloadavg()[0]:.1f})",
        "",
        f"  {'':<40}{'p50 ms':>9}{'p95 ms':>9}",
    ]
    for run_ in runs.values():
        lines.append(f"  {run_.label:<40}{run_.p(50):>9.1f}{run_.p(95):>9.1f}")
    lines.append("")
    for subject in subjects:
        svc, raw, drop = (runs[(subject.label, c)] for c in ("svc", "raw", "drop"))
        lines.append(
            f"  {subject.label}: servicio / SQL directo p50 {svc.p(50) / raw.p(50):.2f}x; "
            f"sin índices / con índices p50 {drop.p(50) / svc.p(50):.1f}x, p95 {drop.p(95) / svc.p(95):.1f}x"
        )
    for subject in subjects:
        with_idx, without = runs[(subject.label, "raw")].statements, drop_raw[subject.label].statements
        lines += ["", f"  por sentencia, {subject.label} (mejor ms, SQL directo: con / sin índices)"]
        lines += [
            f"    {label:<38}{ms:>8.2f} / {without.get(label, float('nan')):>8.2f}"
            for label, ms in with_idx.items()
        ]
    lines += ["", "  planes con índices (admin):", *plans]
    admin_p95 = runs[(ADMIN, "svc")].p(95)
    verdict = "cumple" if admin_p95 < TARGET_P95_MS else "NO cumple"
    lines += ["", f"  objetivo p95 < {TARGET_P95_MS:.0f} ms (admin): {verdict} ({admin_p95:.1f} ms)"]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    for line in run(argv):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
