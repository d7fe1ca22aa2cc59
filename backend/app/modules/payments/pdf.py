"""Printable payment receipt and account statement (Spanish, MXN, letter size), by WeasyPrint.

Same approach as the printed policy (``app.modules.policies.pdf``): Jinja2 with autoescape, money
as "$12,345.50", dates dd/mm/aaaa, a URL fetcher that refuses every URL, and the rendering in a
worker thread (never on the event loop).
"""

from __future__ import annotations

import asyncio
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from app.core.clock import MEXICO_CITY
from app.models import Client, Employee, Payment, PaymentTransaction, Policy
from app.models.enums import LedgerEntryKind, PartialPaymentStatus
from app.modules.payments.schemas import METHOD_LABELS, PolicyPayments
from app.modules.policies.pdf import INSURER, ddmmyyyy, mxn
from app.modules.policies.schemas import PAYMENT_STATUS_LABELS, PLAN_LABELS, STATUS_LABELS

TEMPLATES_DIR: Final = Path(__file__).parent / "templates"


@lru_cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _stamp(at: datetime) -> str:
    return at.astimezone(MEXICO_CITY).strftime("%d/%m/%Y %H:%M")


def receipt_context(
    entry: PaymentTransaction,
    installment: Payment,
    policy: Policy,
    client: Client,
    collector: Employee | None,
    *,
    label: str,
    remaining: Any,
    printed_at: datetime,
) -> dict[str, Any]:
    collector_name = (
        " ".join(p for p in (collector.code, collector.first_name, collector.last_name) if p)
        if collector
        else "OFICINA"
    )
    return {
        "insurer": INSURER,
        "printed_at": _stamp(printed_at),
        "policy": {
            "folio": policy.folio,
            "plan_label": PLAN_LABELS.get(policy.payment_plan, policy.payment_plan),
        },
        "client": {"full_name": client.full_name},
        "installment": {
            "amount": mxn(installment.amount),
            "due": ddmmyyyy(installment.due_date),
            "remaining": mxn(remaining),
        },
        "entry": {
            "id": entry.id,
            "title": "Comprobante de reversión"
            if entry.kind == LedgerEntryKind.REVERSAL
            else "Recibo de pago",
            "is_reversal": entry.kind == LedgerEntryKind.REVERSAL,
            "label": label,
            "receipt_number": entry.receipt_number,
            "paid_date": ddmmyyyy(entry.paid_date),
            "method": METHOD_LABELS.get(entry.method, "—") if entry.method else "—",
            "amount": mxn(entry.amount),
            "collector": collector_name,
            "reason": entry.reason,
        },
    }


def statement_context(timeline: PolicyPayments, *, as_of: date, printed_at: datetime) -> dict[str, Any]:
    policy = timeline.policy
    entries = sorted((e for i in timeline.installments for e in i.entries), key=lambda e: e.id)
    return {
        "insurer": INSURER,
        "as_of": ddmmyyyy(as_of),
        "printed_at": _stamp(printed_at),
        "policy": {
            "folio": policy.folio,
            "client_name": policy.client_name,
            "coverage_name": policy.coverage_name,
            "effective": ddmmyyyy(policy.effective_date),
            "expiration": ddmmyyyy(policy.expiration_date),
            "status_label": STATUS_LABELS.get(policy.status, policy.status),
            "plan_label": PLAN_LABELS.get(policy.payment_plan, policy.payment_plan),
            "is_restructured": policy.is_restructured,
            "prima_total": mxn(policy.prima_total),
        },
        "installments": [
            {
                "number": i.payment_number,
                "due": ddmmyyyy(i.due_date),
                "amount": mxn(i.amount),
                "status": PAYMENT_STATUS_LABELS.get(i.status, i.status),
                "paid_date": ddmmyyyy(i.paid_date),
                "receipt": i.receipt_number or "—",
                "partial_paid": mxn(i.partial_paid),
                "remaining": mxn(i.remaining),
                "partials": [
                    {
                        "label": p.label,
                        "paid_date": ddmmyyyy(p.paid_date),
                        "receipt": p.receipt_number or "—",
                        "amount": mxn(p.amount),
                        "reversed": p.status == PartialPaymentStatus.REVERSED,
                    }
                    for p in i.partials
                ],
            }
            for i in timeline.installments
        ],
        "entries": [
            {
                "paid_date": ddmmyyyy(e.paid_date),
                "label": e.label,
                "method": METHOD_LABELS.get(e.method, "—") if e.method else "—",
                "receipt": e.receipt_number or "—",
                "amount": mxn(e.amount),
                "is_reversal": e.kind == LedgerEntryKind.REVERSAL,
            }
            for e in entries
        ],
        "paid_total": mxn(timeline.paid_total),
        "remaining_total": mxn(timeline.remaining_total),
    }


def render_sync(template: str, context: dict[str, Any]) -> bytes:
    html = _environment().get_template(template).render(**context)
    pdf: bytes = HTML(string=html, url_fetcher=URLFetcher(allowed_protocols=frozenset())).write_pdf()
    return pdf


async def render(template: str, context: dict[str, Any]) -> bytes:
    """Render off the event loop."""
    return await asyncio.to_thread(render_sync, template, context)
