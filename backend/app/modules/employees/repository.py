"""Employees, their department memberships and weekly schedules: the module's SQL.

Record-level scoping: a repository built with ``departments=`` (the department codes a gerente
manages) only sees employees that belong to one of them, so any other id is simply not found (404).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, ClassVar, Final

from sqlalchemy import BigInteger, Select, cast, delete, exists, func, or_, select
from sqlalchemy.orm import selectinload
from sqlalchemy.sql.base import ExecutableOption

from app.core.repository import Repository
from app.models import Address, Department, Employee, EmployeeDepartment, User, WorkSchedule
from app.modules.employees.schemas import EmployeeFilters, EmployeeFlag

# pg_advisory_xact_lock(namespace, prefix): serialises code assignment per prefix (V, C, M).
CODE_LOCK_NAMESPACE: Final = 7241

FULL_NAME = func.concat_ws(" ", Employee.first_name, Employee.last_name, Employee.second_last_name)
# Accent- and case-insensitive (the database collation may be "C", where "Á" sorts after "Z").
SORT_NAME = func.immutable_unaccent(
    func.lower(func.concat_ws(" ", Employee.last_name, Employee.second_last_name, Employee.first_name))
)

DETAILS: Final[tuple[ExecutableOption, ...]] = (
    selectinload(Employee.department_memberships).selectinload(EmployeeDepartment.department),
    selectinload(Employee.user),
    selectinload(Employee.address).selectinload(Address.municipality),
)

_FLAG_COLUMNS: Final = {
    EmployeeFlag.SELLER: Employee.is_seller,
    EmployeeFlag.COLLECTOR: Employee.is_collector,
    EmployeeFlag.ADJUSTER: Employee.is_adjuster,
}


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class EmployeeRepository(Repository[Employee]):
    model = Employee
    sortable: ClassVar = {
        "name": SORT_NAME,
        "code": Employee.code,
        "hire_date": Employee.hire_date,
        "created_at": Employee.created_at,
        "id": Employee.id,
    }
    default_sort = "name"

    def __init__(self, session: Any, *, departments: Iterable[str] | None = None) -> None:
        super().__init__(session)
        #: None = every employee; else only members of these departments (codes)
        self.departments = frozenset(departments) if departments is not None else None

    def base_statement(self) -> Select[Any]:
        stmt = super().base_statement()
        if self.departments is not None:
            member = (
                select(EmployeeDepartment.employee_id)
                .join(Department, Department.id == EmployeeDepartment.department_id)
                .where(
                    EmployeeDepartment.employee_id == Employee.id,
                    Department.code.in_(sorted(self.departments)),
                )
            )
            stmt = stmt.where(exists(member))
        return stmt

    def search(self, filters: EmployeeFilters) -> Select[Any]:
        stmt = self.base_statement().options(*DETAILS)
        if filters.q:
            needle = func.concat("%", func.immutable_unaccent(func.lower(_like_escape(filters.q))), "%")
            stmt = stmt.where(
                or_(
                    func.immutable_unaccent(func.lower(FULL_NAME)).like(needle, escape="\\"),
                    func.upper(Employee.code) == filters.q.strip().upper(),
                )
            )
        if filters.department:
            stmt = stmt.where(
                exists(
                    select(EmployeeDepartment.employee_id)
                    .join(Department, Department.id == EmployeeDepartment.department_id)
                    .where(
                        EmployeeDepartment.employee_id == Employee.id,
                        Department.code == filters.department,
                    )
                )
            )
        if filters.flag is not None:
            stmt = stmt.where(_FLAG_COLUMNS[filters.flag].is_(True))
        if filters.active is not None:
            stmt = stmt.where(Employee.is_active.is_(filters.active))
        if filters.has_user is not None:
            login = exists(select(User.id).where(User.employee_id == Employee.id))
            stmt = stmt.where(login if filters.has_user else ~login)
        return stmt

    async def get_detailed(self, employee_id: int, *, for_update: bool = False) -> Employee:
        return await self.get(employee_id, options=DETAILS, for_update=for_update)

    async def code_taken(self, code: str, *, except_id: int | None = None) -> bool:
        stmt = select(Employee.id).where(func.upper(Employee.code) == code.upper())
        if except_id is not None:
            stmt = stmt.where(Employee.id != except_id)
        return (await self.session.scalar(stmt.limit(1))) is not None

    async def lock_code_prefix(self, prefix: str) -> None:
        """Serialise code assignment for one prefix until the transaction ends."""
        await self.session.execute(select(func.pg_advisory_xact_lock(CODE_LOCK_NAMESPACE, ord(prefix))))

    async def next_code(self, prefix: str) -> str:
        """The next number after the highest ever used for ``prefix`` (codes are never reused:
        they appear on receipts and reports of former staff). Call under ``lock_code_prefix``."""
        number = cast(func.substring(Employee.code, 2), BigInteger)
        highest = await self.session.scalar(select(func.max(number)).where(Employee.code.like(f"{prefix}%")))
        return f"{prefix}{int(highest or 0) + 1}"


class DepartmentRepository(Repository[Department]):
    model = Department

    async def by_codes(self, codes: Iterable[str]) -> dict[str, Department]:
        wanted = sorted(set(codes))
        if not wanted:
            return {}
        rows = await self.session.scalars(select(Department).where(Department.code.in_(wanted)))
        return {d.code: d for d in rows.all()}

    async def all_by_name(self) -> list[Department]:
        rows = await self.session.scalars(select(Department).order_by(Department.name))
        return list(rows.all())


class ScheduleRepository:
    def __init__(self, session: Any) -> None:
        self.session = session

    async def list_for(self, employee_id: int) -> list[WorkSchedule]:
        rows = await self.session.scalars(
            select(WorkSchedule)
            .where(WorkSchedule.employee_id == employee_id)
            .order_by(WorkSchedule.weekday, WorkSchedule.start_time)
        )
        return list(rows.all())

    async def replace(self, employee_id: int, windows: Sequence[tuple[int, Any, Any]]) -> None:
        await self.session.execute(delete(WorkSchedule).where(WorkSchedule.employee_id == employee_id))
        for weekday, start, end in windows:
            self.session.add(
                WorkSchedule(employee_id=employee_id, weekday=weekday, start_time=start, end_time=end)
            )
        await self.session.flush()


class AddressRepository(Repository[Address]):
    model = Address
