"""The login flows, self-service sessions, passwords and 2FA (spec §4, domain.md §10).

Login, step by step (web and mobile share it):

1. Brute-force gates (``ratelimit``): a locked username, then the per-IP and per-username
   windows. A refusal is a 429 and the password is not checked.
2. The password (Argon2id or a migrated bcrypt hash, in a worker thread; an unknown username
   burns the same time). A failure is counted, audited and committed (``keep_changes``).
3. The user must be active; an outdated hash is upgraded to Argon2id now (we hold the plaintext).
4. The network restriction (``network.check_network_access``); the mobile app must fit the user.
5. Pending steps, each behind a 5-minute temp token: a forced password change, then the TOTP
   code (or a backup code), or, for admin and gerente without 2FA, the enrolment.
6. Done: a session (``SessionService.start``), an access token with the UI claims, the refresh
   token (web: cookie, set by the router; mobile: body), ``last_login_at``, an audit row.
"""

from __future__ import annotations

import ipaddress
import math
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.audit import record_audit
from app.core.clock import Clock
from app.core.config import Settings, get_settings
from app.core.context import get_request_context, update_request_context
from app.core.events import event_bus
from app.core.exceptions import AppError, ConflictError, NotFoundError
from app.core.security import (
    decrypt_secret,
    encrypt_secret,
    hash_password,
    issue_access_token,
    verify_password,
)
from app.models import User
from app.models.auth import AuthSession
from app.models.enums import AppType, SessionKind
from app.modules.auth import totp
from app.modules.auth.authz import AuthzCache, AuthzSnapshot, bump_user
from app.modules.auth.dependencies import Principal, UserInactiveError
from app.modules.auth.exceptions import (
    AccountLockedError,
    AppNotAllowedError,
    CurrentPasswordInvalidError,
    InvalidCredentialsError,
    LoginRateLimitedError,
    PasswordReusedError,
    RefreshInvalidError,
    RefreshReusedError,
    TempTokenInvalidError,
    TotpAlreadyEnabledError,
    TotpInvalidError,
    TotpNotEnabledError,
    TotpNotSetUpError,
    TotpReplayedError,
    TotpRequiredError,
)
from app.modules.auth.network import check_network_access
from app.modules.auth.passwords import check_password_policy
from app.modules.auth.ratelimit import LoginLimiter, Refusal
from app.modules.auth.repository import (
    AccountRepository,
    AuthSessionRepository,
    BackupCodeRepository,
    UserRepository,
)
from app.modules.auth.schemas import (
    DepartmentOut,
    EnrollConfirmInput,
    EnrollStartInput,
    FlagsOut,
    LoginInput,
    LoginResult,
    LoginStatus,
    MeOut,
    MobileLoginInput,
    PasswordChangeInput,
    PasswordChangeRequiredInput,
    RoleOut,
    SessionOut,
    TokenResponse,
    TotpSetupOut,
    VerifyTwoFactorInput,
)
from app.modules.auth.sessions import RefreshState, SessionService
from app.modules.auth.temptokens import PendingLogin, Stage, TempTokenStore

#: roles that must use 2FA (domain.md §10): their login waits for the enrolment
TOTP_REQUIRED_ROLES = frozenset({"admin", "gerente"})
LOGIN_FAILURES_ALERT_EVENT = "auth.login_failures_alert"
AUDIT_TABLE = "app_user"


def requires_two_factor(snapshot: AuthzSnapshot) -> bool:
    return any(role.code in TOTP_REQUIRED_ROLES for role in snapshot.roles)


def app_allowed(snapshot: AuthzSnapshot, app_type: AppType) -> bool:
    """Which field app a user may sign in to (admins: any)."""
    if snapshot.is_admin:
        return True
    if app_type == AppType.COLLECTOR:
        return snapshot.is_collector or snapshot.permission_set.allows_any(
            "proposals.approve", "cash.confirm"
        )
    if app_type == AppType.SELLER:
        return snapshot.is_seller
    return snapshot.is_adjuster


