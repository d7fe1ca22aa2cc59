"""Organisation: departments and employees (one row per person)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Identity,
    SmallInteger,
    String,
    false,
    text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import CURP_PATTERN, DIGITS_10, RFC_PATTERN, Base, IdMixin, TimestampMixin
from app.models.enums import Gender, pg_enum

if TYPE_CHECKING:
    from app.models.access import User
    from app.models.geo import Address


class Department(TimestampMixin, Base):
    """Administración (includes HR), Ventas, Cobranza, Siniestros."""

    __tablename__ = "department"

    id: Mapped[int] = mapped_column(SmallInteger, Identity(), primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(100))


class Employee(IdMixin, TimestampMixin, Base):
    __tablename__ = "employee"
    __table_args__ = (
        CheckConstraint("code ~ '^[VCM][0-9]+$'", name="code_format"),
        CheckConstraint(f"phone ~ '{DIGITS_10}'", name="phone_format"),
        CheckConstraint(f"phone_alt ~ '{DIGITS_10}'", name="phone_alt_format"),
        CheckConstraint(f"emergency_contact_phone ~ '{DIGITS_10}'", name="emergency_contact_phone_format"),
        CheckConstraint(f"rfc ~ '{RFC_PATTERN}'", name="rfc_format"),
        CheckConstraint(f"curp ~ '{CURP_PATTERN}'", name="curp_format"),
        CheckConstraint("termination_date >= hire_date", name="termination_after_hire"),
        CheckConstraint("receipt_limit > 0", name="receipt_limit_positive"),
    )

    # V<n> sellers, C<n> collectors, M<n> adjusters; NULL for office staff.
    code: Mapped[str | None] = mapped_column(String(10), unique=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    second_last_name: Mapped[str | None] = mapped_column(String(80))
    birth_date: Mapped[date | None]
    gender: Mapped[Gender | None] = mapped_column(pg_enum(Gender))
    phone: Mapped[str | None] = mapped_column(String(10))
    phone_alt: Mapped[str | None] = mapped_column(String(10))
    email: Mapped[str | None] = mapped_column(String(254))
    telegram_id: Mapped[int | None] = mapped_column(BigInteger)
    rfc: Mapped[str | None] = mapped_column(String(13))
    curp: Mapped[str | None] = mapped_column(String(18))
    hire_date: Mapped[date | None]
    termination_date: Mapped[date | None]
    emergency_contact_name: Mapped[str | None] = mapped_column(String(160))
    emergency_contact_phone: Mapped[str | None] = mapped_column(String(10))
    address_id: Mapped[int | None] = mapped_column(ForeignKey("address.id"))
    is_seller: Mapped[bool] = mapped_column(server_default=false())
    is_collector: Mapped[bool] = mapped_column(server_default=false())
    is_adjuster: Mapped[bool] = mapped_column(server_default=false())
    is_active: Mapped[bool] = mapped_column(server_default=true())
    # Receipts a collector may hold at once (assigned + used + lost + cancelled_undelivered).
    receipt_limit: Mapped[int] = mapped_column(server_default=text("50"))

    address: Mapped[Address | None] = relationship(lazy="raise")
    department_memberships: Mapped[list[EmployeeDepartment]] = relationship(
        back_populates="employee", cascade="all, delete-orphan", lazy="raise"
    )
    departments: Mapped[list[Department]] = relationship(
        secondary="employee_department", viewonly=True, lazy="raise"
    )
    user: Mapped[User | None] = relationship(back_populates="employee", lazy="raise")


class EmployeeDepartment(Base):
    """An employee belongs to several departments, and may manage some of them."""

    __tablename__ = "employee_department"

    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), primary_key=True)
    department_id: Mapped[int] = mapped_column(
        ForeignKey("department.id", ondelete="CASCADE"), primary_key=True
    )
    is_manager: Mapped[bool] = mapped_column(server_default=false())

    employee: Mapped[Employee] = relationship(back_populates="department_memberships", lazy="raise")
    department: Mapped[Department] = relationship(lazy="raise")
