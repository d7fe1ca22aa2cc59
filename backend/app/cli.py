"""Operations CLI: ``protegrt <command>`` (installed as a console script in the venv)."""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

import typer

from app.core.config import Settings, get_settings
from app.core.logging import configure_logging
from app.demo.logins import DEMO_SEED

if TYPE_CHECKING:
    from redis.asyncio import Redis
    from sqlalchemy.ext.asyncio import AsyncSession

    from app.modules.auth.service import OperatorService

T = TypeVar("T")

cli = typer.Typer(help="ProtegRT CRM: comandos de operación.", no_args_is_help=True, add_completion=False)
keys_cli = typer.Typer(help="Llaves de firma de tokens (JWT RS256) y de cifrado de secretos 2FA.")
sessions_cli = typer.Typer(help="Sesiones abiertas (navegadores y dispositivos).")
cli.add_typer(keys_cli, name="keys")
cli.add_typer(sessions_cli, name="sessions")


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
    ensure_dev_keys()  # the demo 2FA secrets are stored encrypted
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
    """Todo lo que `make run` necesita antes de arrancar: llaves de desarrollo (si faltan),
    migraciones, catálogos, datos demo (solo la primera vez) y, con --banner, las URLs y usuarios
    demo; en un solo proceso."""
    ensure_dev_keys()
    migrate()

    async def _run() -> None:
        await _seed()
        await _demo_data(if_empty=True, scale=0, seed_value=DEMO_SEED)

    asyncio.run(_run())
    if banner:
        _print_banner()
        demo_logins(seed_value=DEMO_SEED)


def _print_banner() -> None:
    env = os.environ
    api = f"http://127.0.0.1:{env.get('API_PORT', '8000')}"
    typer.echo(
        f"\n  ProtegRT CRM\n    API      {api}\n    Docs     {api}/docs\n    Health   {api}/health/ready\n"
        f"    Datos    {get_settings().data_dir}   (PostgreSQL 127.0.0.1:{env.get('PG_PORT', '?')}, "
        f"Redis 127.0.0.1:{env.get('REDIS_PORT', '?')})\n"
    )


@cli.command("demo-logins")
def demo_logins(
    seed_value: int = typer.Option(
        DEMO_SEED, "--seed", help="Semilla con la que se generaron los datos demo."
    ),
) -> None:
    """Muestra los usuarios demo, su contraseña y, para admin y gerentes, su secreto TOTP (2FA)."""
    from app.demo.logins import DEMO_LOGINS, with_totp_secrets

    logins = with_totp_secrets(DEMO_LOGINS, seed_value)
    enrolled = _enrolled_demo_secrets([login.username for login in logins if login.totp_required])
    header = f"  {'usuario':<24}{'rol':<12}{'departamento':<16}{'código':<8}{'contraseña':<16}"
    typer.echo(header + "secreto TOTP (2FA)")
    for login in logins:
        secret = login.totp_secret or ""
        if login.totp_required and enrolled is not None and login.username in enrolled:
            # what the database really holds (a database made before the demo 2FA step differs)
            secret = enrolled[login.username] or "(sin 2FA: se inscribe al iniciar sesión)"
        typer.echo(
            f"  {login.username:<24}{login.role:<12}{login.department or 'global':<16}"
            f"{login.code or '':<8}{login.password:<16}{secret}"
        )
    typer.echo(
        "\n  Admin y gerentes usan 2FA: agrega su secreto TOTP a una app autenticadora "
        "(Google Authenticator, Aegis, 1Password...)\n  y escribe el código de 6 dígitos al iniciar sesión."
    )


def _enrolled_demo_secrets(usernames: list[str]) -> dict[str, str | None] | None:
    """The TOTP secrets the database holds for these demo users; None when it cannot be read
    (no database yet) and always in production (never print a real secret)."""
    if get_settings().is_production:
        return None
    try:
        return _operate("cli:demo-logins", lambda ops: ops.enrolled_totp_secrets(usernames))
    except Exception:  # no database, no key: print the secrets the demo generator would use
        return None


# -- keys -----------------------------------------------------------------------------------------


def _keys_from_environment(settings: Settings) -> bool:
    return settings.jwt_private_key is not None and settings.totp_encryption_key is not None


def ensure_dev_keys(settings: Settings | None = None) -> list[str]:
    """Outside production, write the missing key files under DATA_DIR/keys (unless the keys come
    from the environment). Returns the files written."""
    from app.core.security import write_dev_keys

    settings = settings or get_settings()
    if settings.is_production or _keys_from_environment(settings):
        return []
    return [str(path) for path in write_dev_keys(settings.keys_dir)]


@keys_cli.command("generate")
def keys_generate(
    force: bool = typer.Option(
        False,
        "--force",
        help="Reemplaza las llaves existentes (cierra todas las sesiones y deja ilegibles los "
        "secretos 2FA guardados) y permite escribirlas en producción.",
    ),
) -> None:
    """Genera el par RSA de los tokens y la llave Fernet de los secretos 2FA en DATA_DIR/keys."""
    from app.core.security import JWT_KEY_FILE, key_id, write_dev_keys

    settings = get_settings()
    if settings.is_production and not force:
        typer.echo(
            "En producción las llaves vienen del entorno (JWT_PRIVATE_KEY, TOTP_ENCRYPTION_KEY); "
            "no se escriben archivos. Usa --force si de verdad quieres escribirlas en "
            f"{settings.keys_dir}.",
            err=True,
        )
        raise typer.Exit(1)
    written = write_dev_keys(settings.keys_dir, force=force)
    if not written:
        typer.echo(f"Las llaves ya existen en {settings.keys_dir} (usa --force para reemplazarlas).")
    for path in written:
        typer.echo(f"Escrita {path} (permisos 0600)")
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    private = serialization.load_pem_private_key(
        (settings.keys_dir / JWT_KEY_FILE).read_bytes(), password=None
    )
    if isinstance(private, rsa.RSAPrivateKey):
        typer.echo(f"kid de la llave de tokens: {key_id(private.public_key())}")
    if _keys_from_environment(settings):
        typer.echo(
            "Aviso: JWT_PRIVATE_KEY y TOTP_ENCRYPTION_KEY del entorno tienen prioridad sobre estos archivos."
        )