def access_claims(snapshot: AuthzSnapshot) -> dict[str, Any]:
    """Claims for the UI (spec §4.2). The server never authorizes from them."""
    return {
        "username": snapshot.username,
        "name": snapshot.full_name,
        "roles": [{"code": r.code, "department": r.department} for r in snapshot.roles],
        "departments": list(snapshot.departments),
        "permissions": list(snapshot.permissions),
    }


def me_out(snapshot: AuthzSnapshot, user: User) -> MeOut:
    managed = set(snapshot.managed_departments)
    return MeOut(
        id=snapshot.user_id,
        username=snapshot.username,
        full_name=snapshot.full_name,
        employee_id=snapshot.employee_id,
        employee_code=snapshot.code,
        is_admin=snapshot.is_admin,
        roles=[RoleOut(code=r.code, department=r.department) for r in snapshot.roles],
        departments=[DepartmentOut(code=d, is_manager=d in managed) for d in snapshot.departments],
        flags=FlagsOut(
            is_seller=snapshot.is_seller, is_collector=snapshot.is_collector, is_adjuster=snapshot.is_adjuster
        ),
        permissions=list(snapshot.permissions),
        totp_enabled=user.totp_enabled,
        must_change_password=user.must_change_password,
    )


def _inet(ip: str | None) -> str | None:
    if not ip:
        return None
    try:
        return str(ipaddress.ip_address(ip))
    except ValueError:
        return None


def _retry_headers(seconds: int) -> dict[str, str]:
    return {"Retry-After": str(seconds)}


def _refusal_error(refusal: Refusal) -> AppError:
    if refusal.reason == "locked":
        return AccountLockedError(headers=_retry_headers(refusal.retry_after))
    return LoginRateLimitedError(headers=_retry_headers(refusal.retry_after))


@dataclass
class LoginOutcome:
    result: LoginResult
    #: web only: the refresh token the router puts in the session cookie
    cookie_refresh_token: str | None = None


@dataclass
class RefreshOutcome:
    result: TokenResponse
    cookie_refresh_token: str | None = None


