"""Business enums, stored as PostgreSQL enum types.

Values are the contract in docs/data-model.md: English, snake_case, never renamed once data exists
(adding a value is a migration with ``ALTER TYPE ... ADD VALUE``).
"""

from __future__ import annotations

import re
from enum import StrEnum

import sqlalchemy as sa


class VehicleType(StrEnum):
    AUTOMOBILE = "automobile"
    PICKUP = "pickup"
    SUV = "suv"
    MOTORCYCLE = "motorcycle"
    MOTOTAXI = "mototaxi"
    TRUCK = "truck"


class ServiceType(StrEnum):
    PRIVATE = "private"
    COMMERCIAL = "commercial"


class CylinderBand(StrEnum):
    """Cylinder-capacity band (cc) of motorcycles and mototaxis."""

    UP_TO_150 = "up_to_150"
    B151_TO_250 = "151_to_250"
    B251_TO_500 = "251_to_500"
    OVER_500 = "over_500"


class CoverageCategory(StrEnum):
    LIABILITY = "liability"
    COMPREHENSIVE = "comprehensive"
    PLATFORM = "platform"


class PaymentPlan(StrEnum):
    CASH = "cash"
    CASH_2_INSTALLMENTS = "cash_2_installments"
    MONTHLY_7 = "monthly_7"
    QUARTERLY_4 = "quarterly_4"
    SEMIANNUAL_2 = "semiannual_2"
    MONTHLY_12 = "monthly_12"


class PolicyStatus(StrEnum):
    PENDING = "pending"
    ACTIVE = "active"
    MOROSA = "morosa"
    PRE_EFFECTIVE = "pre_effective"
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    SUSPENDED = "suspended"


class PaymentStatus(StrEnum):
    PENDING = "pending"
    LATE = "late"
    OVERDUE = "overdue"
    PAID = "paid"
    CANCELLED = "cancelled"


class PaymentMethod(StrEnum):
    CASH = "cash"
    DEPOSIT = "deposit"
    TRANSFER = "transfer"
    CRUCERO = "crucero"
    KONFIO = "konfio"
    TERMINAL_BANORTE = "terminal_banorte"


class OfficeDeliveryStatus(StrEnum):
    PENDING = "pending"
    DELIVERED = "delivered"


class PartialPaymentStatus(StrEnum):
    APPLIED = "applied"
    REVERSED = "reversed"


class CardHolder(StrEnum):
    """Who holds a collection card: a collector, or a virtual location."""

    COLLECTOR = "collector"
    OFFICE = "office"  # OFICINA
    ARCHIVE = "archive"  # ARCHIVO
    DEPOSIT = "deposit"  # DEPOSITO: the client pays by deposit / transfer


class CardStatus(StrEnum):
    ACTIVE = "active"
    PAID_OFF = "paid_off"
    CANCELLED = "cancelled"
    RECOVERY = "recovery"


class LocationSource(StrEnum):
    PIN = "pin"  # map pin in the web form
    GPS = "gps"  # the collector's GPS at a visit
    CENTROID = "centroid"  # the municipality's centroid (approximate)
    MIGRATED = "migrated"  # came from the legacy system


class PermissionEffect(StrEnum):
    GRANT = "grant"
    REVOKE = "revoke"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    NON_BINARY = "non_binary"


class SessionKind(StrEnum):
    WEB = "web"
    MOBILE = "mobile"


class AppType(StrEnum):
    """The three field apps."""

    COLLECTOR = "collector"
    SELLER = "seller"
    ADJUSTER = "adjuster"


class BenefitType(StrEnum):
    """Promotion benefits (domain.md §6)."""

    PERCENTAGE = "percentage"
    FIXED_AMOUNT = "fixed_amount"
    FREE_MONTHS = "free_months"
    ZERO_DOWN_PAYMENT = "zero_down_payment"


class LedgerEntryKind(StrEnum):
    """Kinds of payments-ledger entries (``payment_transaction``)."""

    PAYMENT = "payment"  # the whole remaining amount of an installment, at once
    PARTIAL = "partial"  # an abono (the entry names its ``partial_payment``)
    REVERSAL = "reversal"  # compensates an earlier entry (negative amount)


class LedgerSource(StrEnum):
    """Where a payments-ledger entry came from."""

    COUNTER = "counter"  # recorded at the office counter
    PROPOSAL = "proposal"  # a field proposal approved by the office
    EDIT = "edit"  # the payment edit screen marked the installment paid
    REVERSAL = "reversal"


class ProposalStatus(StrEnum):
    """Payment proposal workflow (domain.md §5)."""

    PENDING = "pending"
    UNDER_REVIEW = "under_review"
    APPROVED = "approved"
    APPLIED = "applied"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    REVERSED = "reversed"


class SubmissionStatus(StrEnum):
    """Policy submissions from the seller app (domain.md §4)."""

    PENDING = "pending"
    UNDER_REVIEW = "under_review"
    APPROVED = "approved"
    REJECTED = "rejected"


class IdempotencyState(StrEnum):
    IN_FLIGHT = "in_flight"
    COMPLETED = "completed"


class CollectorDebtStatus(StrEnum):
    OPEN = "open"
    SETTLED = "settled"


class ReceiptKind(StrEnum):
    """Paper booklets (letter + 4 digits) or the digital series of app collections."""

    PAPER = "paper"
    DIGITAL = "digital"


class ReceiptStatus(StrEnum):
    """Receipt lifecycle (domain.md §5); transitions in app/modules/receipts/lifecycle.py."""

    UNASSIGNED = "unassigned"
    ASSIGNED = "assigned"
    USED = "used"
    DELIVERED = "delivered"
    LOST = "lost"
    CANCELLED_UNDELIVERED = "cancelled_undelivered"
    CANCELLED = "cancelled"


class StorageBackend(StrEnum):
    """Where a stored file's bytes live."""

    LOCAL = "local"
    REMOTE = "remote"


def pg_type_name(enum_cls: type[StrEnum]) -> str:
    """PostgreSQL type name of an enum class: ``PolicyStatus`` -> ``policy_status``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", enum_cls.__name__).lower()


def pg_enum(enum_cls: type[StrEnum], name: str | None = None) -> sa.Enum:
    """A native PostgreSQL enum that stores the members' *values* (not their names)."""
    return sa.Enum(
        enum_cls,
        name=name or pg_type_name(enum_cls),
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


ALL_ENUMS: tuple[type[StrEnum], ...] = (
    VehicleType,
    ServiceType,
    CylinderBand,
    CoverageCategory,
    PaymentPlan,
    PolicyStatus,
    PaymentStatus,
    PaymentMethod,
    OfficeDeliveryStatus,
    PartialPaymentStatus,
    CardHolder,
    CardStatus,
    LocationSource,
    PermissionEffect,
    Gender,
    SessionKind,
    AppType,
    BenefitType,
    LedgerEntryKind,
    LedgerSource,
    ProposalStatus,
    SubmissionStatus,
    IdempotencyState,
    CollectorDebtStatus,
    ReceiptKind,
    ReceiptStatus,
    StorageBackend,
)