# -- accounts and sessions ------------------------------------------------------------------------


def _operate(source: str, work: Callable[[OperatorService], Awaitable[T]]) -> T:
    """Run ``work`` in one standalone unit of work (its own engine and Redis client, one
    ``asyncio.run``); domain errors become a message and exit code 1."""
    from app.core.exceptions import AppError

    async def run() -> T:
        from app.core.clock import system_clock
        from app.core.database import standalone_unit_of_work
        from app.core.redis import build_redis
        from app.modules.auth.service import OperatorService

        redis: Redis = build_redis(get_settings().redis_url)
        try:
            session: AsyncSession
            async with standalone_unit_of_work(source) as session:
                return await work(OperatorService(session, redis, system_clock))
        finally:
            await redis.aclose()

    try:
        return asyncio.run(run())
    except AppError as exc:
        typer.echo(f"Error: {exc.detail}", err=True)
        for field, message in exc.fields.items():
            typer.echo(f"  {field}: {message}", err=True)
        raise typer.Exit(1) from None


@cli.command("create-admin")
def create_admin(
    username: str = typer.Option(..., "--username", help="Usuario para iniciar sesión."),
    first_name: str = typer.Option(..., "--first-name", help="Nombre(s)."),
    last_name: str = typer.Option(..., "--last-name", help="Apellido."),
    password: str = typer.Option(
        ...,
        "--password",
        envvar="PROTEGRT_ADMIN_PASSWORD",
        prompt="Contraseña",
        hide_input=True,
        confirmation_prompt=True,
        help="Mejor desde el entorno (PROTEGRT_ADMIN_PASSWORD) o la pregunta: no quede en el historial.",
    ),
) -> None:
    """Crea el primer administrador (empleado + usuario + rol admin). Inscribirá 2FA al iniciar sesión."""

    async def work(ops: OperatorService) -> int:
        user = await ops.create_admin(
            username=username.strip(),
            first_name=first_name.strip(),
            last_name=last_name.strip(),
            password=password,
        )
        return user.id

    user_id = _operate("cli:create-admin", work)
    typer.echo(
        f"Administrador «{username}» creado (usuario {user_id}). En su primer inicio de sesión "
        "deberá inscribir la verificación en dos pasos (TOTP)."
    )


@cli.command("reset-2fa")
def reset_2fa(username: str = typer.Argument(..., help="Usuario.")) -> None:
    """Desactiva la verificación en dos pasos de un usuario (perdió su teléfono): borra su secreto y
    sus códigos de respaldo y cierra todas sus sesiones."""
    revoked = _operate("cli:reset-2fa", lambda ops: ops.reset_two_factor(username))
    typer.echo(
        f"2FA desactivado para «{username}»; sesiones cerradas: {revoked}. "
        "Admin y gerentes volverán a inscribirlo en su próximo inicio de sesión."
    )


@sessions_cli.command("list")
def sessions_list(username: str | None = typer.Argument(None, help="Solo las de este usuario.")) -> None:
    """Lista las sesiones abiertas."""
    rows = _operate("cli:sessions-list", lambda ops: ops.list_sessions(username))
    if not rows:
        typer.echo("No hay sesiones abiertas.")
        return
    typer.echo(
        f"  {'sesión':<38}{'usuario':<24}{'tipo':<8}{'app / dispositivo':<28}{'ip':<16}última actividad"
    )
    for row, name in rows:
        device = f"{row.app_type.value if row.app_type else ''} {row.device_id or ''}".strip() or "navegador"
        typer.echo(
            f"  {row.id!s:<38}{name:<24}{row.kind.value:<8}{device[:27]:<28}{row.ip or ''!s:<16}"
            f"{row.last_seen_at:%Y-%m-%d %H:%M}"
        )


@sessions_cli.command("revoke")
def sessions_revoke(
    session_id: str | None = typer.Argument(None, help="Id de la sesión."),
    user: str | None = typer.Option(None, "--user", help="Cierra todas las sesiones de este usuario."),
) -> None:
    """Cierra una sesión (o todas las de un usuario): sus tokens dejan de valer de inmediato."""
    if (session_id is None) == (user is None):
        typer.echo("Indica una sesión o --user USUARIO (solo uno).", err=True)
        raise typer.Exit(2)
    if user is not None:
        count = _operate("cli:sessions-revoke", lambda ops: ops.revoke_user_sessions(user))
        typer.echo(f"Sesiones cerradas de «{user}»: {count}.")
        return
    try:
        sid = uuid.UUID(str(session_id))
    except ValueError:
        typer.echo("El id de sesión no es válido.", err=True)
        raise typer.Exit(2) from None
    closed = _operate("cli:sessions-revoke", lambda ops: ops.revoke_session(sid))
    typer.echo("Sesión cerrada." if closed else "La sesión ya estaba cerrada.")


def main() -> None:
    # the CLI speaks to a person: library chatter (alembic, ...) only when something is wrong
    configure_logging("WARNING", json=False)
    cli()


if __name__ == "__main__":
    main()
