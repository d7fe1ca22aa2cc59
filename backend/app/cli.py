"""Operations CLI: ``protegrt <command>`` (installed as a console script in the venv)."""

from __future__ import annotations

import asyncio
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
    from app.core.database import unit_of_work
    from app.seed import run_seed

    async def _run() -> object:
        async with unit_of_work() as session:
            return await run_seed(session)

    report = asyncio.run(_run())
    for line in report.lines():  # type: ignore[attr-defined]
        typer.echo(line)


@cli.command("demo-data")
def demo_data(
    if_empty: bool = typer.Option(False, "--if-empty", help="Solo si la base aún no tiene datos demo."),
    scale: int = typer.Option(0, "--scale", help="Número de clientes (p. ej. 200000 para benchmarks)."),
    seed_value: int = typer.Option(2026, "--seed", help="Semilla para datos deterministas."),
) -> None:
    """Genera datos de demostración realistas (deterministas)."""
    from app.core.database import unit_of_work
    from app.demo import demo_data_present, generate_demo

    async def _run() -> object | None:
        async with unit_of_work() as session:
            if if_empty and await demo_data_present(session):
                return None
            if scale:
                return await generate_demo(session, scale_clients=scale, seed=seed_value)
            return await generate_demo(session, seed=seed_value)

    started = time.perf_counter()
    report = asyncio.run(_run())
    if report is None:
        typer.echo("Datos demo ya presentes: no se generan de nuevo.")
    else:
        typer.echo(f"Datos demo generados en {time.perf_counter() - started:.1f} s:")
        for line in report.lines():  # type: ignore[attr-defined]
            typer.echo(f"  {line}")


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
    settings = get_settings()
    configure_logging(settings.log_level, json=False)
    cli()


if __name__ == "__main__":
    main()
