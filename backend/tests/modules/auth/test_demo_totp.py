"""The demo step that enables 2FA for admin and the gerentes with printable secrets."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.security import decrypt_secret
from app.demo import DEMO_LOGINS, generate_demo
from app.demo.logins import DEMO_SEED, demo_totp_secret
from app.models import User


async def test_admin_and_gerentes_get_2fa_with_the_printed_secret(session: AsyncSession) -> None:
    await generate_demo(session, scale_clients=3, seed=DEMO_SEED)
    users = {u.username: u for u in (await session.scalars(select(User))).all()}
    for login in DEMO_LOGINS:
        user = users[login.username]
        if login.totp_required:
            assert login.totp_secret == demo_totp_secret(DEMO_SEED, login.username)
            assert user.totp_enabled is True
            assert user.totp_secret_encrypted and login.totp_secret not in user.totp_secret_encrypted
            assert decrypt_secret(user.totp_secret_encrypted) == login.totp_secret
        else:
            assert login.totp_secret is None
            assert (user.totp_enabled, user.totp_secret_encrypted) == (False, None)
    # a second run leaves the enrolled secrets alone
    stored = users["admin"].totp_secret_encrypted
    report = await generate_demo(session, scale_clients=3, seed=DEMO_SEED)
    assert "app_user (2FA)" not in report.counts
    await session.refresh(users["admin"])
    assert users["admin"].totp_secret_encrypted == stored


def test_secrets_are_valid_base32_and_differ_per_user_and_seed() -> None:
    import pyotp

    a = demo_totp_secret(2026, "admin")
    assert len(a) == 32 and pyotp.TOTP(a).now().isdigit()
    assert a != demo_totp_secret(2026, "gerente.ventas") != demo_totp_secret(7, "admin")
