"""The demo generator's steps, run in order over one shared ``DemoContext``.

A later issue adds its domain (policies, payments, receipts...) by writing a module with
``async def run(ctx: DemoContext) -> None`` (honouring ``ctx.bulk``) and appending it to ``STEPS``.
Each step draws from its own random stream (``ctx.rng(name)``), so adding a step never changes the
rows of the others.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Final, NamedTuple

from app.demo.context import DemoContext
from app.demo.steps import clients, employees


class DemoStep(NamedTuple):
    name: str
    run: Callable[[DemoContext], Awaitable[None]]


STEPS: Final[tuple[DemoStep, ...]] = (
    DemoStep("employees", employees.run),
    DemoStep("clients", clients.run),
)
