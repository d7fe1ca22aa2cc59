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
from app.demo.steps import auth, clients, employees, policies, proposals, receipts


class DemoStep(NamedTuple):
    name: str
    run: Callable[[DemoContext], Awaitable[None]]


STEPS: Final[tuple[DemoStep, ...]] = (
    DemoStep("employees", employees.run),
    DemoStep("auth", auth.run),  # 2FA of admin and gerentes (needs the employees' logins)
    DemoStep("clients", clients.run),
    DemoStep("policies", policies.run),  # after clients and vehicles; ends with a StatusUpdater run
    DemoStep("receipts", receipts.run),  # the booklets behind the policies' payments + collectors' stock
    DemoStep("proposals", proposals.run),  # proposals in every state + cash deliveries
)
