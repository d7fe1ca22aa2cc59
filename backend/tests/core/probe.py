"""A tiny router mounted only in tests, to exercise the core mechanics through HTTP."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.database import get_session
from app.core.events import event_bus
from app.core.exceptions import AppError, ConflictError
from app.core.schemas import InputModel, Money

router = APIRouter(prefix="/api/v1/_probe", tags=["probe"])
Session = Annotated[AsyncSession, Depends(get_session, scope="function")]


class ItemIn(InputModel):
    name: str = Field(min_length=3, max_length=20)
    amount: Money = Field(gt=0)
    due: date


class BrokenRuleError(AppError):
    status_code = 422
    code = "PROBE_RULE_BROKEN"
    message = "La regla de prueba no se cumple."


class ItemOut(BaseModel):
    name: str
    amount: Money
    due: date


@router.post("/items")
async def create_item(item: ItemIn) -> ItemOut:
    return ItemOut(name=item.name, amount=item.amount, due=item.due)


@router.get("/boom")
async def boom() -> None:
    raise RuntimeError("secreto interno: password=hunter2")


@router.get("/conflict")
async def conflict() -> None:
    raise ConflictError(
        "El recibo A0001 ya fue usado.", code="RECEIPT_DUPLICATE", fields={"receipt": "Usado"}
    )


async def _insert_marker(session: AsyncSession, street: str) -> None:
    await session.execute(
        text(
            "INSERT INTO address (street, postal_code, municipality_id) "
            "SELECT :s, '45400', min(id) FROM municipality"
        ),
        {"s": street},
    )
    await session.flush()


@router.post("/write-then-fail")
async def write_then_fail(session: Session) -> None:
    await _insert_marker(session, "PROBE FAIL")
    event_bus.publish("probe.written", {"street": "PROBE FAIL"})
    raise BrokenRuleError(fields={"street": "No permitido"})


@router.post("/write-then-crash")
async def write_then_crash(session: Session) -> None:
    await _insert_marker(session, "PROBE CRASH")
    event_bus.publish("probe.written", {"street": "PROBE CRASH"})
    raise RuntimeError("boom")


@router.post("/write-then-refuse-keeping-trace")
async def write_then_refuse(session: Session) -> None:
    await _insert_marker(session, "PROBE TRACE")
    raise BrokenRuleError("Rechazado, pero queda constancia.", keep_changes=True)


@router.post("/write-ok")
async def write_ok(session: Session) -> dict[str, str]:
    await _insert_marker(session, "PROBE OK")
    event_bus.publish("probe.written", {"street": "PROBE OK"})
    return {"status": "ok"}
