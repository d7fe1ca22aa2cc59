"""StatusUpdater at the --scale size: full recompute, a typical nightly run and the row-by-row
baseline, in one run.

Database ``protegrt_bench_status`` on the running PostgreSQL: created, migrated and filled by the
demo generator's bulk path (``--scale`` clients, 200,000 by default: 250,000 policies and ~1.75M
installments, statuses computed by a full StatusUpdater run as of today) the first time, then kept
between runs (``--rebuild`` starts it over; the build time is measured and kept in the database).

Every measured run happens inside a transaction that is rolled back, so the database stays as it
was and runs are repeatable. As-of date: the day after the last full/nightly run in the log.

- (a) full: every live policy recomputed (the statuses are already right up to the last run, so
  it writes what one more day changes); also "full, cold": every unpaid installment and every live
  policy reset to ``pending`` first (untimed), so that everything is recomputed and rewritten;
- (b) nightly: only the installments that can change and the policies they touch or whose dates
  were crossed;
- (c) the baseline (bench/baseline_status_updater.py, the legacy job's way: per policy, SELECT its
  installments, compute in Python, UPDATE each changed row and the policy), timed on a sample of
  ``--sample`` policies and scaled to the whole table. Its outcome on the sample is compared with
  the set-based one (they must agree exactly).

Targets: full recompute under 10 s and at least 20x faster than the baseline.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO_DIR = Path(__file__).resolve().parents[1]
if str(REPO_DIR / "backend") not in sys.path:
    sys.path.insert(0, str(REPO_DIR / "backend"))

DB_NAME = "protegrt_bench_status"
INDEX = "ix_payment_status_due_date_unpaid"
TARGET_FULL_S = 10.0
TARGET_RATIO = 20.0


def _bench_url() -> str:
    from sqlalchemy.engine import make_url

    base = os.environ.get("DATABASE_URL")
    if not base:
        raise SystemExit("DATABASE_URL no está definido: ejecuta `make bench`.")
    return make_url(base).set(database=DB_NAME).render_as_string(hide_password=False)


def _settings(url: str) -> Any:
    from app.core.config import get_settings

    return get_settings().model_copy(update={"database_url": url, "database_statement_timeout_ms": 0})


async def _scalar(settings: Any, sql: str) -> Any:
    from sqlalchemy import text

    from app.core.database import standalone_unit_of_work

    async with standalone_unit_of_work("bench:status_updater", settings) as session:
        return await session.scalar(text(sql))


async def _build(settings: Any, scale: int, seed: int) -> dict[str, Any]:
    from sqlalchemy import text

    from app.cli import ensure_dev_keys
    from app.core.database import standalone_unit_of_work
    from app.demo import generate_demo

    ensure_dev_keys(settings)  # as `protegrt demo-data` does: the demo 2FA secrets are encrypted
    started = time.perf_counter()
    async with standalone_unit_of_work("bench:status_updater", settings) as session:
        report = await generate_demo(session, scale_clients=scale, seed=seed, bulk=True)
    info = {
        "scale": scale,
        "seed": seed,
        "seconds": round(time.perf_counter() - started, 1),
        "steps": {k: round(v, 1) for k, v in report.timings.items()},
        "counts": report.counts,
        "built_on": date.today().isoformat(),
    }
    async with standalone_unit_of_work("bench:status_updater", settings) as session:
        await session.execute(
            text("CREATE TABLE IF NOT EXISTS bench_build (key text PRIMARY KEY, value jsonb)")
        )
        await session.execute(
            text(
                "INSERT INTO bench_build VALUES ('build', CAST(:v AS jsonb)) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
            ),
            {"v": json.dumps(info)},
        )
    return info


def prepare(scale: int, *, rebuild: bool, seed: int, say: Any) -> tuple[str, dict[str, Any]]:
    """The bench database at head with its demo data; returns its URL and the build record."""
    import psycopg

    from app.core import dbadmin

    url = _bench_url()
    if rebuild:
        say(f"Borrando {DB_NAME}…")
        dbadmin.drop_database(url, DB_NAME)
    dbadmin.migrate(url)
    settings = _settings(url)
    policies = int(asyncio.run(_scalar(settings, "SELECT count(*) FROM policy")) or 0)
    if policies == 0:
        say(f"Generando {scale:,} clientes y sus pólizas en {DB_NAME} (COPY masivo, una sola vez)…")
        info = asyncio.run(_build(settings, scale, seed))
        with psycopg.connect(dbadmin._conninfo(url), autocommit=True) as conn:
            conn.execute("VACUUM (ANALYZE)")
        return url, info
    raw = asyncio.run(_scalar(settings, "SELECT value FROM bench_build WHERE key = 'build'"))
    info = raw if isinstance(raw, dict) else {}
    if info.get("scale") not in (None, scale):
        raise SystemExit(f"{DB_NAME} se generó con --scale {info['scale']}: usa --rebuild para {scale}.")
    return url, info


# -- measurements ---------------------------------------------------------------------------------
async def _in_rollback(maker: Any, work: Any) -> tuple[float, Any]:
    """Run ``work(session)`` in a transaction that is rolled back; the time of ``work`` alone."""
    from sqlalchemy import text

    async with maker() as session:
        await session.execute(text("SET LOCAL statement_timeout = 0"))
        started = time.perf_counter()
        outcome = await work(session)
        elapsed = time.perf_counter() - started
        await session.rollback()
    return elapsed, outcome


async def _measure(settings: Any, sample_size: int, repeat: int) -> dict[str, Any]:
    from sqlalchemy import text

    from app.core.database import build_engine, build_sessionmaker
    from app.modules.policies.status_updater import _INSTALLMENT_CANDIDATES_SQL, Mode, StatusUpdater
    from bench.baseline_status_updater import run_baseline

    engine = build_engine(settings, pooled=False)
    maker = build_sessionmaker(engine)
    out: dict[str, Any] = {}
    try:
        async with maker() as s:
            row = (
                await s.execute(
                    text(
                        "SELECT count(*), count(*) FILTER (WHERE status NOT IN ('cancelled', 'suspended')) "
                        "FROM policy"
                    )
                )
            ).one()
            out["policies"], out["live"] = int(row[0]), int(row[1])
            row = (
                await s.execute(
                    text(
                        "SELECT count(*), count(*) FILTER (WHERE status IN ('pending', 'late', 'overdue')) "
                        "FROM payment"
                    )
                )
            ).one()
            out["installments"], out["unpaid"] = int(row[0]), int(row[1])
            last = await s.scalar(
                text("SELECT max(as_of) FROM status_update_run WHERE mode IN ('full', 'nightly')")
            )
            by_status = await s.execute(
                text("SELECT status::text, count(*) FROM policy GROUP BY 1 ORDER BY 2 DESC")
            )
            out["by_status"] = {k: int(v) for k, v in by_status}
            late = await s.scalar(
                text("SELECT (value #>> '{}')::int FROM app_setting WHERE key = 'late_days_max'")
            )
        as_of: date = (last or date.today()) + timedelta(days=1)
        out["as_of"] = as_of

        def updater(mode: Any, ids: list[int] | None = None) -> Any:
            async def work(session: Any) -> Any:
                return await StatusUpdater(session).run(
                    as_of,
                    mode=mode,
                    policy_ids=ids or (),
                    trigger="bench",
                    emit_events=False,
                )

            return work

        for label, mode in (("full", Mode.FULL), ("nightly", Mode.NIGHTLY)):
            runs = [await _in_rollback(maker, updater(mode)) for _ in range(repeat)]
            out[label] = {
                "seconds": statistics.median(t for t, _ in runs),
                "all": [round(t, 3) for t, _ in runs],
                "mode": runs[0][1].mode.value,
                "installments": runs[0][1].installments_changed,
                "policies": runs[0][1].policies_changed,
            }

        async def explain(session: Any) -> str:
            rows = await session.execute(
                text("EXPLAIN (ANALYZE, BUFFERS) " + _INSTALLMENT_CANDIDATES_SQL.format(policy_filter="")),
                {"as_of": as_of, "late": late or 5, "user_id": None, "request_id": "bench"},
            )
            return "\n".join(r[0] for r in rows)

        _, out["plan"] = await _in_rollback(maker, explain)

        async with maker() as s:
            sample = [
                int(r[0])
                for r in await s.execute(
                    text("SELECT id FROM policy ORDER BY md5(id::text) LIMIT :n"), {"n": sample_size}
                )
            ]

        async def snapshot(session: Any) -> Any:
            policies = await session.execute(
                text("SELECT id, status::text FROM policy WHERE id = ANY(:ids) ORDER BY id"), {"ids": sample}
            )
            payments = await session.execute(
                text("SELECT id, status::text FROM payment WHERE policy_id = ANY(:ids) ORDER BY id"),
                {"ids": sample},
            )
            return list(policies), list(payments)

        async def baseline(session: Any) -> Any:
            started = time.perf_counter()
            result = await run_baseline(session, sample, as_of, late or 5)
            seconds = time.perf_counter() - started
            return seconds, result, await snapshot(session)

        _, (base_seconds, base_result, base_state) = await _in_rollback(maker, baseline)

        async def set_based(session: Any) -> Any:
            await updater(Mode.POLICIES, sample)(session)
            return await snapshot(session)

        _, set_state = await _in_rollback(maker, set_based)
        agree = sum(1 for a, b in zip(base_state[0], set_state[0], strict=True) if a == b)
        agree_payments = base_state[1] == set_state[1]
        out["baseline"] = {
            "sample": len(sample),
            "seconds": base_seconds,
            "scaled": base_seconds * out["policies"] / max(1, len(sample)),
            "statements": base_result.statements,
            "installments": base_result.installments_changed,
            "policies": base_result.policies_changed,
            "agree": agree,
            "agree_payments": agree_payments,
        }
    finally:
        await engine.dispose()
    return out


async def _measure_cold(settings: Any, as_of: date) -> dict[str, Any]:
    """The worst case, on a throwaway copy: every unpaid installment and every live policy reset to
    ``pending`` and committed (untimed), then a full run that recomputes and rewrites them all
    (the first run after a bulk load). A copy, because resetting inside the measured transaction
    would make PostgreSQL re-check every foreign key of the rows it rewrites."""
    from sqlalchemy import text

    from app.core.database import build_engine, build_sessionmaker
    from app.modules.policies.status_updater import Mode, StatusUpdater

    engine = build_engine(settings, pooled=False)
    maker = build_sessionmaker(engine)
    try:
        async with maker() as session:
            await session.execute(text("SET LOCAL statement_timeout = 0"))
            await session.execute(
                text(
                    "UPDATE payment p SET status = 'pending' FROM policy pol WHERE pol.id = p.policy_id "
                    "AND pol.status NOT IN ('cancelled', 'suspended') AND p.status IN ('late', 'overdue')"
                )
            )
            await session.execute(
                text("UPDATE policy SET status = 'pending' WHERE status NOT IN ('cancelled', 'suspended')")
            )
            await session.commit()
        async with engine.connect() as conn:
            conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.exec_driver_sql("VACUUM (ANALYZE) payment, policy")

        async def full(session: Any) -> Any:
            return await StatusUpdater(session).run(as_of, mode=Mode.FULL, trigger="bench", emit_events=False)

        seconds, result = await _in_rollback(maker, full)
    finally:
        await engine.dispose()
    return {
        "seconds": seconds,
        "installments": result.installments_changed,
        "policies": result.policies_changed,
    }


def _cold(url: str, as_of: date) -> dict[str, Any]:
    import psycopg

    from app.core import dbadmin

    clone = DB_NAME + "_cold"
    conninfo = dbadmin._conninfo(url, "postgres")
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{clone}"')
        conn.execute(f'CREATE DATABASE "{clone}" TEMPLATE "{DB_NAME}"')
    try:
        return asyncio.run(_measure_cold(_settings(dbadmin.with_database(url, clone)), as_of))
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{clone}"')


def _verdict(ok: bool) -> str:
    return "cumple" if ok else "NO cumple"


def _report(args: argparse.Namespace, info: dict[str, Any], m: dict[str, Any]) -> list[str]:
    full, nightly, base = m["full"], m["nightly"], m["baseline"]
    cold = m.get("cold")
    uses_index = INDEX in m["plan"]
    branches = m["plan"].count(f"Bitmap Index Scan on {INDEX}") + m["plan"].count(f"Index Scan using {INDEX}")
    lines = [
        "",
        f"StatusUpdater — {m['policies']:,} pólizas ({m['live']:,} vigentes), {m['installments']:,} "
        f"mensualidades ({m['unpaid']:,} sin pagar); as-of {m['as_of']:%d/%m/%Y}",
        "  pólizas por estatus: " + ", ".join(f"{k} {v:,}" for k, v in m["by_status"].items()),
    ]
    if info.get("seconds") is not None:
        steps = ", ".join(f"{k} {v} s" for k, v in info.get("steps", {}).items())
        lines.append(
            f"  base generada con demo --scale {info.get('scale'):,} en {info['seconds']} s "
            f"(el {info.get('built_on')}): {steps}"
        )
    lines += [
        "",
        f"  {'corrida':<44}{'tiempo':>10}{'mensualidades':>15}{'pólizas':>10}",
        f"  {'(a) completa (full), mediana de ' + str(len(full['all'])):<44}{full['seconds']:>9.2f}s"
        f"{full['installments']:>15,}{full['policies']:>10,}",
        *(
            [
                f"  {'    completa en frío (todo se reescribe)':<44}{cold['seconds']:>9.2f}s"
                f"{cold['installments']:>15,}{cold['policies']:>10,}"
            ]
            if cold
            else []
        ),
        f"  {'(b) nocturna (' + nightly['mode'] + '), mediana de ' + str(len(nightly['all'])):<44}"
        f"{nightly['seconds']:>9.2f}s{nightly['installments']:>15,}{nightly['policies']:>10,}",
        f"  {'(c) renglón por renglón, muestra de ' + format(base['sample'], ',') + ' pólizas':<44}"
        f"{base['seconds']:>9.2f}s{base['installments']:>15,}{base['policies']:>10,}",
        f"  {'    escalada a ' + format(m['policies'], ',') + ' pólizas':<44}{base['scaled']:>9.1f}s",
        "",
        f"  baseline escalada / completa:       {base['scaled'] / full['seconds']:>8.1f}x",
        *(
            [f"  baseline escalada / completa (frío): {base['scaled'] / cold['seconds']:>7.1f}x"]
            if cold
            else []
        ),
        f"  baseline escalada / nocturna:       {base['scaled'] / nightly['seconds']:>8.1f}x",
        f"  sentencias de la baseline en la muestra: {base['statements']:,}",
        f"  misma respuesta en la muestra: pólizas {base['agree']:,}/{base['sample']:,}, "
        f"mensualidades {'idénticas' if base['agree_payments'] else 'DIFERENTES'}",
        f"  plan de las mensualidades usa {INDEX}: {'sí' if uses_index else 'NO'} ({branches} recorridos)",
        "",
        f"  objetivo completa < {TARGET_FULL_S:.0f} s: {_verdict(full['seconds'] < TARGET_FULL_S)}"
        + (f" (en frío: {_verdict(cold['seconds'] < TARGET_FULL_S)})" if cold else ""),
        f"  objetivo >= {TARGET_RATIO:.0f}x la baseline: "
        f"{_verdict(base['scaled'] / full['seconds'] >= TARGET_RATIO)}",
    ]
    if args.plan:
        lines += [
            "",
            "  plan (EXPLAIN ANALYZE) de las mensualidades:",
            *("    " + x for x in m["plan"].splitlines()),
        ]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench status-updater", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--scale", type=int, default=200_000, help="clientes demo (200000 -> 250000 pólizas)")
    parser.add_argument("--sample", type=int, default=10_000, help="pólizas de la muestra de la baseline")
    parser.add_argument("--repeat", type=int, default=3, help="repeticiones de las corridas full y nightly")
    parser.add_argument("--seed", type=int, default=2026, help="semilla de los datos demo")
    parser.add_argument("--rebuild", action="store_true", help=f"borrar y regenerar {DB_NAME}")
    parser.add_argument(
        "--plan", action="store_true", help="imprimir el plan de la consulta de mensualidades"
    )
    parser.add_argument(
        "--no-cold", dest="cold", action="store_false", help="omitir la corrida en frío (copia de la base)"
    )
    args = parser.parse_args(list(argv or []))

    from app.core.logging import configure_logging

    configure_logging("WARNING", json=False)

    def say(line: str) -> None:
        print(line, flush=True)

    started = time.perf_counter()
    url, info = prepare(args.scale, rebuild=args.rebuild, seed=args.seed, say=say)
    import psycopg

    from app.core import dbadmin

    with psycopg.connect(dbadmin._conninfo(url), autocommit=True) as conn:
        # dead rows left by the rolled-back runs of earlier benchmarks must not slow this one
        conn.execute("VACUUM (ANALYZE) payment, policy, status_update_run")
    say(f"Base lista ({time.perf_counter() - started:.1f} s). Midiendo…")
    measured = asyncio.run(_measure(_settings(url), args.sample, args.repeat))
    if args.cold:
        say("Corrida en frío sobre una copia de la base…")
        measured["cold"] = _cold(url, measured["as_of"])
    for line in _report(args, info, measured):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
