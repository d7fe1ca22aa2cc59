"""Application settings, read only from the environment (and an optional `.env` file).

Every secret comes from the environment; defaults are safe for local development only.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

BACKEND_DIR = Path(__file__).resolve().parents[2]
REPO_DIR = BACKEND_DIR.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=(REPO_DIR / ".env", BACKEND_DIR / ".env"),
        env_file_encoding="utf-8",
        extra="ignore",
        case_sensitive=False,
    )

    environment: Literal["development", "test", "production"] = "development"
    app_name: str = "ProtegRT CRM"
    api_prefix: str = "/api/v1"
    timezone: str = "America/Mexico_City"
    log_level: str = "INFO"
    log_json: bool = True

    # Infrastructure
    database_url: str = "postgresql+asyncpg://postgres@127.0.0.1:5432/protegrt"
    database_pool_size: int = 10
    database_max_overflow: int = 10
    database_statement_timeout_ms: int = 30_000
    redis_url: str = "redis://127.0.0.1:6379/0"
    celery_broker_url: str | None = None
    #: Redis pub/sub channel shared by the API workers' Socket.IO managers (pub/sub ignores the
    #: database number: two stacks on one Redis need different channels)
    socketio_channel: str = "protegrt-socketio"
    data_dir: Path = REPO_DIR / ".data"

    # HTTP
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["http://127.0.0.1:3000", "http://localhost:3000"]
    )
    trusted_proxies: Annotated[list[str], NoDecode] = Field(default_factory=list)
    hsts_enabled: bool = True

    # Authentication (domain.md §10). Keys come from the environment; in development and tests
    # `protegrt keys generate` writes them under DATA_DIR/keys (never committed).
    jwt_private_key: SecretStr | None = None  # PEM (or base64 of the PEM)
    jwt_previous_public_keys: SecretStr | None = None  # PEM bundle still accepted while rotating keys
    jwt_issuer: str = "protegrt"
    jwt_audience: str = "protegrt-api"
    access_token_ttl_s: int = 15 * 60
    refresh_web_ttl_s: int = 7 * 24 * 3600
    refresh_web_idle_s: int = 8 * 3600
    refresh_mobile_ttl_s: int = 30 * 24 * 3600
    refresh_grace_s: int = 30
    totp_encryption_key: SecretStr | None = None  # Fernet key (urlsafe base64, 32 bytes)
    refresh_cookie_secure: bool = True

    # Business
    policy_folio_start: int = 25001

    # External services (real URLs in production; fake servers on loopback in tests)
    quotes_api_url: str = "http://127.0.0.1:9101"
    quotes_api_key: SecretStr = SecretStr("")
    quotes_api_timeout_s: float = 10.0  # domain.md §11: 10 s per call to the quotes system
    files_api_url: str | None = None
    files_api_key: SecretStr = SecretStr("")
    whatsapp_api_url: str = "http://127.0.0.1:9102"
    whatsapp_api_key: SecretStr = SecretStr("")
    whatsapp_instance: str = "protegrt"
    telegram_api_url: str = "https://api.telegram.org"
    telegram_bot_token: SecretStr = SecretStr("")
    map_tile_url: str = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"

    @field_validator("cors_origins", "trusted_proxies", mode="before")
    @classmethod
    def _split_csv(cls, value: object) -> object:
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def broker_url(self) -> str:
        return self.celery_broker_url or self.redis_url

    @property
    def sync_database_url(self) -> str:
        """The same database for synchronous drivers (Alembic's offline tools, COPY loaders)."""
        return self.database_url.replace("+asyncpg", "+psycopg")

    @property
    def keys_dir(self) -> Path:
        return self.data_dir / "keys"

    @property
    def is_production(self) -> bool:
        return self.environment == "production"


@lru_cache
def get_settings() -> Settings:
    return Settings()
