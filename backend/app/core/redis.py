"""Shared async Redis client (cache, rate limits, refresh tokens, Socket.IO manager)."""

from __future__ import annotations

from functools import lru_cache

from redis.asyncio import Redis

from app.core.config import get_settings


def build_redis(url: str) -> Redis:
    return Redis.from_url(url, decode_responses=True, socket_connect_timeout=2, socket_timeout=5)


@lru_cache
def get_redis() -> Redis:
    """FastAPI dependency and module accessor; one connection pool per process."""
    return build_redis(get_settings().redis_url)
