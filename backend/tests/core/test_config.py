from __future__ import annotations

from app.core.config import Settings


def test_lists_come_from_comma_separated_env(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CORS_ORIGINS", "https://app.protegrt.com, https://admin.protegrt.com")
    monkeypatch.setenv("TRUSTED_PROXIES", "10.0.0.0/8")
    s = Settings()
    assert s.cors_origins == ["https://app.protegrt.com", "https://admin.protegrt.com"]
    assert s.trusted_proxies == ["10.0.0.0/8"]


def test_secrets_never_print(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("QUOTES_API_KEY", "super-secreto-123")
    s = Settings()
    assert "super-secreto-123" not in repr(s)
    assert s.quotes_api_key.get_secret_value() == "super-secreto-123"


def test_sync_url_and_timezone() -> None:
    s = Settings(database_url="postgresql+asyncpg://u@h:1/db")
    assert s.sync_database_url == "postgresql+psycopg://u@h:1/db"
    assert s.tz.key == "America/Mexico_City"
