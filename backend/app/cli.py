"""Operations CLI: ``protegrt <command>`` (installed as a console script in the venv)."""

from __future__ import annotations

import asyncio
import os
import time

import typer

from app.core.config import get_settings
from app.core.logging import configure_logging

cli = typer.Typer(help="ProtegRT CRM: comandos de operación.", no_args_is_help=True, add_completion=False)


@cli.command()
def migrate() -> None:
    """Crea la base de datos si falta, las extensiones y aplica las migraciones."""
    from app.core.dbadmin import migrate as run_migrate

    settings = get_settings()
    started = time.perf_counter()
    run_migrate(settings.database_url)
    typer.echo(f"Migraciones aplicadas en {time.perf_counter() - started:.1f} s.")


@cli.command()
def seed() -> None:
    """Carga los catálogos (idempotente): departamentos, roles, permisos, coberturas, municipios."""
    asyncio.run(_seed())


async def _seed() -> None:
    from app.core.database import standalone_unit_of_work
    from app.seed import run_seed

    async with standalone_unit_of_work("cli:seed") as session:
        report = await run_seed(session)
    for line in report.lines():
        typer.echo(line)


@cli.command("demo-data")
def demo_data(
    if_empty: bool = typer.Option(False, "--if-empty", help="Solo si la base aún no tiene datos demo."),
    scale: int = typer.Option(0, "--scale", help="Número de clientes (p. ej. 200000 para benchmarks)."),
    seed_value: int = typer.Option(2026, "--seed", help="Semilla para datos deterministas."),
) -> None:
    """Genera datos de demostración realistas (deterministas)."""
    asyncio.run(_demo_data(if_empty=if_empty, scale=scale, seed_value=seed_value))


async def _demo_data(*, if_empty: bool, scale: int, seed_value: int) -> None:
    from app.core.database import standalone_unit_of_work
    from app.demo import demo_data_present, generate_demo

    started = time.perf_counter()
    async with standalone_unit_of_work("cli:demo-data") as session:
        if if_empty and await demo_data_present(session):
            report = None
        elif scale:
            report = await generate_demo(session, scale_clients=scale, seed=seed_value)
        else:
            report = await generate_demo(session, seed=seed_value)
    if report is None:
        typer.echo("Datos demo ya presentes: no se generan de nuevo.")
        return
    typer.echo(f"Datos demo generados en {time.perf_counter() - started:.1f} s:")
    for line in report.lines():
        typer.echo(f"  {line}")


@cli.command()
def prepare(
    banner: bool = typer.Option(False, "--banner", help="Al final, URLs y usuarios demo (make run)."),
) -> None:
    """Todo lo que `make run` necesita antes de arrancar: migraciones, catálogos, datos demo
    (solo la primera vez) y, con --banner, las URLs y usuarios demo; en un solo proceso."""
    migrate()

    async def _run() -> None:
        await _seed()
        await _demo_data(if_empty=True, scale=0, seed_value=2026)

    asyncio.run(_run())
    if banner:
        _print_banner()
        demo_logins()


def _print_banner() -> None:
    env = os.environ
    api = f"http://127.0.0.1:{env.get('API_PORT', '8000')}"
    typer.echo(
        f"\n  ProtegRT CRM\n    API      {api}\n    Docs     {api}/docs\n    Health   {api}/health/ready\n"
        f"    Datos    {get_settings().data_dir}   (PostgreSQL 127.0.0.1:{env.get('PG_PORT', '?')}, "
        f"Redis 127.0.0.1:{env.get('REDIS_PORT', '?')})\n"
    )


@cli.command("demo-logins")
def demo_logins() -> None:
    """Muestra los usuarios demo y su contraseña."""
    from app.demo import DEMO_LOGINS

    typer.echo(f"  {'usuario':<24}{'rol':<12}{'departamento':<16}{'código':<8}contraseña")
    for login in DEMO_LOGINS:
        typer.echo(
            f"  {login.username:<24}{login.role:<12}{login.department or 'global':<16}"
            f"{login.code or '':<8}{login.password}"
        )


def main() -> None:
    # the CLI speaks to a person: library chatter (alembic, ...) only when something is wrong
    configure_logging("WARNING", json=False)
    cli()


if __name__ == "__main__":
    main()
