"""Installment schedules (domain.md §4): pure functions over ``Decimal`` and ``date``.

- ``cash``: 1 payment of the cash price, due on the effective date.
- ``cash_2_installments``: 2 payments, half the cash price each (the odd cent goes to the second),
  due on the effective date and one month later.
- ``monthly_7``: payment 1 = the down payment; payments 2-7 = (credit price - down payment) / 6,
  monthly after the effective date; the last absorbs rounding (4,200 / 1,200 -> 1,200 + 6 x 500).
- AMPLIA family: ``quarterly_4`` / ``semiannual_2`` / ``monthly_12``: equal parts of the quoted
  premium every 3 / 6 / 1 months; the last absorbs rounding.

"N months after" is anchored to the effective date and clamped to the month's last day
(Jan 31 -> Feb 28 -> Mar 31), never chained from the previous due date.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal

from app.models.enums import CoverageCategory, PaymentPlan

CENT = Decimal("0.01")
ZERO = Decimal("0.00")

#: plans of the AMPLIA family (comprehensive coverages, priced by an external quote)
QUOTED_PLANS = frozenset({PaymentPlan.QUARTERLY_4, PaymentPlan.SEMIANNUAL_2, PaymentPlan.MONTHLY_12})
LIABILITY_PLANS = (PaymentPlan.CASH, PaymentPlan.CASH_2_INSTALLMENTS, PaymentPlan.MONTHLY_7)
COMPREHENSIVE_PLANS = (
    PaymentPlan.CASH,
    PaymentPlan.CASH_2_INSTALLMENTS,
    PaymentPlan.QUARTERLY_4,
    PaymentPlan.SEMIANNUAL_2,
    PaymentPlan.MONTHLY_12,
)
_EQUAL_PARTS: dict[PaymentPlan, tuple[int, int]] = {  # plan -> (installments, months between)
    PaymentPlan.CASH_2_INSTALLMENTS: (2, 1),
    PaymentPlan.QUARTERLY_4: (4, 3),
    PaymentPlan.SEMIANNUAL_2: (2, 6),
    PaymentPlan.MONTHLY_12: (12, 1),
}


class ScheduleError(ValueError):
    """A schedule that cannot be built (Spanish message for the user)."""


@dataclass(frozen=True, slots=True)
class Installment:
    number: int
    due_date: date
    amount: Decimal


def add_months(anchor: date, months: int) -> date:
    """``anchor`` plus ``months`` calendar months, clamped to the last day of the target month."""
    index = anchor.month - 1 + months
    year, month = anchor.year + index // 12, index % 12 + 1
    return date(year, month, min(anchor.day, calendar.monthrange(year, month)[1]))


def money(value: Decimal | int | str) -> Decimal:
    return Decimal(value).quantize(CENT)


def allowed_plans(category: CoverageCategory) -> tuple[PaymentPlan, ...]:
    """Plans a coverage of this category may be sold with."""
    return COMPREHENSIVE_PLANS if category == CoverageCategory.COMPREHENSIVE else LIABILITY_PLANS


@dataclass(frozen=True, slots=True)
class Prices:
    cash_price: Decimal
    credit_price: Decimal
    initial_payment: Decimal
    #: the external quote's premium (AMPLIA family); replaces the catalogue's 0.00 prices
    quoted_premium: Decimal | None = None


def premium_for(plan: PaymentPlan, prices: Prices, category: CoverageCategory) -> Decimal:
    """``prima_total``: the plan's price (cash price, credit price, or the quoted premium)."""
    if category == CoverageCategory.COMPREHENSIVE:
        if prices.quoted_premium is None or prices.quoted_premium <= 0:
            raise ScheduleError("Las coberturas amplias requieren la prima de una cotización aprobada.")
        return money(prices.quoted_premium)
    if plan in QUOTED_PLANS:
        raise ScheduleError("Esta forma de pago solo está disponible para coberturas amplias.")
    return money(prices.credit_price if plan == PaymentPlan.MONTHLY_7 else prices.cash_price)


def _split_equal(total: Decimal, parts: int) -> list[Decimal]:
    base = (total / parts).quantize(CENT, rounding=ROUND_DOWN)
    amounts = [base] * parts
    amounts[-1] = total - base * (parts - 1)
    return amounts


def build_schedule(
    plan: PaymentPlan, prices: Prices, category: CoverageCategory, effective_date: date
) -> tuple[Decimal, list[Installment]]:
    """``(prima_total, installments)`` for a new policy; the installments sum exactly to it."""
    if plan not in allowed_plans(category):
        raise ScheduleError("La forma de pago no está permitida para esta cobertura.")
    total = premium_for(plan, prices, category)
    if total <= 0:
        raise ScheduleError("La cobertura no tiene precio para esta forma de pago.")
    if plan == PaymentPlan.CASH:
        return total, [Installment(1, effective_date, total)]
    if plan == PaymentPlan.MONTHLY_7:
        down = money(prices.initial_payment)
        if not ZERO < down < total:
            raise ScheduleError(
                "El enganche de la cobertura debe ser mayor que cero y menor que el precio a crédito."
            )
        rest = _split_equal(total - down, 6)
        return total, [Installment(1, effective_date, down)] + [
            Installment(k + 2, add_months(effective_date, k + 1), amount) for k, amount in enumerate(rest)
        ]
    parts, step = _EQUAL_PARTS[plan]
    return total, [
        Installment(k + 1, add_months(effective_date, k * step), amount)
        for k, amount in enumerate(_split_equal(total, parts))
    ]
