"""The versioned API: every business module's router is included here under ``/api/v1``."""

from __future__ import annotations

from fastapi import APIRouter

from app.core.config import get_settings

api_router = APIRouter(prefix=get_settings().api_prefix)
