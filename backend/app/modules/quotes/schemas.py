"""The quotes system's contract as we expect it (domain.md §11).

``GET {QUOTES_API_URL}/quotes/validate/{number}`` and
``POST {QUOTES_API_URL}/quotes/by-number/{number}/approve``, header ``X-API-Key``. Both answer
200 with a quote::

    {"number": "AUT-7K2M9Q1Z", "status": "valid", "premium": "12850.00",
     "vehicle_description": "NISSAN VERSA SENSE 2021", "valid_until": "2026-12-15"}

``status`` is ``valid`` (may be sold), ``approved`` (already used by a policy) or ``expired``.
``premium`` is a decimal string (never a float). 404: unknown number; 401/403: bad key; approving
a quote that is not ``valid`` answers 409 with the quote in its current status.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Final

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.core.schemas import Money, ReadModel

QUOTE_NUMBER_RE: Final = re.compile(r"^AUT-[A-Z0-9]{8}$")


def normalize_quote_number(raw: str) -> str | None:
    """``"aut-7k2m9q1z "`` -> ``"AUT-7K2M9Q1Z"``; None when it is not a quote number."""
    number = raw.strip().upper()
    return number if QUOTE_NUMBER_RE.fullmatch(number) else None


class QuoteStatus(StrEnum):
    VALID = "valid"
    APPROVED = "approved"
    EXPIRED = "expired"


class Quote(BaseModel):
    """A quote as the quotes system returns it (unknown extra fields are ignored)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    number: str
    status: QuoteStatus
    premium: Annotated[Decimal, Field(ge=0, max_digits=12, decimal_places=2)]
    vehicle_description: str | None = None
    valid_until: date | None = None

    @field_validator("premium", mode="before")
    @classmethod
    def _premium_is_a_string(cls, value: object) -> object:
        # money never travels as a float: refuse 12850.5 (a float) but accept "12850.50" or 12850
        if isinstance(value, float):
            raise ValueError("premium must be a decimal string")
        return value


class QuoteRead(ReadModel):
    """What our API shows of a quote."""

    number: str
    status: QuoteStatus
    premium: Money
    vehicle_description: str | None
    valid_until: date | None
