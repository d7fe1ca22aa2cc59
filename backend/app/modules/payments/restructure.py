"""Restructure "contado a cuotas" (domain.md §4, screens §1.10): a pure plan over the installments.

The unpaid balance becomes N monthly installments (2-12 by the settings, default 6) from the
earliest unpaid due date, anchored and clamped like every schedule (``add_months``). For a
``cash_2_installments`` policy the basis is the coverage's credit price minus what was paid (the
client moves from the cash price to the credit price); for any other plan it is what the unpaid
installments still owe. With N = 6 the plan becomes ``monthly_7`` (when the coverage may be sold
with it); otherwise the policy keeps its plan and is marked ``is_restructured``.

The old unpaid installments are cancelled, never deleted nor renumbered: the new ones continue the
numbering (3, 4, ... after 1 paid and 2 cancelled), so every receipt, partial and audit row that
names an installment number keeps meaning the same installment.

Refusals (the preview lists every reason; the POST refuses with them): an overdue installment
(more than ``late_days_max`` days late: the client must first catch up), a policy that is
cancelled, suspended or expired, nothing left to pay, an unpaid installment with partial payments
(finish or reverse them first), or a new due date after the end of the policy's term.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_DOWN, Decimal
from typing import Final

from app.models import Payment, Policy
from app.models.enums import PartialPaymentStatus, PaymentPlan, PaymentStatus, PolicyStatus
from app.modules.payments.exceptions import RestructureInstallmentsError
from app.modules.policies.schedule import CENT, Installment, add_months

ZERO: Final = Decimal("0.00")
_UNPAID: Final = frozenset({PaymentStatus.PENDING, PaymentStatus.LATE, PaymentStatus.OVERDUE})
_CLOSED: Final = {
    PolicyStatus.CANCELLED: "La póliza está cancelada.",
    PolicyStatus.SUSPENDED: "La póliza está suspendida.",
    PolicyStatus.EXPIRED: "La póliza ya terminó su vigencia.",
}
DEFAULT_RESTRUCTURE_INSTALLMENTS: Final = 6


@dataclass
class RestructurePlan:
    n: int
    basis: Decimal
    paid_total: Decimal
    plan_after: PaymentPlan
    is_restructured_after: bool
    prima_total_after: Decimal
    cancelled: list[Payment] = field(default_factory=list)
    lines: list[Installment] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


def split_equal(total: Decimal, parts: int) -> list[Decimal]:
    """``parts`` equal amounts (cents rounded down), the last one absorbing the rounding."""
    base = (total / parts).quantize(CENT, rounding=ROUND_DOWN)
    return [base] * (parts - 1) + [total - base * (parts - 1)]


def plan_restructure(
    policy: Policy,
    installments: Sequence[Payment],
    n: int,
    *,
    as_of: date,
    credit_price: Decimal,
    late_days: int,
    bounds: tuple[int, int],
    monthly_7_allowed: bool = True,
) -> RestructurePlan:
    low, high = bounds
    if not low <= n <= high:
        message = f"El número de cuotas debe estar entre {low} y {high}."
        raise RestructureInstallmentsError(message, fields={"installments": message})
    reasons: list[str] = []
    if policy.status in _CLOSED:
        reasons.append(_CLOSED[policy.status])
    unpaid = sorted((p for p in installments if p.status in _UNPAID), key=lambda p: p.payment_number)
    paid = [p for p in installments if p.status == PaymentStatus.PAID]
    paid_total = sum((p.amount for p in paid), ZERO)
    overdue = [
        p for p in unpaid if p.status == PaymentStatus.OVERDUE or (as_of - p.due_date).days > late_days
    ]
    for p in overdue:
        reasons.append(
            f"La mensualidad {p.payment_number} está vencida ({(as_of - p.due_date).days} días de atraso): "
            "el cliente debe ponerse al corriente antes de reestructurar."
        )
    with_partials = [p for p in unpaid if any(pp.status == PartialPaymentStatus.APPLIED for pp in p.partials)]
    for p in with_partials:
        reasons.append(
            f"La mensualidad {p.payment_number} tiene abonos: "
            "termina de pagarla o revierte sus abonos primero."
        )
    if not unpaid:
        reasons.append("La póliza no tiene saldo pendiente.")
    cash_two = policy.payment_plan == PaymentPlan.CASH_2_INSTALLMENTS
    basis = (credit_price - paid_total) if cash_two else sum((p.amount for p in unpaid), ZERO)
    becomes_monthly = n == DEFAULT_RESTRUCTURE_INSTALLMENTS and monthly_7_allowed
    plan = RestructurePlan(
        n=n,
        basis=max(basis, ZERO),
        paid_total=paid_total,
        plan_after=PaymentPlan.MONTHLY_7 if becomes_monthly else policy.payment_plan,
        is_restructured_after=policy.is_restructured if becomes_monthly else True,
        prima_total_after=(paid_total + basis) if cash_two else policy.prima_total,
        cancelled=list(unpaid),
        reasons=reasons,
    )
    if unpaid and basis <= 0:
        reasons.append("El saldo a reestructurar debe ser mayor que cero.")
    if not unpaid or basis <= 0:
        return plan
    first_due = min(p.due_date for p in unpaid)
    next_number = max(p.payment_number for p in installments) + 1
    plan.lines = [
        Installment(next_number + k, add_months(first_due, k), amount)
        for k, amount in enumerate(split_equal(basis, n))
    ]
    last_due = plan.lines[-1].due_date
    if last_due > policy.expiration_date:
        reasons.append(
            f"La última cuota ({last_due:%d/%m/%Y}) quedaría después del fin de vigencia "
            f"({policy.expiration_date:%d/%m/%Y}): elige menos cuotas."
        )
    return plan
