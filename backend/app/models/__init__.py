"""SQLAlchemy models. Importing this package registers every table on ``Base.metadata``."""

from app.models.access import EmployeePermissionOverride, Permission, Role, RolePermission, User, UserRole
from app.models.audit import AuditLog
from app.models.auth import AccessException, AuthSession, UserBackupCode, WorkSchedule
from app.models.base import Base, IdMixin, SoftDeleteMixin, TimestampMixin
from app.models.cancellation import CancellationCode, PolicyCancellation
from app.models.card import Card, CollectionAssignment
from app.models.cash import CashDelivery, CashDeliveryItem, CollectorDebt
from app.models.client import Client, ClientNameWord
from app.models.coverage import Coverage
from app.models.file import StorageBackend, StoredFile
from app.models.geo import Address, Municipality
from app.models.idempotency import IdempotencyRecord
from app.models.ledger import PaymentTransaction
from app.models.org import Department, Employee, EmployeeDepartment
from app.models.payment import PartialPayment, Payment
from app.models.policy import Policy, PolicyAmpliaDetail, policy_folio_seq
from app.models.promotion import Promotion, PromotionApplication, PromotionRule
from app.models.proposal import PaymentProposal
from app.models.receipt import Receipt, ReceiptBatch, ReceiptKind, ReceiptStatus, receipt_digital_seq
from app.models.setting import AppSetting
from app.models.status_run import StatusUpdateRun
from app.models.submission import PolicySubmission
from app.models.vehicle import Vehicle, VehicleKey

__all__ = [
    "AccessException",
    "Address",
    "AppSetting",
    "AuditLog",
    "AuthSession",
    "Base",
    "CancellationCode",
    "Card",
    "CashDelivery",
    "CashDeliveryItem",
    "Client",
    "ClientNameWord",
    "CollectionAssignment",
    "CollectorDebt",
    "Coverage",
    "Department",
    "Employee",
    "EmployeeDepartment",
    "EmployeePermissionOverride",
    "IdMixin",
    "IdempotencyRecord",
    "Municipality",
    "PartialPayment",
    "Payment",
    "PaymentProposal",
    "PaymentTransaction",
    "Permission",
    "Policy",
    "PolicyAmpliaDetail",
    "PolicyCancellation",
    "PolicySubmission",
    "Promotion",
    "PromotionApplication",
    "PromotionRule",
    "Receipt",
    "ReceiptBatch",
    "ReceiptKind",
    "ReceiptStatus",
    "Role",
    "RolePermission",
    "SoftDeleteMixin",
    "StatusUpdateRun",
    "StorageBackend",
    "StoredFile",
    "TimestampMixin",
    "User",
    "UserBackupCode",
    "UserRole",
    "Vehicle",
    "VehicleKey",
    "WorkSchedule",
    "policy_folio_seq",
    "receipt_digital_seq",
]
