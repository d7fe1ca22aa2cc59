"""``/api/v1/employees``: the people of the company (spec screens §1.17).

Read: ``admin.employees`` or ``hr.admin`` (every employee) or ``hr.manage`` (a gerente: only the
employees of the departments they manage; anyone else is 404). Write: ``admin.employees``.
The department catalogue is also open to ``admin.users`` / ``admin.roles`` (per-department roles).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Body, Query, status
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import Clock
from app.core.dependencies import ClockDep, RedisDep, SessionDep
from app.core.schemas import ErrorResponse, Page
from app.modules.auth.dependencies import Principal, authenticated_router, require_permission
from app.modules.employees.schemas import (
    DeactivateIn,
    DepartmentMembershipIn,
    DepartmentRead,
    EmployeeCreate,
    EmployeeQuery,
    EmployeeRead,
    EmployeeUpdate,
    ScheduleWindow,
    ScheduleWindowRead,
)
from app.modules.employees.service import EmployeeService

router = authenticated_router(prefix="/employees", tags=["employees"])

READ_PERMISSIONS = ("admin.employees", "hr.admin", "hr.manage")
Reader = Annotated[Principal, require_permission(*READ_PERMISSIONS)]
# The department names are no secret for whoever administers people or access.
CatalogueReader = Annotated[Principal, require_permission(*READ_PERMISSIONS, "admin.users", "admin.roles")]
Writer = Annotated[Principal, require_permission("admin.employees")]

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "Sin sesión"},
    403: {"model": ErrorResponse, "description": "Sin permiso"},
    404: {"model": ErrorResponse, "description": "No existe (o no es de tus departamentos)"},
}
_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    409: {"model": ErrorResponse, "description": "Clave ocupada"},
}


def visible_departments(principal: Principal) -> frozenset[str] | None:
    """None = every employee; else the departments (codes) whose employees the caller may see."""
    if principal.can("admin.employees") or principal.can("hr.admin"):
        return None
    return frozenset(principal.snapshot.managed_departments)


def _service(
    principal: Principal, session: AsyncSession, redis: Redis, clock: Clock, *, scoped: bool
) -> EmployeeService:
    return EmployeeService(
        session,
        redis,
        now=clock.now(),
        today=clock.today(),
        actor_id=principal.user_id,
        departments=visible_departments(principal) if scoped else None,
    )


@router.get("", response_model=Page[EmployeeRead], responses=_ERRORS, summary="Lista de empleados")
async def list_employees(
    principal: Reader,
    query: Annotated[EmployeeQuery, Query()],
    session: SessionDep,
    redis: RedisDep,
    clock: ClockDep,
) -> Page[EmployeeRead]:
    return await _service(principal, session, redis, clock, scoped=True).search(query, query)


@router.get(
    "/departments",
    response_model=list[DepartmentRead],
    responses=_ERRORS,
    summary="Catálogo de departamentos",
)
async def list_departments(
    principal: CatalogueReader, session: SessionDep, redis: RedisDep, clock: ClockDep
) -> list[DepartmentRead]:
    return await _service(principal, session, redis, clock, scoped=False).department_catalogue()


@router.post(
    "",
    response_model=EmployeeRead,
    status_code=status.HTTP_201_CREATED,
    responses=_WRITE_ERRORS,
    summary="Alta de empleado",
)
async def create_employee(
    principal: Writer, body: EmployeeCreate, session: SessionDep, redis: RedisDep, clock: ClockDep
) -> EmployeeRead:
    return await _service(principal, session, redis, clock, scoped=False).create(body)


@router.get("/{employee_id}", response_model=EmployeeRead, responses=_ERRORS, summary="Ficha del empleado")
async def get_employee(
    principal: Reader, employee_id: int, session: SessionDep, redis: RedisDep, clock: ClockDep
) -> EmployeeRead:
    return await _service(principal, session, redis, clock, scoped=True).get(employee_id)


@router.patch(
    "/{employee_id}", response_model=EmployeeRead, responses=_WRITE_ERRORS, summary="Editar empleado"
)
async def update_employee(
    principal: Writer,
    employee_id: int,
    body: EmployeeUpdate,
    session: SessionDep,
    redis: RedisDep,
    clock: ClockDep,
) -> EmployeeRead:
    return await _service(principal, session, redis, clock, scoped=False).update(employee_id, body)


@router.post(
    "/{employee_id}/activate", response_model=EmployeeRead, responses=_ERRORS, summary="Reactivar empleado"
)
async def activate_employee(
    principal: Writer, employee_id: int, session: SessionDep, redis: RedisDep, clock: ClockDep
) -> EmployeeRead:
    return await _service(principal, session, redis, clock, scoped=False).set_active(employee_id, active=True)


@router.post(
    "/{employee_id}/deactivate",
    response_model=EmployeeRead,
    responses=_ERRORS,
    summary="Dar de baja al empleado (desactiva su usuario y cierra sus sesiones)",
)
async def deactivate_employee(
    principal: Writer,
    employee_id: int,
    session: SessionDep,
    redis: RedisDep,
    clock: ClockDep,
    body: DeactivateIn | None = None,
) -> EmployeeRead:
    return await _service(principal, session, redis, clock, scoped=False).set_active(
        employee_id, active=False, termination_date=body.termination_date if body else None
    )


@router.put(
    "/{employee_id}/departments",
    response_model=EmployeeRead,
    responses=_ERRORS,
    summary="Reemplazar los departamentos del empleado",
)
async def replace_employee_departments(
    principal: Writer,
    employee_id: int,
    body: Annotated[list[DepartmentMembershipIn], Body(max_length=10)],
    session: SessionDep,
    redis: RedisDep,
    clock: ClockDep,
) -> EmployeeRead:
    return await _service(principal, session, redis, clock, scoped=False).replace_departments(
        employee_id, body
    )


@router.get(
    "/{employee_id}/schedule",
    response_model=list[ScheduleWindowRead],
    responses=_ERRORS,
    summary="Horario semanal del empleado",
)
async def get_employee_schedule(
    principal: Reader, employee_id: int, session: SessionDep, redis: RedisDep, clock: ClockDep
) -> list[ScheduleWindowRead]:
    return await _service(principal, session, redis, clock, scoped=True).schedule(employee_id)


@router.put(
    "/{employee_id}/schedule",
    response_model=list[ScheduleWindowRead],
    responses=_ERRORS,
    summary="Reemplazar el horario semanal (lo usa la geocerca)",
)
async def replace_employee_schedule(
    principal: Writer,
    employee_id: int,
    body: Annotated[list[ScheduleWindow], Body(max_length=28)],
    session: SessionDep,
    redis: RedisDep,
    clock: ClockDep,
) -> list[ScheduleWindowRead]:
    return await _service(principal, session, redis, clock, scoped=False).replace_schedule(employee_id, body)
