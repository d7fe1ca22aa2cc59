"""The receipt lifecycle (domain.md §5) as an explicit table: (status, action) -> new status.

Anything not in the table is refused with ``RECEIPT_ILLEGAL_TRANSITION`` (409) naming the status
and the action. Only this module decides transitions; the service applies them.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from app.models.receipt import ReceiptStatus as S
from app.modules.receipts.exceptions import IllegalTransitionError


class ReceiptAction(StrEnum):
    ASSIGN = "assign"  # to a collector (within the limit) or to OFICINA
    USE = "use"  # a payment was recorded with it
    DELIVER = "deliver"  # the money was handed in at the office
    MARK_LOST = "mark_lost"  # manual
    EXPIRE = "expire"  # automatic: a confirmed skip reached its loss date unused
    CANCEL = "cancel"  # unassigned/assigned -> cancelled_undelivered; used/delivered -> cancelled
    RETURN = "return"  # a reversal gives the receipt back to its holder


TRANSITIONS: Final[dict[tuple[S, ReceiptAction], S]] = {
    (S.UNASSIGNED, ReceiptAction.ASSIGN): S.ASSIGNED,
    (S.ASSIGNED, ReceiptAction.USE): S.USED,
    (S.USED, ReceiptAction.DELIVER): S.DELIVERED,
    (S.ASSIGNED, ReceiptAction.MARK_LOST): S.LOST,
    (S.ASSIGNED, ReceiptAction.EXPIRE): S.LOST,
    (S.UNASSIGNED, ReceiptAction.CANCEL): S.CANCELLED_UNDELIVERED,
    (S.ASSIGNED, ReceiptAction.CANCEL): S.CANCELLED_UNDELIVERED,
    (S.USED, ReceiptAction.CANCEL): S.CANCELLED,
    (S.DELIVERED, ReceiptAction.CANCEL): S.CANCELLED,
    (S.USED, ReceiptAction.RETURN): S.ASSIGNED,
    (S.DELIVERED, ReceiptAction.RETURN): S.ASSIGNED,
}

STATUS_LABELS: Final[dict[S, str]] = {
    S.UNASSIGNED: "sin asignar",
    S.ASSIGNED: "asignado",
    S.USED: "usado",
    S.DELIVERED: "entregado",
    S.LOST: "extraviado",
    S.CANCELLED_UNDELIVERED: "cancelado sin entregar",
    S.CANCELLED: "cancelado",
}

ACTION_LABELS: Final[dict[ReceiptAction, str]] = {
    ReceiptAction.ASSIGN: "asignar",
    ReceiptAction.USE: "usar en un pago",
    ReceiptAction.DELIVER: "marcar como entregado en oficina",
    ReceiptAction.MARK_LOST: "marcar como extraviado",
    ReceiptAction.EXPIRE: "dar por extraviado (salto confirmado)",
    ReceiptAction.CANCEL: "cancelar",
    ReceiptAction.RETURN: "devolver al portador (reversión del pago)",
}

#: statuses that count against a collector's ``receipt_limit`` (domain.md §5)
ACTIVE_STATUSES: Final[frozenset[S]] = frozenset({S.ASSIGNED, S.USED, S.LOST, S.CANCELLED_UNDELIVERED})


def next_status(current: S, action: ReceiptAction, *, number: str = "") -> S:
    """The status after ``action``, or ``IllegalTransitionError``."""
    target = TRANSITIONS.get((current, action))
    if target is None:
        subject = f"El recibo {number}" if number else "El recibo"
        raise IllegalTransitionError(
            f"{subject} está {STATUS_LABELS[current]}: no se puede {ACTION_LABELS[action]}.",
            fields={"from": current.value, "action": action.value},
        )
    return target
