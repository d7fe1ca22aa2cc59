"""Celery application (`celery -A app.tasks worker|beat`).

Redis broker, late acknowledgement (a task that dies mid-way is redelivered), the schedule of
`app.tasks.scheduler` in America/Mexico_City. Tasks take ids, never objects, and open their own
unit of work (`app.tasks.base.task_unit_of_work`).
"""

from __future__ import annotations

from celery import Celery

from app.core.config import get_settings
from app.core.logging import configure_logging
from app.tasks.scheduler import beat_schedule

_settings = get_settings()

celery = Celery(
    "protegrt",
    broker=_settings.broker_url,
    include=[
        "app.tasks.system",
        "app.tasks.quotes",
        "app.tasks.policies",
        "app.tasks.idempotency",
        "app.tasks.receipts",
    ],
)
celery.conf.update(
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    task_serializer="json",
    accept_content=["json"],
    result_backend=None,
    task_ignore_result=True,
    timezone=_settings.timezone,
    enable_utc=True,
    broker_connection_retry_on_startup=True,
    broker_transport_options={"visibility_timeout": 3600},
    worker_hijack_root_logger=False,
    beat_schedule=beat_schedule,
    task_default_queue="protegrt",
)

app = celery


@celery.on_after_configure.connect  # type: ignore[untyped-decorator]
def _setup_logging(**_: object) -> None:
    configure_logging(_settings.log_level, json=_settings.log_json)