class AuthService:
    """Login flows and self-service account operations. Flushes only; the request commits."""

    def __init__(
        self, session: AsyncSession, redis: Redis, clock: Clock, settings: Settings | None = None
    ) -> None:
        self.session = session
        self.redis = redis
        self.clock = clock
        self.settings = settings or get_settings()
        self.users = UserRepository(session)
        self.backup_codes = BackupCodeRepository(session)
        self.session_rows = AuthSessionRepository(session)
        self.sessions = SessionService(session, redis, self.settings)
        self.limiter = LoginLimiter(redis)
        self.temp = TempTokenStore(redis)
        self.authz = AuthzCache(redis)

    # -- login ------------------------------------------------------------------------------

    async def login(self, data: LoginInput, *, kind: SessionKind) -> LoginOutcome:
        now = self.clock.now()
        if isinstance(data, MobileLoginInput):  # the audit rows of this login name the device
            update_request_context(device_id=data.device_id)
        ctx = get_request_context()
        username = data.username
        user = await self.users.get_by_username(username)
        known_ip = user is not None and await self.limiter.is_known_ip(user.id, ctx.ip, now=now)
        if not known_ip:
            # a real account's lock is its row (an admin's password reset lifts it); Redis holds the
            # locks of usernames that do not exist, so both answer alike
            if user is None:
                refusal = await self.limiter.lock_refusal(username, now=now)
            elif user.locked_until is not None and user.locked_until > now:
                refusal = Refusal("locked", max(1, math.ceil((user.locked_until - now).total_seconds())))
            else:
                refusal = None
            if refusal is not None:
                raise _refusal_error(refusal)
        attempt, refusal = await self.limiter.begin(username, ctx.ip, now=now, check_user=not known_ip)
        if refusal is not None or attempt is None:
            raise _refusal_error(refusal or Refusal("ip", 1))

        ok, needs_rehash = await verify_password(data.password, user.password_hash if user else None)
        if not ok or user is None:
            await self._record_failure(user, username, reason="bad_password", now=now, attempt=attempt)
            raise InvalidCredentialsError(keep_changes=True)
        await self.limiter.release(username, ctx.ip, attempt)

        if not (user.is_active and user.employee.is_active):
            await self._audit_login_failure(user, username, reason="inactive")
            raise UserInactiveError(keep_changes=True)
        if needs_rehash:
            user.password_hash = await hash_password(data.password)
            await self.session.flush()
            await record_audit(
                self.session,
                table=AUDIT_TABLE,
                record_id=user.id,
                action="password_rehashed",
                after={"algorithm": "argon2id"},
                user_id=user.id,
            )
        snapshot = await self.authz.get(self.session, user.id, now=now)
        position = (
            (ctx.latitude, ctx.longitude) if ctx.latitude is not None and ctx.longitude is not None else None
        )
        await check_network_access(
            snapshot=snapshot,
            session_kind=kind,
            ip=ctx.ip,
            position=position,
            now=now,
            session=self.session,
            redis=self.redis,
        )
        pending = PendingLogin(
            user_id=user.id,
            username=user.username,
            kind=kind,
            stage=Stage.PASSWORD_CHANGE,
            ip=ctx.ip,
            user_agent=ctx.user_agent,
        )
        if isinstance(data, MobileLoginInput):
            if not app_allowed(snapshot, data.app_type):
                await self._audit_login_failure(
                    user, username, reason=f"app_not_allowed:{data.app_type.value}"
                )
                raise AppNotAllowedError(keep_changes=True)
            pending = replace(
                pending,
                device_id=data.device_id,
                app_type=data.app_type,
                app_version=data.app_version,
                push_token=data.push_token,
            )
        return await self._next_step(user, snapshot, pending, second_factor_done=False)

    async def verify_two_factor(self, data: VerifyTwoFactorInput) -> LoginOutcome:
        now = self.clock.now()
        pending = await self.temp.load(data.temp_token, Stage.TWO_FACTOR, now=now)
        user = await self._pending_user(data.temp_token, pending)
        if not user.totp_enabled or not user.totp_secret_encrypted:
            await self.temp.consume(data.temp_token)
            raise TempTokenInvalidError()
        try:
            await self._check_code(user, data.code, now=now, allow_backup=True)
        except (TotpInvalidError, TotpReplayedError) as exc:
            await self.temp.wrong_code(data.temp_token)
            await self._record_failure(user, pending.username, reason="bad_2fa_code", now=now)
            exc.keep_changes = True
            raise
        if not await self.temp.consume(data.temp_token):
            raise TempTokenInvalidError()  # a concurrent request finished this step first
        snapshot = await self.authz.get(self.session, user.id, now=now)
        return await self._next_step(user, snapshot, pending, second_factor_done=True)

    async def enroll_start(self, data: EnrollStartInput) -> TotpSetupOut:
        now = self.clock.now()
        pending = await self.temp.load(data.temp_token, Stage.ENROLL, now=now)
        user = await self._pending_user(data.temp_token, pending)
        if user.totp_enabled:
            raise TempTokenInvalidError()
        return await self._start_setup(user)

    async def enroll_confirm(self, data: EnrollConfirmInput) -> LoginOutcome:
        now = self.clock.now()
        pending = await self.temp.load(data.temp_token, Stage.ENROLL, now=now)
        user = await self._pending_user(data.temp_token, pending)
        if user.totp_enabled:
            raise TempTokenInvalidError()
        try:
            codes = await self._enable(user, data.code, now=now)
        except (TotpInvalidError, TotpReplayedError):
            await self.temp.wrong_code(data.temp_token)
            raise
        if not await self.temp.consume(data.temp_token):
            raise TempTokenInvalidError()
        snapshot = await self.authz.get(self.session, user.id, now=now)
        outcome = await self._complete(user, snapshot, pending)
        outcome.result.backup_codes = codes
        return outcome

    async def change_required_password(self, data: PasswordChangeRequiredInput) -> LoginOutcome:
        now = self.clock.now()
        pending = await self.temp.load(data.temp_token, Stage.PASSWORD_CHANGE, now=now)
        user = await self._pending_user(data.temp_token, pending)
        check_password_policy(data.new_password, username=user.username)
        same, _ = await verify_password(data.new_password, user.password_hash)
        if same:
            raise PasswordReusedError(fields={"new_password": PasswordReusedError.message})
        if not await self.temp.consume(data.temp_token):
            raise TempTokenInvalidError()
        await self._set_password(user, data.new_password, now=now, forced=True)
        await self.sessions.revoke_all_for_user(
            user.id, reason="password_changed", now=now, by_user_id=user.id
        )
        snapshot = await self.authz.get(self.session, user.id, now=now)
        return await self._next_step(user, snapshot, pending, second_factor_done=False)

    async def _pending_user(self, token: str, pending: PendingLogin) -> User:
        user = await self.users.get_with_employee(pending.user_id)
        if user is None or not (user.is_active and user.employee.is_active):
            await self.temp.consume(token)
            raise TempTokenInvalidError()
        return user

    async def _next_step(
        self, user: User, snapshot: AuthzSnapshot, pending: PendingLogin, *, second_factor_done: bool
    ) -> LoginOutcome:
        now = self.clock.now()
        if user.must_change_password:
            stage, status = Stage.PASSWORD_CHANGE, LoginStatus.PASSWORD_CHANGE_REQUIRED
        elif user.totp_enabled and not second_factor_done:
            stage, status = Stage.TWO_FACTOR, LoginStatus.REQUIRES_2FA
        elif not user.totp_enabled and requires_two_factor(snapshot):
            stage, status = Stage.ENROLL, LoginStatus.ENROLLMENT_REQUIRED
        else:
            return await self._complete(user, snapshot, pending)
        token = await self.temp.issue(pending, stage, now=now)
        return LoginOutcome(LoginResult(status=status, temp_token=token))

    async def _complete(self, user: User, snapshot: AuthzSnapshot, pending: PendingLogin) -> LoginOutcome:
        now = self.clock.now()
        ctx = get_request_context()
        row, refresh_token = await self.sessions.start(
            user_id=user.id,
            kind=pending.kind,
            now=now,
            ip=_inet(ctx.ip),
            user_agent=ctx.user_agent,
            device_id=pending.device_id,
            app_type=pending.app_type,
            app_version=pending.app_version,
            push_token=pending.push_token,
        )
        user.last_login_at = now
        await self.session.flush()
        update_request_context(user_id=user.id)
        await record_audit(
            self.session,
            table=AUDIT_TABLE,
            record_id=user.id,
            action="login_succeeded",
            after={
                "session_id": str(row.id),
                "kind": pending.kind.value,
                "device_id": pending.device_id,
                "app_type": pending.app_type.value if pending.app_type else None,
                "app_version": pending.app_version,
            },
            user_id=user.id,
        )
        await self.limiter.success(pending.username, ctx.ip, user_id=user.id, now=now)
        access_token, ttl = issue_access_token(
            user_id=user.id,
            session_id=str(row.id),
            now=now,
            claims=access_claims(snapshot),
            device_id=pending.device_id,
            settings=self.settings,
        )
        mobile = pending.kind == SessionKind.MOBILE
        result = LoginResult(
            status=LoginStatus.OK,
            access_token=access_token,
            expires_in=ttl,
            refresh_token=refresh_token if mobile else None,
            user=me_out(snapshot, user),
        )
        return LoginOutcome(result, cookie_refresh_token=None if mobile else refresh_token)

    # -- failures ---------------------------------------------------------------------------

    async def _audit_login_failure(
        self, user: User | None, username: str, *, reason: str, **extra: Any
    ) -> None:
        await record_audit(
            self.session,
            table=AUDIT_TABLE,
            record_id=user.id if user else "unknown",
            action="login_failed",
            after={"username": username[:50], "reason": reason, **extra},
            user_id=None,
        )

    async def _record_failure(
        self, user: User | None, username: str, *, reason: str, now: datetime, attempt: str | None = None
    ) -> None:
        """Count a failure (windows, streak), audit it, alert at the 5th of a streak, lock at the
        10th. The caller raises with ``keep_changes=True`` so all of it is committed."""
        ip = get_request_context().ip
        outcome = await self.limiter.failure(username, ip, now=now, attempt=attempt)
        await self._audit_login_failure(user, username, reason=reason, consecutive=outcome.streak)
        if outcome.alert:
            payload = {
                "user_id": user.id if user else None,
                "username": user.username if user else username[:50],
                "ip": ip,
                "count": outcome.streak,
            }
            event_bus.publish(LOGIN_FAILURES_ALERT_EVENT, payload)
            await record_audit(
                self.session,
                table=AUDIT_TABLE,
                record_id=user.id if user else "unknown",
                action="login_failures_alert",
                after=payload,
                user_id=None,
            )
        if outcome.locked_until is not None and user is not None:
            before = user.locked_until
            await self.users.set_lock(user.id, outcome.locked_until)
            await record_audit(
                self.session,
                table=AUDIT_TABLE,
                record_id=user.id,
                action="account_locked",
                before={"locked_until": before},
                after={"locked_until": outcome.locked_until, "consecutive_failures": outcome.streak},
                user_id=None,
            )

    async def _reserve_attempt(self, username: str, *, now: datetime) -> str:
        """For authenticated checks (current password, 2FA code on a settings screen): the same
        per-username / per-IP budget as the login."""
        attempt, refusal = await self.limiter.begin(
            username, get_request_context().ip, now=now, check_user=True
        )
        if refusal is not None or attempt is None:
            raise _refusal_error(refusal or Refusal("ip", 1))
        return attempt

    # -- refresh and logout -----------------------------------------------------------------

    async def refresh(self, token: str | None) -> RefreshOutcome:
        if not token:
            raise RefreshInvalidError()
        now = self.clock.now()
        result = await self.sessions.refresh(token, now=now)
        if result.state == RefreshState.REUSED:
            # the service already revoked the family and audited it: keep that, answer 401
            raise RefreshReusedError(keep_changes=True)
        if result.state not in (RefreshState.ROTATED, RefreshState.GRACE) or not result.session_id:
            raise RefreshInvalidError()
        row = await self.session_rows.get_or_none(uuid.UUID(result.session_id))
        if row is None or row.revoked_at is not None:
            await self.sessions.store.kill(result.session_id)
            raise RefreshInvalidError()
        try:
            snapshot = await self.authz.get(self.session, row.user_id, now=now)
        except LookupError:
            await self.sessions.revoke(result.session_id, reason="user_missing", now=now, by_user_id=None)
            raise RefreshInvalidError(keep_changes=True) from None
        if not snapshot.is_active:
            await self.sessions.revoke(result.session_id, reason="user_inactive", now=now, by_user_id=None)
            raise UserInactiveError(keep_changes=True)
        access_token, ttl = issue_access_token(
            user_id=row.user_id,
            session_id=result.session_id,
            now=now,
            claims=access_claims(snapshot),
            device_id=row.device_id,
            settings=self.settings,
        )
        mobile = row.kind == SessionKind.MOBILE
        return RefreshOutcome(
            TokenResponse(
                access_token=access_token,
                expires_in=ttl,
                refresh_token=result.refresh_token if mobile else None,
            ),
            cookie_refresh_token=None if mobile else result.refresh_token,
        )

    async def logout(self, principal: Principal) -> None:
        await self.sessions.revoke(
            principal.session_id, reason="logout", now=self.clock.now(), by_user_id=principal.user_id
        )

    async def logout_all(self, principal: Principal) -> int:
        return await self.sessions.revoke_all_for_user(
            principal.user_id, reason="logout_all", now=self.clock.now(), by_user_id=principal.user_id
        )

    # -- me and my sessions -----------------------------------------------------------------

    async def me(self, principal: Principal) -> MeOut:
        user = await self.users.get(principal.user_id)
        return me_out(principal.snapshot, user)

    async def list_sessions(self, principal: Principal) -> list[SessionOut]:
        rows = await self.session_rows.list_open_for_user(principal.user_id, now=self.clock.now())
        alive = await self._alive([str(r.id) for r in rows])
        return [
            _session_out(row, current=str(row.id) == principal.session_id)
            for row in rows
            if str(row.id) in alive
        ]

    async def revoke_session(self, principal: Principal, session_id: uuid.UUID) -> None:
        row = await self.session_rows.get_for_user(session_id, principal.user_id)
        if row is None or row.revoked_at is not None:
            raise NotFoundError("No se encontró la sesión.")
        await self.sessions.revoke(
            str(row.id), reason="revoked_by_user", now=self.clock.now(), by_user_id=principal.user_id
        )

    async def _alive(self, session_ids: list[str]) -> set[str]:
        if not session_ids:
            return set()
        async with self.redis.pipeline(transaction=False) as pipe:
            for sid in session_ids:
                pipe.exists(f"auth:sess:{sid}")
            flags = await pipe.execute()
        return {sid for sid, flag in zip(session_ids, flags, strict=True) if flag}

    # -- passwords --------------------------------------------------------------------------

    async def change_password(self, principal: Principal, data: PasswordChangeInput) -> int:
        """Change my password; every other session of mine is revoked. Returns how many."""
        now = self.clock.now()
        user = await self.users.get(principal.user_id)
        if data.new_password == data.current_password:
            raise PasswordReusedError(fields={"new_password": PasswordReusedError.message})
        check_password_policy(data.new_password, username=user.username)
        attempt = await self._reserve_attempt(user.username, now=now)
        ok, _ = await verify_password(data.current_password, user.password_hash)
        if not ok:
            await self._record_failure(
                user, user.username, reason="bad_current_password", now=now, attempt=attempt
            )
            raise CurrentPasswordInvalidError(
                fields={"current_password": CurrentPasswordInvalidError.message}, keep_changes=True
            )
        await self.limiter.release(user.username, get_request_context().ip, attempt)
        await self._set_password(user, data.new_password, now=now, forced=False)
        return await self.sessions.revoke_all_for_user(
            user.id,
            reason="password_changed",
            now=now,
            by_user_id=user.id,
            except_session=principal.session_id,
        )

    async def _set_password(self, user: User, password: str, *, now: datetime, forced: bool) -> None:
        user.password_hash = await hash_password(password)
        user.password_changed_at = now
        user.must_change_password = False
        await self.session.flush()
        await record_audit(
            self.session,
            table=AUDIT_TABLE,
            record_id=user.id,
            action="password_changed",
            after={"forced_change": forced, "password_changed_at": now},
            user_id=user.id,
        )
        bump_user(self.redis, user.id)

    # -- 2FA --------------------------------------------------------------------------------

    async def totp_setup(self, principal: Principal) -> TotpSetupOut:
        user = await self.users.get(principal.user_id)
        if user.totp_enabled:
            raise TotpAlreadyEnabledError()
        return await self._start_setup(user)

    async def totp_enable(self, principal: Principal, code: str) -> list[str]:
        user = await self.users.get(principal.user_id)
        return await self._enable(user, code, now=self.clock.now())

    async def totp_disable(self, principal: Principal, code: str) -> None:
        now = self.clock.now()
        user = await self.users.get(principal.user_id)
        if requires_two_factor(principal.snapshot):
            raise TotpRequiredError()
        if not user.totp_enabled:
            raise TotpNotEnabledError()
        await self._check_fresh_code(user, code, now=now)
        user.totp_enabled = False
        user.totp_secret_encrypted = None
        await self.session.flush()
        removed = await self.backup_codes.delete_all(user.id)
        await record_audit(
            self.session,
            table=AUDIT_TABLE,
            record_id=user.id,
            action="totp_disabled",
            before={"totp_enabled": True},
            after={"totp_enabled": False, "backup_codes_deleted": removed},
            user_id=user.id,
        )

    async def regenerate_backup_codes(self, principal: Principal, code: str) -> list[str]:
        now = self.clock.now()
        user = await self.users.get(principal.user_id)
        if not user.totp_enabled:
            raise TotpNotEnabledError()
        await self._check_fresh_code(user, code, now=now)
        codes = await self._new_backup_codes(user.id, now=now)
        await record_audit(
            self.session,
            table=AUDIT_TABLE,
            record_id=user.id,
            action="backup_codes_regenerated",
            after={"count": len(codes)},
            user_id=user.id,
        )
        return codes

    async def _start_setup(self, user: User) -> TotpSetupOut:
        """A new secret, stored encrypted but not enabled until a code proves the app has it."""
        secret = totp.new_secret()
        user.totp_secret_encrypted = encrypt_secret(secret)
        user.totp_last_step = None  # a new secret: the steps of the old one mean nothing
        await self.session.flush()
        uri = totp.provisioning_uri(secret, user.username)
        return TotpSetupOut(secret=secret, otpauth_uri=uri, qr_png_base64=totp.qr_png_base64(uri))

    async def _enable(self, user: User, code: str, *, now: datetime) -> list[str]:
        if user.totp_enabled:
            raise TotpAlreadyEnabledError()
        if not user.totp_secret_encrypted:
            raise TotpNotSetUpError()
        step = totp.matching_step(decrypt_secret(user.totp_secret_encrypted), code, now)
        if step is None:
            raise TotpInvalidError()
        if not await self.users.claim_totp_step(user.id, step, enable=True):
            raise TotpReplayedError()
        codes = await self._new_backup_codes(user.id, now=now)
        await record_audit(
            self.session,
            table=AUDIT_TABLE,
            record_id=user.id,
            action="totp_enabled",
            before={"totp_enabled": False},
            after={"totp_enabled": True, "backup_codes": len(codes)},
            user_id=user.id,
        )
        return codes

    async def _check_fresh_code(self, user: User, code: str, *, now: datetime) -> None:
        """A TOTP code (not a backup code) for a sensitive 2FA change, under the login budget."""
        attempt = await self._reserve_attempt(user.username, now=now)
        try:
            await self._check_code(user, code, now=now, allow_backup=False)
        except (TotpInvalidError, TotpReplayedError) as exc:
            await self._record_failure(user, user.username, reason="bad_2fa_code", now=now, attempt=attempt)
            exc.keep_changes = True
            raise
        await self.limiter.release(user.username, get_request_context().ip, attempt)

    async def _check_code(self, user: User, code: str, *, now: datetime, allow_backup: bool) -> str:
        """Accept a TOTP code once (atomic step claim) or, if allowed, an unused backup code.
        Returns ``"totp"`` or ``"backup"``."""
        if allow_backup and not totp.looks_like_totp(code):
            if await self.backup_codes.use(user.id, totp.hash_backup_code(code), now=now):
                await record_audit(
                    self.session,
                    table=AUDIT_TABLE,
                    record_id=user.id,
                    action="backup_code_used",
                    after={"remaining": await self.backup_codes.count_unused(user.id)},
                    user_id=user.id,
                )
                return "backup"
            raise TotpInvalidError()
        if not user.totp_secret_encrypted:
            raise TotpInvalidError()
        step = totp.matching_step(decrypt_secret(user.totp_secret_encrypted), code, now)
        if step is None:
            raise TotpInvalidError()
        if not await self.users.claim_totp_step(user.id, step):
            raise TotpReplayedError()
        return "totp"

    async def _new_backup_codes(self, user_id: int, *, now: datetime) -> list[str]:
        codes = totp.new_backup_codes()
        await self.backup_codes.replace_all(user_id, [totp.hash_backup_code(c) for c in codes], now=now)
        return codes


