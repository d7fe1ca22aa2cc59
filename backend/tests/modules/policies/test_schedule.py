"""Installment schedules: the worked examples and properties that must hold for every input."""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.enums import CoverageCategory, PaymentPlan
from app.modules.policies.schedule import (
    Prices,
    ScheduleError,
    add_months,
    build_schedule,
)

LIABILITY = CoverageCategory.LIABILITY
COMPREHENSIVE = CoverageCategory.COMPREHENSIVE


def d(s: str) -> Decimal:
    return Decimal(s)


def test_monthly_7_worked_example() -> None:
    total, lines = build_schedule(
        PaymentPlan.MONTHLY_7, Prices(d("3800"), d("4200"), d("1200")), LIABILITY, date(2026, 1, 31)
    )
    assert total == d("4200.00")
    assert [line.amount for line in lines] == [d("1200.00")] + [d("500.00")] * 6
    assert [line.number for line in lines] == [1, 2, 3, 4, 5, 6, 7]
    assert [line.due_date for line in lines] == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
        date(2026, 5, 31),
        date(2026, 6, 30),
        date(2026, 7, 31),
    ]


def test_monthly_7_last_installment_absorbs_rounding() -> None:
    _, lines = build_schedule(
        PaymentPlan.MONTHLY_7, Prices(d("1"), d("4300"), d("1200")), LIABILITY, date(2026, 3, 1)
    )
    assert [line.amount for line in lines[1:]] == [d("516.66")] * 5 + [d("516.70")]
    assert sum(line.amount for line in lines) == d("4300.00")


def test_cash_and_two_installments() -> None:
    total, lines = build_schedule(
        PaymentPlan.CASH, Prices(d("3800"), d("4200"), d("1200")), LIABILITY, date(2026, 5, 10)
    )
    assert (total, [(line.number, line.due_date, line.amount) for line in lines]) == (
        d("3800.00"),
        [(1, date(2026, 5, 10), d("3800.00"))],
    )
    total, lines = build_schedule(
        PaymentPlan.CASH_2_INSTALLMENTS,
        Prices(d("3800.01"), d("4200"), d("1200")),
        LIABILITY,
        date(2026, 8, 31),
    )
    assert [(line.due_date, line.amount) for line in lines] == [
        (date(2026, 8, 31), d("1900.00")),
        (date(2026, 9, 30), d("1900.01")),  # the odd cent goes to the second
    ]


@pytest.mark.parametrize(
    ("plan", "count", "step"),
    [(PaymentPlan.QUARTERLY_4, 4, 3), (PaymentPlan.SEMIANNUAL_2, 2, 6), (PaymentPlan.MONTHLY_12, 12, 1)],
)
def test_amplia_family_uses_the_quoted_premium(plan: PaymentPlan, count: int, step: int) -> None:
    effective = date(2026, 1, 31)
    total, lines = build_schedule(
        plan, Prices(d("0"), d("0"), d("0"), quoted_premium=d("18000.10")), COMPREHENSIVE, effective
    )
    assert total == d("18000.10")
    assert len(lines) == count
    assert sum(line.amount for line in lines) == total
    assert [line.due_date for line in lines] == [add_months(effective, k * step) for k in range(count)]


def test_refusals() -> None:
    prices = Prices(d("3800"), d("4200"), d("1200"))
    with pytest.raises(ScheduleError, match="no está permitida"):
        build_schedule(PaymentPlan.MONTHLY_12, prices, LIABILITY, date(2026, 1, 1))
    with pytest.raises(ScheduleError, match="no está permitida"):
        build_schedule(PaymentPlan.MONTHLY_7, prices, COMPREHENSIVE, date(2026, 1, 1))
    with pytest.raises(ScheduleError, match="cotización"):
        build_schedule(PaymentPlan.CASH, prices, COMPREHENSIVE, date(2026, 1, 1))
    with pytest.raises(ScheduleError, match="enganche"):
        build_schedule(
            PaymentPlan.MONTHLY_7, Prices(d("1"), d("4200"), d("4200")), LIABILITY, date(2026, 1, 1)
        )
    with pytest.raises(ScheduleError, match="precio"):
        build_schedule(PaymentPlan.CASH, Prices(d("0"), d("4200"), d("100")), LIABILITY, date(2026, 1, 1))


def test_add_months_is_anchored_and_clamped() -> None:
    jan31 = date(2027, 1, 31)
    assert [add_months(jan31, k) for k in range(4)] == [
        jan31,
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
    ]
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)  # leap year
    assert add_months(date(2026, 11, 30), 2) == date(2027, 1, 30)
    assert add_months(date(2026, 12, 15), 12) == date(2027, 12, 15)


money = st.decimals(min_value=Decimal("100.00"), max_value=Decimal("200000.00"), places=2)
dates = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))


@settings(max_examples=300, deadline=None)
@given(
    credit=money,
    down_fraction=st.integers(min_value=1, max_value=99),
    cash=money,
    effective=dates,
    plan=st.sampled_from([PaymentPlan.CASH, PaymentPlan.CASH_2_INSTALLMENTS, PaymentPlan.MONTHLY_7]),
)
def test_liability_schedules_sum_to_the_premium(
    credit: Decimal, down_fraction: int, cash: Decimal, effective: date, plan: PaymentPlan
) -> None:
    down = (credit * down_fraction / 100).quantize(Decimal("0.01"))
    if not Decimal("0") < down < credit:
        return
    total, lines = build_schedule(plan, Prices(cash, credit, down), LIABILITY, effective)
    assert sum(line.amount for line in lines) == total
    assert all(line.amount > 0 for line in lines)
    assert [line.number for line in lines] == list(range(1, len(lines) + 1))
    assert lines[0].due_date == effective
    assert all(a.due_date < b.due_date for a, b in itertools.pairwise(lines))
    # equal parts differ by at most the rounding cents absorbed by the last one
    tail = lines[1:] if plan == PaymentPlan.MONTHLY_7 else lines
    if len(tail) > 1:
        assert max(x.amount for x in tail[:-1]) == min(x.amount for x in tail[:-1])
        assert Decimal("0") <= tail[-1].amount - tail[0].amount < Decimal("0.01") * len(tail)


@settings(max_examples=200, deadline=None)
@given(
    premium=money,
    effective=dates,
    plan=st.sampled_from(
        [
            PaymentPlan.CASH,
            PaymentPlan.CASH_2_INSTALLMENTS,
            PaymentPlan.QUARTERLY_4,
            PaymentPlan.SEMIANNUAL_2,
            PaymentPlan.MONTHLY_12,
        ]
    ),
)
def test_quoted_schedules_sum_to_the_premium(premium: Decimal, effective: date, plan: PaymentPlan) -> None:
    total, lines = build_schedule(
        plan, Prices(d("0"), d("0"), d("0"), quoted_premium=premium), COMPREHENSIVE, effective
    )
    assert total == premium
    assert sum(line.amount for line in lines) == premium
