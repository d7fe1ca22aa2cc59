"""Celery beat schedule (local time America/Mexico_City, domain.md §10).

Each module adds its jobs here as it lands (status updater 00:00, receipt losses hourly...).
"""

from __future__ import annotations

from typing import Any

from celery.schedules import crontab

beat_schedule: dict[str, dict[str, Any]] = {
    # Proves every minute that beat, the broker, a worker and the database work together;
    # /health/ready reports the age of the last heartbeat.
    "system-heartbeat": {"task": "system.heartbeat", "schedule": crontab(minute="*")},
    # the StatusUpdater, nightly mode, at local midnight (the celery app's timezone is
    # America/Mexico_City, so this crontab is local time)
    "policies-update-statuses": {"task": "policies.update_statuses", "schedule": crontab(minute=0, hour=0)},
    # confirmed skipped receipts whose loss date has come -> lost (domain.md §5), every hour
    "receipts-process-losses": {"task": "receipts.process_losses", "schedule": crontab(minute=7)},
    # next month's audit_log partition, created ahead of time on the 25th
    "audit-partitions": {
        "task": "system.ensure_audit_partitions",
        "schedule": crontab(minute="0", hour="3", day_of_month="25"),
    },
    # idempotency records past their 7 days, daily at 04:15 local
    "idempotency-purge": {"task": "idempotency.purge", "schedule": crontab(minute=15, hour=4)},
}
