"""Promotion discounts: exact sums after any benefit, exact reversal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.enums import CoverageCategory, PaymentPlan
from app.modules.policies.schedule import Prices, build_schedule
from app.modules.promotions.engine import BenefitType, Line, PromotionError, apply_benefit, revert


def lines_of(amounts: list[str], paid: set[int] | None = None) -> list[Line]:
    return [Line(i + 1, Decimal(a), i + 1 in (paid or set())) for i, a in enumerate(amounts)]


MONTHLY = ["1200.00"] + ["500.00"] * 6  # the worked example: 4,200


def test_fixed_amount_is_absorbed_from_the_last_installment_backwards() -> None:
    out = apply_benefit(lines_of(MONTHLY), BenefitType.FIXED_AMOUNT, Decimal("700"), premium=Decimal("4200"))
    assert out.discount == Decimal("700.00")
    assert [(line.number, line.amount) for line in out.lines] == [
        (1, Decimal("1200.00")),
        (2, Decimal("500.00")),
        (3, Decimal("500.00")),
        (4, Decimal("500.00")),
        (5, Decimal("500.00")),
        (6, Decimal("300.00")),
    ]  # 7 removed (fits entirely), 6 reduced by the remaining 200
    assert out.total == Decimal("3500.00")


def test_percentage_of_the_total() -> None:
    out = apply_benefit(lines_of(MONTHLY), BenefitType.PERCENTAGE, Decimal("10"), premium=Decimal("4200"))
    assert out.discount == Decimal("420.00")
    assert out.lines[-1] == Line(7, Decimal("80.00"))


def test_free_months_remove_the_last_installments() -> None:
    out = apply_benefit(lines_of(MONTHLY), BenefitType.FREE_MONTHS, Decimal("2"), premium=Decimal("4200"))
    assert [line.number for line in out.lines] == [1, 2, 3, 4, 5]
    assert out.discount == Decimal("1000.00")


def test_zero_down_payment_makes_installment_one_zero_and_paid() -> None:
    out = apply_benefit(
        lines_of(MONTHLY), BenefitType.ZERO_DOWN_PAYMENT, Decimal("0"), premium=Decimal("4200")
    )
    assert out.lines[0] == Line(1, Decimal("0.00"), True)
    assert out.discount == Decimal("1200.00")
    assert revert(out.lines, out.changes) == tuple(lines_of(MONTHLY))


def test_paid_installments_are_never_touched() -> None:
    lines = lines_of(MONTHLY, paid={6, 7})
    out = apply_benefit(lines, BenefitType.FIXED_AMOUNT, Decimal("600"), premium=Decimal("4200"))
    assert out.lines[-2:] == (Line(6, Decimal("500.00"), True), Line(7, Decimal("500.00"), True))
    # 5 removed (fits), 4 reduced by the remaining 100; numbers are never reused
    assert [line.number for line in out.lines] == [1, 2, 3, 4, 6, 7]
    assert out.lines[3] == Line(4, Decimal("400.00"))
    with pytest.raises(PromotionError, match="suficientes"):
        apply_benefit(lines, BenefitType.FREE_MONTHS, Decimal("1"), premium=Decimal("4200"))


def test_refusals() -> None:
    with pytest.raises(PromotionError, match="mayor que lo que queda"):
        apply_benefit(lines_of(["100.00"]), BenefitType.FIXED_AMOUNT, Decimal("150"), premium=Decimal("100"))
    with pytest.raises(PromotionError, match="porcentaje"):
        apply_benefit(lines_of(MONTHLY), BenefitType.PERCENTAGE, Decimal("120"), premium=Decimal("4200"))
    with pytest.raises(PromotionError, match="mensualidades"):
        apply_benefit(
            lines_of(["3800.00"]), BenefitType.ZERO_DOWN_PAYMENT, Decimal("0"), premium=Decimal("3800")
        )
    with pytest.raises(PromotionError, match="entero"):
        apply_benefit(lines_of(MONTHLY), BenefitType.FREE_MONTHS, Decimal("1.5"), premium=Decimal("4200"))


def test_revert_refuses_when_a_touched_installment_was_paid_since() -> None:
    out = apply_benefit(lines_of(MONTHLY), BenefitType.FIXED_AMOUNT, Decimal("100"), premium=Decimal("4200"))
    paid_since = tuple(Line(line.number, line.amount, line.number == 7) for line in out.lines)
    with pytest.raises(PromotionError, match="ya fue pagada"):
        revert(paid_since, out.changes)


plans = st.sampled_from([PaymentPlan.CASH, PaymentPlan.CASH_2_INSTALLMENTS, PaymentPlan.MONTHLY_7])
benefits = st.sampled_from(list(BenefitType))


@settings(max_examples=400, deadline=None)
@given(
    credit=st.decimals(min_value=Decimal("2000"), max_value=Decimal("60000"), places=2),
    plan=plans,
    benefit=benefits,
    value=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("5000"), places=2),
    months=st.integers(min_value=1, max_value=6),
    paid_count=st.integers(min_value=0, max_value=3),
)
def test_any_promotion_keeps_the_sum_exact_and_reverts_exactly(
    credit: Decimal, plan: PaymentPlan, benefit: BenefitType, value: Decimal, months: int, paid_count: int
) -> None:
    down = (credit / 4).quantize(Decimal("0.01"))
    total, schedule = build_schedule(
        plan, Prices(credit - 300, credit, down), CoverageCategory.LIABILITY, date(2026, 1, 31)
    )
    lines = [Line(i.number, i.amount, i.number <= paid_count) for i in schedule]
    arg = {BenefitType.PERCENTAGE: value % 100 or Decimal("1"), BenefitType.FREE_MONTHS: Decimal(months)}.get(
        benefit, value
    )
    try:
        out = apply_benefit(lines, benefit, arg, premium=total)
    except PromotionError:
        return  # refusals are checked above; what matters is that accepted results are exact
    assert out.total == total - out.discount
    assert all(line.amount >= 0 for line in out.lines)
    assert [line for line in out.lines if line.paid and line.number <= paid_count] == [
        line for line in lines if line.paid
    ]
    assert revert(out.lines, out.changes) == tuple(Line(x.number, x.amount, x.paid) for x in lines)
