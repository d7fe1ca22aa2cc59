"""Promotion discounts applied to an installment schedule (domain.md §6). Pure functions.

Four benefit types:
- ``percentage``: a percentage of the policy's total premium;
- ``fixed_amount``: a fixed amount;
- ``free_months``: the last N installments are removed (from the last backwards);
- ``zero_down_payment``: installment 1 becomes 0.00 and counts as paid.

Monetary discounts are absorbed from the last installment backwards: an installment the remaining
discount covers entirely is removed, otherwise it is reduced. Only unpaid installments are touched
and installment 1 is never removed (it activates the coverage). The result always sums exactly to
the schedule's total minus the discount, and keeps what each touched installment was, so the
application can be reverted exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from app.models.enums import BenefitType
from app.modules.policies.schedule import CENT, ZERO, money


class PromotionError(ValueError):
    """The benefit cannot be applied to this schedule (Spanish message)."""


@dataclass(frozen=True, slots=True)
class Line:
    """An installment as the engine sees it."""

    number: int
    amount: Decimal
    paid: bool = False


@dataclass(frozen=True, slots=True)
class Change:
    number: int
    before: Decimal
    after: Decimal | None  # None = removed
    marked_paid: bool = False


@dataclass(frozen=True)
class Outcome:
    discount: Decimal
    lines: tuple[Line, ...]
    changes: tuple[Change, ...] = field(default_factory=tuple)

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), ZERO)


def _absorb(lines: list[Line], discount: Decimal) -> tuple[list[Line], list[Change]]:
    remaining = discount
    changes: list[Change] = []
    out = list(lines)
    for index in range(len(out) - 1, -1, -1):
        if remaining <= 0:
            break
        line = out[index]
        if line.paid or line.amount <= 0:
            continue
        if line.number != 1 and remaining >= line.amount:
            changes.append(Change(line.number, line.amount, None))
            remaining -= line.amount
            out.pop(index)
        else:
            cut = min(remaining, line.amount)
            left = line.amount - cut
            # installment 1 is never removed; reduced to nothing it counts as paid
            settled = left == 0
            changes.append(Change(line.number, line.amount, left, marked_paid=settled))
            out[index] = Line(line.number, left, settled)
            remaining -= cut
    if remaining > 0:
        raise PromotionError("El descuento es mayor que lo que queda por pagar de la póliza.")
    return out, changes


def apply_benefit(
    lines: Sequence[Line], benefit: BenefitType, value: Decimal, *, premium: Decimal
) -> Outcome:
    """Apply one benefit to ``lines`` (sorted by number). ``value``: percent, amount or months."""
    current = sorted(lines, key=lambda line: line.number)
    if not current:
        raise PromotionError("La póliza no tiene mensualidades.")
    if benefit == BenefitType.PERCENTAGE:
        if not ZERO < value <= Decimal(100):
            raise PromotionError("El porcentaje debe estar entre 0 y 100.")
        discount = money(premium * value / Decimal(100))
        new, changes = _absorb(current, discount)
        return Outcome(discount, tuple(new), tuple(changes))
    if benefit == BenefitType.FIXED_AMOUNT:
        discount = money(value)
        if discount <= 0:
            raise PromotionError("El monto del descuento debe ser mayor que cero.")
        new, changes = _absorb(current, discount)
        return Outcome(discount, tuple(new), tuple(changes))
    if benefit == BenefitType.FREE_MONTHS:
        months = int(value)
        if months < 1 or months != value:
            raise PromotionError("Los meses gratis deben ser un número entero mayor que cero.")
        removable = [line for line in current if line.number != 1]
        tail = removable[-months:] if months <= len(removable) else None
        if tail is None or any(line.paid for line in tail):
            raise PromotionError("No hay suficientes mensualidades pendientes para los meses gratis.")
        removed = {line.number for line in tail}
        discount = sum((line.amount for line in tail), ZERO)
        dropped = tuple(Change(line.number, line.amount, None) for line in reversed(tail))
        return Outcome(discount, tuple(line for line in current if line.number not in removed), dropped)
    if benefit == BenefitType.ZERO_DOWN_PAYMENT:
        first = current[0]
        if first.number != 1 or first.paid:
            raise PromotionError("El enganche ya fue pagado; no se puede aplicar enganche cero.")
        if len(current) < 2:
            raise PromotionError("Enganche cero solo aplica a pólizas en mensualidades.")
        change = Change(1, first.amount, ZERO, marked_paid=True)
        return Outcome(first.amount, (Line(1, ZERO, True), *current[1:]), (change,))
    raise PromotionError("Tipo de beneficio desconocido.")


def revert(lines: Sequence[Line], changes: Sequence[Change]) -> tuple[Line, ...]:
    """Undo an outcome exactly: restore the amounts, the removed installments and the paid mark."""
    by_number = {line.number: line for line in lines}
    for change in changes:
        existing = by_number.get(change.number)
        if existing is not None and existing.paid and not change.marked_paid:
            raise PromotionError(
                f"La mensualidad {change.number} ya fue pagada; no se puede revertir la promoción."
            )
        by_number[change.number] = Line(change.number, change.before, False)
    return tuple(by_number[n] for n in sorted(by_number))


__all__ = ["CENT", "BenefitType", "Change", "Line", "Outcome", "PromotionError", "apply_benefit", "revert"]
