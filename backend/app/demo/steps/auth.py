"""Demo 2FA: admin and every gerente get TOTP enabled with a secret derived from the demo seed and
their username (``demo_totp_secret``), stored encrypted like a real enrolment. ``protegrt
demo-logins`` prints the same secrets, so a person can add them to an authenticator app and log in.

Idempotent: a login that already has 2FA enabled is left alone. Needs the TOTP encryption key
(``protegrt prepare`` generates the development keys first).
"""

from __future__ import annotations

from sqlalchemy import update

from app.core.security import encrypt_secret
from app.demo.context import DemoContext
from app.demo.logins import DEMO_LOGINS, demo_totp_secret
from app.models import User


async def run(ctx: DemoContext) -> None:
    enabled = 0
    for login in DEMO_LOGINS:
        user_id = ctx.users.get(login.username)
        if not login.totp_required or user_id is None:
            continue
        result = await ctx.session.execute(
            update(User)
            .where(User.id == user_id, User.totp_enabled.is_(False))
            .values(
                totp_secret_encrypted=encrypt_secret(demo_totp_secret(ctx.seed, login.username)),
                totp_enabled=True,
                totp_last_step=None,
            )
            .returning(User.id)
        )
        enabled += len(result.all())
    if enabled:
        ctx.add_count("app_user (2FA)", enabled)
