"""The versioned API: every business module's router is included here under ``/api/v1``."""

from __future__ import annotations

from fastapi import APIRouter

from app.core.config import get_settings
from app.modules.admin.router import router as admin_router
from app.modules.auth.router import router as auth_router
from app.modules.authorization.router import router as authorization_router
from app.modules.cancellations.router import router as cancellations_router
from app.modules.cash.router import router as cash_router
from app.modules.catalogs.router import router as catalogs_router
from app.modules.clients.router import router as clients_router
from app.modules.coverages.router import router as coverages_router
from app.modules.dashboard.router import router as dashboard_router
from app.modules.employees.router import router as employees_router
from app.modules.files.router import router as files_router
from app.modules.payments.router import router as payments_router
from app.modules.policies.router import router as policies_router
from app.modules.policies.status_router import router as status_updater_router
from app.modules.promotions.router import router as promotions_router
from app.modules.receipts.router import router as receipts_router
from app.modules.vehicles.router import router as vehicles_router

api_router = APIRouter(prefix=get_settings().api_prefix)
api_router.include_router(auth_router)
api_router.include_router(employees_router)
api_router.include_router(admin_router)
api_router.include_router(policies_router)
api_router.include_router(promotions_router)
api_router.include_router(cancellations_router)
api_router.include_router(status_updater_router)
api_router.include_router(clients_router)
api_router.include_router(vehicles_router)
api_router.include_router(coverages_router)
api_router.include_router(payments_router)
api_router.include_router(receipts_router)
api_router.include_router(authorization_router)
api_router.include_router(cash_router)
api_router.include_router(files_router)
api_router.include_router(dashboard_router)
api_router.include_router(catalogs_router)