def _session_out(row: AuthSession, *, current: bool) -> SessionOut:
    return SessionOut(
        id=row.id,
        kind=row.kind,
        device_id=row.device_id,
        app_type=row.app_type,
        app_version=row.app_version,
        ip=str(row.ip) if row.ip is not None else None,
        user_agent=row.user_agent,
        created_at=row.created_at,
        last_seen_at=row.last_seen_at,
        expires_at=row.expires_at,
        current=current,
    )


class OperatorService:
    """What the operations CLI does (``protegrt create-admin``, ``reset-2fa``, ``sessions``)."""

    def __init__(self, session: AsyncSession, redis: Redis, clock: Clock) -> None:
        self.session = session
        self.redis = redis
        self.clock = clock
        self.users = UserRepository(session)
        self.accounts = AccountRepository(session)
        self.session_rows = AuthSessionRepository(session)
        self.sessions = SessionService(session, redis)

    async def user_by_username(self, username: str) -> User:
        user = await self.users.get_by_username(username, with_employee=False)
        if user is None:
            raise NotFoundError(f"No existe el usuario «{username}».")
        return user

    async def create_admin(self, *, username: str, first_name: str, last_name: str, password: str) -> User:
        """The first admin: an employee in Administración, a login with the global admin role.
        2FA is enrolled at the first login (admins must use it)."""
        if await self.users.get_by_username(username, with_employee=False) is not None:
            raise ConflictError(f"Ya existe un usuario «{username}».")
        check_password_policy(password, username=username, field="password")
        user = await self.accounts.create_employee_user(
            first_name=first_name,
            last_name=last_name,
            username=username,
            password_hash=await hash_password(password),
            department_id=await self.accounts.department_id("administracion"),
            role_id=await self.accounts.role_id("admin"),
            now=self.clock.now(),
        )
        await record_audit(
            self.session,
            table=AUDIT_TABLE,
            record_id=user.id,
            action="admin_created",
            after={"username": username, "role": "admin"},
        )
        return user

    async def reset_two_factor(self, username: str) -> int:
        """Disable 2FA, delete the backup codes, revoke every session. Returns sessions revoked."""
        now = self.clock.now()
        user = await self.user_by_username(username)
        was_enabled = user.totp_enabled
        user.totp_enabled = False
        user.totp_secret_encrypted = None
        user.totp_last_step = None
        await self.session.flush()
        removed = await BackupCodeRepository(self.session).delete_all(user.id)
        revoked = await self.sessions.revoke_all_for_user(
            user.id, reason="2fa_reset", now=now, by_user_id=None
        )
        await record_audit(
            self.session,
            table=AUDIT_TABLE,
            record_id=user.id,
            action="totp_reset",
            before={"totp_enabled": was_enabled},
            after={"totp_enabled": False, "backup_codes_deleted": removed, "sessions_revoked": revoked},
        )
        return revoked

    async def enrolled_totp_secrets(self, usernames: list[str]) -> dict[str, str | None]:
        """lower(username) -> the enrolled TOTP secret (None: not enrolled). For the demo logins
        banner only; never used in production (the CLI refuses)."""
        state = await self.users.totp_state(usernames)
        return {
            name: decrypt_secret(secret) if enabled and secret else None
            for name, (enabled, secret) in state.items()
        }

    async def list_sessions(self, username: str | None = None) -> list[tuple[AuthSession, str]]:
        user_id = (await self.user_by_username(username)).id if username else None
        rows = await self.session_rows.list_open(now=self.clock.now(), user_id=user_id)
        return rows

    async def revoke_session(self, session_id: uuid.UUID) -> bool:
        row = await self.session_rows.get_or_none(session_id)
        if row is None:
            raise NotFoundError("No se encontró la sesión.")
        return await self.sessions.revoke(
            str(session_id), reason="cli", now=self.clock.now(), by_user_id=None
        )

    async def revoke_user_sessions(self, username: str) -> int:
        user = await self.user_by_username(username)
        return await self.sessions.revoke_all_for_user(
            user.id, reason="cli", now=self.clock.now(), by_user_id=None
        )
