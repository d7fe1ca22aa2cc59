"""Shared Pydantic building blocks: strict input models, money, pages, the error envelope."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

T = TypeVar("T")

# Money travels as a string with two decimals ("1200.00"), never as a float.
Money = Annotated[
    Decimal,
    Field(max_digits=12, decimal_places=2),
    PlainSerializer(lambda v: f"{v:.2f}", return_type=str, when_used="json"),
]


class InputModel(BaseModel):
    """Every request body: unknown fields are refused (mass assignment), strings trimmed."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class ReadModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class ErrorResponse(BaseModel):
    """The error envelope every failure uses."""

    error: str = Field(examples=["NOT_FOUND"])
    detail: str = Field(examples=["No se encontró el registro solicitado."])
    fields: dict[str, str] = Field(default_factory=dict)


class PageParams(InputModel):
    page: int = Field(1, ge=1, description="Página (desde 1)")
    size: int = Field(25, ge=1, le=100, description="Registros por página (máx. 100)")
    sort: str | None = Field(None, max_length=64, description="Campo de orden; prefijo '-' descendente")

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    page: int
    size: int
