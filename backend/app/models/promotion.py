"""Promotions: validity windows, rules (benefit + JSONB conditions) and their applications."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    false,
    text,
    true,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, IdMixin, TimestampMixin
from app.models.enums import BenefitType, pg_enum


class Promotion(IdMixin, TimestampMixin, Base):
    __tablename__ = "promotion"
    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="ends_after_starts"),
        CheckConstraint(
            "usage_limit_total IS NULL OR usage_limit_total > 0", name="usage_limit_total_positive"
        ),
        CheckConstraint(
            "usage_limit_per_client IS NULL OR usage_limit_per_client > 0",
            name="usage_limit_per_client_positive",
        ),
    )

    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(Text)
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    is_active: Mapped[bool] = mapped_column(server_default=true())
    #: a monetary promotion combines with another monetary one only when both are stackable
    stackable: Mapped[bool] = mapped_column(server_default=false())
    usage_limit_total: Mapped[int | None] = mapped_column(Integer)
    usage_limit_per_client: Mapped[int | None] = mapped_column(Integer)
    created_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    rules: Mapped[list[PromotionRule]] = relationship(
        back_populates="promotion",
        order_by="PromotionRule.priority",
        cascade="all, delete-orphan",
        lazy="raise",
    )


class PromotionRule(IdMixin, TimestampMixin, Base):
    """One benefit with its conditions, e.g. ``{"coverage_ids": [..], "vehicle_types": [..],
    "payment_plans": [..], "new_or_renewal": "new", "referral": true, "min_payments": 2,
    "max_payments": 7}``."""

    __tablename__ = "promotion_rule"
    __table_args__ = (CheckConstraint("value >= 0", name="value_not_negative"),)

    promotion_id: Mapped[int] = mapped_column(ForeignKey("promotion.id", ondelete="CASCADE"), index=True)
    benefit_type: Mapped[BenefitType] = mapped_column(pg_enum(BenefitType))
    value: Mapped[Decimal]
    conditions: Mapped[dict[str, Any]] = mapped_column(JSONB, server_default=text("'{}'::jsonb"))
    priority: Mapped[int] = mapped_column(SmallInteger, server_default=text("0"))

    promotion: Mapped[Promotion] = relationship(back_populates="rules", lazy="raise")


class PromotionApplication(IdMixin, Base):
    """A rule applied to a policy: the discount and what each touched installment was (for an
    exact revert). At most one live application per (promotion, policy, rule)."""

    __tablename__ = "promotion_application"
    __table_args__ = (
        Index(
            "uq_promotion_application_live",
            "promotion_id",
            "policy_id",
            "rule_id",
            unique=True,
            postgresql_where=text("reverted_at IS NULL"),
        ),
        CheckConstraint("discount >= 0", name="discount_not_negative"),
    )

    promotion_id: Mapped[int] = mapped_column(ForeignKey("promotion.id"))
    rule_id: Mapped[int] = mapped_column(ForeignKey("promotion_rule.id"))
    policy_id: Mapped[int] = mapped_column(ForeignKey("policy.id"), index=True)
    discount: Mapped[Decimal]
    changes: Mapped[list[dict[str, Any]]] = mapped_column(JSONB)
    #: the referrer's policy for referral promotions (applied to both)
    referrer_policy_id: Mapped[int | None] = mapped_column(ForeignKey("policy.id"))
    #: on the referrer's own application (the reward): the new policy whose referral earned it
    referred_policy_id: Mapped[int | None] = mapped_column(ForeignKey("policy.id"))
    applied_at: Mapped[datetime] = mapped_column(server_default=text("now()"))
    applied_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    reverted_at: Mapped[datetime | None]
    reverted_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
