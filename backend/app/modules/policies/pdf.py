"""The printable policy (Spanish, letter size): a Jinja2 HTML template rendered by WeasyPrint.

Every value is escaped by the template engine (autoescape), money is shown as MXN with es-MX
grouping ("$12,345.50"), dates as dd/mm/aaaa. WeasyPrint may not fetch anything: the template is
self-contained and the URL fetcher refuses every URL (no SSRF through data a person typed).
Rendering is CPU work, so callers run it in a worker thread (``render_pdf``).
"""

from __future__ import annotations

import asyncio
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from app.modules.policies.schemas import (
    PAYMENT_STATUS_LABELS,
    PLAN_LABELS,
    SERVICE_LABELS,
    STATUS_LABELS,
    VEHICLE_TYPE_LABELS,
    PolicyRead,
)

TEMPLATES_DIR: Final = Path(__file__).parent / "templates"
INSURER: Final = {
    "name": "ProtegRT",
    "tagline": "Mutualidad de protección vehicular",
    "address": "Tonalá, Jalisco, México",
}


def mxn(value: Decimal | None) -> str:
    """``$12,345.50`` (es-MX: comma thousands, point decimals, two decimals)."""
    if value is None:
        return "—"
    sign = "-" if value < 0 else ""
    return f"{sign}${abs(value):,.2f}"


def ddmmyyyy(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


def pct(value: Decimal) -> str:
    return f"{value.normalize():f} %"


@lru_cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def build_context(detail: PolicyRead) -> dict[str, Any]:
    to_pay = detail.prima_total - detail.total_discount
    seller = detail.seller
    return {
        "insurer": INSURER,
        "policy": {
            "folio": detail.folio,
            "contract_folio": detail.contract_folio,
            "status_label": STATUS_LABELS.get(detail.status, detail.status),
            "effective": ddmmyyyy(detail.effective_date),
            "expiration": ddmmyyyy(detail.expiration_date),
            "sale": ddmmyyyy(detail.sale_date),
            "plan_label": PLAN_LABELS.get(detail.payment_plan, detail.payment_plan),
            "premium": mxn(detail.prima_total),
            "discount": mxn(detail.total_discount) if detail.total_discount > 0 else None,
            "to_pay": mxn(to_pay),
            "tow_services_available": detail.tow_services_available,
            "quote": detail.quote_external_id,
        },
        "client": detail.client.model_dump(),
        "vehicle": {
            **detail.vehicle.model_dump(),
            "type_label": VEHICLE_TYPE_LABELS.get(detail.vehicle.vehicle_type, detail.vehicle.vehicle_type),
            "service_label": SERVICE_LABELS.get(detail.vehicle.service_type, detail.vehicle.service_type),
        },
        "coverage": detail.coverage.model_dump(),
        "amplia": (
            {
                "commercial_value": mxn(detail.amplia_detail.commercial_value),
                "damage": pct(detail.amplia_detail.deductible_damage_pct),
                "theft": pct(detail.amplia_detail.deductible_theft_pct),
            }
            if detail.amplia_detail
            else None
        ),
        "installments": [
            {
                "number": i.payment_number,
                "due": ddmmyyyy(i.due_date),
                "amount": mxn(i.amount),
                "status": PAYMENT_STATUS_LABELS.get(i.status, i.status),
            }
            for i in detail.installments
        ],
        "seller": f"{seller.code} · {seller.full_name}" if seller.code else seller.full_name,
    }


def render_html(context: dict[str, Any]) -> str:
    return _environment().get_template("policy.html").render(**context)


def render_pdf_sync(context: dict[str, Any]) -> bytes:
    # no protocol allowed: the document is self-contained
    document = HTML(string=render_html(context), url_fetcher=URLFetcher(allowed_protocols=frozenset()))
    pdf: bytes = document.write_pdf()
    return pdf


async def render_pdf(detail: PolicyRead) -> bytes:
    """The policy as a PDF, rendered in a worker thread (never on the event loop)."""
    return await asyncio.to_thread(render_pdf_sync, build_context(detail))
