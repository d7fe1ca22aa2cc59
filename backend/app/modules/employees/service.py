"""Employees: one record per person, business flags and codes, departments, weekly schedule.

Codes: sellers ``V<n>``, adjusters ``M<n>``, collectors ``C<n>``, one code per employee. When a
field flag is set and the employee has no code, the next number of the matching prefix is
assigned (seller first, then adjuster, then collector: every seller also collects). Numbers are
never reused and an assigned code is never changed automatically (it is printed on receipts and
reports); an explicit code must use the prefix of one of the employee's flags. Assignment takes a
transaction-scoped advisory lock per prefix, so concurrent creations get consecutive numbers; the
unique constraint stays as the last guard.

Every change is audited with before/after; a change of flags, departments or state invalidates
the linked login's cached permissions.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Final

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from app.core.audit import diff, record_audit, snapshot
from app.core.exceptions import ConflictError, NotFoundError, ValidationFailedError
from app.core.schemas import Page, PageParams
from app.models import Address, Department, Employee, EmployeeDepartment, Municipality
from app.modules.admin import accounts
from app.modules.admin.settings import get_value
from app.modules.auth.authz import bump_user
from app.modules.employees.repository import (
    DETAILS,
    DepartmentRepository,
    EmployeeRepository,
    ScheduleRepository,
)
from app.modules.employees.schemas import (
    AddressIn,
    AddressRead,
    DepartmentMembershipIn,
    DepartmentMembershipRead,
    DepartmentRead,
    EmployeeCreate,
    EmployeeFilters,
    EmployeeRead,
    EmployeeUpdate,
    EmployeeUserRead,
    ScheduleWindow,
    ScheduleWindowRead,
)

_FLAG_PREFIX: Final = (("is_seller", "V"), ("is_adjuster", "M"), ("is_collector", "C"))
_PREFIX_LABEL: Final = {"V": "vendedores", "C": "cobradores", "M": "ajustadores"}
_TIMESTAMPS: Final = frozenset({"created_at", "updated_at"})
_SIMPLE_FIELDS: Final = (
    "first_name",
    "last_name",
    "second_last_name",
    "birth_date",
    "gender",
    "phone",
    "phone_alt",
    "email",
    "telegram_id",
    "rfc",
    "curp",
    "hire_date",
    "termination_date",
    "emergency_contact_name",
    "emergency_contact_phone",
    "is_seller",
    "is_collector",
    "is_adjuster",
    "receipt_limit",
)
MAX_WINDOWS_PER_DAY: Final = 4


class EmployeeNotFoundError(NotFoundError):
    code = "EMPLOYEE_NOT_FOUND"
    message = "No se encontró el empleado."


class EmployeeCodeTakenError(ConflictError):
    code = "EMPLOYEE_CODE_TAKEN"
    message = "Esa clave ya la tiene otro empleado."


def prefixes_for(flags: dict[str, bool]) -> list[str]:
    """Code prefixes the flags allow, in assignment order (V, M, C)."""
    return [prefix for flag, prefix in _FLAG_PREFIX if flags.get(flag)]


def full_name(employee: Employee) -> str:
    return " ".join(p for p in (employee.first_name, employee.last_name, employee.second_last_name) if p)


def memberships_of(employee: Employee) -> list[dict[str, Any]]:
    return sorted(
        (
            {"department": m.department.code, "is_manager": m.is_manager}
            for m in employee.department_memberships
        ),
        key=lambda m: str(m["department"]),
    )


def address_read(address: Address) -> AddressRead:
    municipality: Municipality = address.municipality
    return AddressRead(
        id=address.id,
        street=address.street,
        exterior_number=address.exterior_number,
        interior_number=address.interior_number,
        neighborhood=address.neighborhood,
        postal_code=address.postal_code,
        municipality_id=address.municipality_id,
        municipality=municipality.name,
        state=municipality.state,
    )


def to_read(employee: Employee) -> EmployeeRead:
    data = {key: getattr(employee, key) for key in (*_SIMPLE_FIELDS, "id", "code", "is_active")}
    return EmployeeRead(
        **data,
        full_name=full_name(employee),
        address=address_read(employee.address) if employee.address else None,
        departments=[
            DepartmentMembershipRead(
                department=m.department.code, name=m.department.name, is_manager=m.is_manager
            )
            for m in sorted(employee.department_memberships, key=lambda m: m.department.code)
        ],
        user=EmployeeUserRead.model_validate(employee.user) if employee.user else None,
        created_at=employee.created_at,
        updated_at=employee.updated_at,
    )


def _employee_snapshot(employee: Employee) -> dict[str, Any]:
    return snapshot(employee, exclude=_TIMESTAMPS)


class EmployeeService:
    def __init__(
        self,
        session: AsyncSession,
        redis: Redis,
        *,
        now: datetime,
        today: date,
        actor_id: int | None,
        departments: frozenset[str] | None = None,
    ) -> None:
        """``departments``: the department codes the caller may see (a gerente with ``hr.manage``);
        None means every employee."""
        self.session = session
        self.redis = redis
        self.now = now
        self.today = today
        self.actor_id = actor_id
        self.repo = EmployeeRepository(session, departments=departments)
        self.departments = DepartmentRepository(session)
        self.schedules = ScheduleRepository(session)

    async def _get(self, employee_id: int, *, for_update: bool = False) -> Employee:
        employee = await self.repo.get_or_none(employee_id, options=DETAILS, for_update=for_update)
        if employee is None:
            raise EmployeeNotFoundError()
        return employee

    # -- reads --------------------------------------------------------------------------------
    async def search(self, filters: EmployeeFilters, paging: PageParams) -> Page[EmployeeRead]:
        items, total = await self.repo.paginate(
            self.repo.search(filters), page=paging.page, size=paging.size, sort=paging.sort
        )
        return Page(items=[to_read(e) for e in items], total=total, page=paging.page, size=paging.size)

    async def get(self, employee_id: int) -> EmployeeRead:
        return to_read(await self._get(employee_id))

    async def department_catalogue(self) -> list[DepartmentRead]:
        return [DepartmentRead.model_validate(d) for d in await self.departments.all_by_name()]

    # -- validation helpers -------------------------------------------------------------------
    def _check_dates(self, birth: date | None, hire: date | None, termination: date | None) -> None:
        errors: dict[str, str] = {}
        if birth is not None and birth >= self.today:
            errors["birth_date"] = "La fecha de nacimiento debe ser anterior a hoy."
        if birth is not None and hire is not None and hire <= birth:
            errors["hire_date"] = "La fecha de ingreso debe ser posterior a la de nacimiento."
        if termination is not None and hire is not None and termination < hire:
            errors["termination_date"] = "La fecha de baja no puede ser anterior a la de ingreso."
        if errors:
            raise ValidationFailedError(fields=errors)

    async def _resolve_departments(
        self, items: list[DepartmentMembershipIn]
    ) -> list[tuple[Department, bool]]:
        errors: dict[str, str] = {}
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item.department in seen:
                errors[f"departments.{i}.department"] = "Departamento repetido."
            seen.add(item.department)
        found = await self.departments.by_codes(seen)
        for i, item in enumerate(items):
            if item.department not in found:
                errors.setdefault(f"departments.{i}.department", "Departamento desconocido.")
        if errors:
            raise ValidationFailedError(fields=errors)
        return [(found[item.department], item.is_manager) for item in items]

    async def _check_code(self, code: str, flags: dict[str, bool], *, except_id: int | None) -> None:
        allowed = prefixes_for(flags)
        prefix = code[0]
        if prefix not in allowed:
            raise ValidationFailedError(
                fields={
                    "code": f"La clave {prefix} es de {_PREFIX_LABEL[prefix]}: marca al empleado como tal "
                    "o usa la clave de uno de sus roles de campo."
                }
            )
        await self.repo.lock_code_prefix(prefix)
        if await self.repo.code_taken(code, except_id=except_id):
            raise EmployeeCodeTakenError(fields={"code": "Clave ocupada."})

    async def _assign_code(self, flags: dict[str, bool]) -> str | None:
        allowed = prefixes_for(flags)
        if not allowed:
            return None
        await self.repo.lock_code_prefix(allowed[0])
        return await self.repo.next_code(allowed[0])

    async def _address(self, data: AddressIn, current: Address | None) -> Address:
        municipality = await self.session.get(Municipality, data.municipality_id)
        if municipality is None:
            raise ValidationFailedError(fields={"address.municipality_id": "Municipio desconocido."})
        address = current or Address(street=data.street, municipality_id=data.municipality_id)
        for key, value in data.model_dump().items():
            setattr(address, key, value)
        if current is None:
            self.session.add(address)
        await self.session.flush()
        # the read model names the municipality: keep the loaded relationship in step with the id
        set_committed_value(address, "municipality", municipality)
        return address

    def _bump(self, employee: Employee) -> None:
        if employee.user is not None:
            bump_user(self.redis, employee.user.id)

    # -- writes -------------------------------------------------------------------------------
    async def create(self, data: EmployeeCreate) -> EmployeeRead:
        self._check_dates(data.birth_date, data.hire_date, None)
        memberships = await self._resolve_departments(data.departments)
        flags = {
            "is_seller": data.is_seller,
            "is_collector": data.is_collector,
            "is_adjuster": data.is_adjuster,
        }
        if data.code is not None:
            await self._check_code(data.code, flags, except_id=None)
            code: str | None = data.code
        else:
            code = await self._assign_code(flags)
        values = data.model_dump(exclude={"address", "departments", "code", "receipt_limit"})
        receipt_limit = data.receipt_limit or int(await get_value(self.session, "receipt_limit_default", 50))
        employee = Employee(**values, code=code, receipt_limit=receipt_limit, is_active=True)
        if data.address is not None:
            employee.address_id = (await self._address(data.address, None)).id
        await self.repo.create(employee)
        for department, is_manager in memberships:
            self.session.add(
                EmployeeDepartment(
                    employee_id=employee.id, department_id=department.id, is_manager=is_manager
                )
            )
        await self.session.flush()
        employee_id = employee.id
        self.session.expire(employee)
        created = await self._get(employee_id)
        await record_audit(
            self.session,
            table="employee",
            record_id=employee_id,
            action="insert",
            after={**_employee_snapshot(created), "departments": memberships_of(created)},
            user_id=self.actor_id,
        )
        return to_read(created)

    async def update(self, employee_id: int, data: EmployeeUpdate) -> EmployeeRead:
        employee = await self._get(employee_id, for_update=True)
        before = _employee_snapshot(employee)
        sent = data.model_fields_set
        changes: dict[str, Any] = {key: getattr(data, key) for key in _SIMPLE_FIELDS if key in sent}
        merged = {key: changes.get(key, getattr(employee, key)) for key in _SIMPLE_FIELDS}
        self._check_dates(merged["birth_date"], merged["hire_date"], merged["termination_date"])
        flags = {key: bool(merged[key]) for key in ("is_seller", "is_collector", "is_adjuster")}
        if "code" in sent:
            if data.code is None:
                if prefixes_for(flags):
                    raise ValidationFailedError(
                        fields={"code": "Un vendedor, cobrador o ajustador necesita una clave."}
                    )
                changes["code"] = None
            elif data.code != employee.code:
                await self._check_code(data.code, flags, except_id=employee.id)
                changes["code"] = data.code
        elif employee.code is None:
            assigned = await self._assign_code(flags)
            if assigned is not None:
                changes["code"] = assigned
        if "address" in sent:
            if data.address is None:
                changes["address_id"] = None
            else:
                changes["address_id"] = (await self._address(data.address, employee.address)).id
        await self.repo.update(employee, changes)
        self.session.expire(employee)
        updated = await self._get(employee_id)
        before_diff, after_diff = diff(before, _employee_snapshot(updated))
        if after_diff or before_diff:
            await record_audit(
                self.session,
                table="employee",
                record_id=employee_id,
                action="update",
                before=before_diff,
                after=after_diff,
                user_id=self.actor_id,
            )
        if {"is_seller", "is_collector", "is_adjuster"} & set(after_diff):
            self._bump(updated)
        return to_read(updated)

    async def set_active(
        self, employee_id: int, *, active: bool, termination_date: date | None = None
    ) -> EmployeeRead:
        """Deactivating an employee also deactivates their login and revokes every session.
        Activating does not reactivate the login: an admin does that explicitly."""
        employee = await self._get(employee_id, for_update=True)
        before = _employee_snapshot(employee)
        changes: dict[str, Any] = {"is_active": active}
        if not active:
            ended = termination_date or employee.termination_date or self.today
            self._check_dates(None, employee.hire_date, ended)
            changes["termination_date"] = ended
        else:
            changes["termination_date"] = None
        if employee.is_active == active and all(getattr(employee, k) == v for k, v in changes.items()):
            return to_read(employee)
        await self.repo.update(employee, changes)
        before_diff, after_diff = diff(before, _employee_snapshot(employee))
        await record_audit(
            self.session,
            table="employee",
            record_id=employee_id,
            action="activate" if active else "deactivate",
            before=before_diff,
            after=after_diff,
            user_id=self.actor_id,
        )
        if not active:
            await accounts.deactivate_login_of_employee(
                self.session, self.redis, employee_id, now=self.now, actor_id=self.actor_id
            )
        self._bump(employee)
        self.session.expire(employee)
        return to_read(await self._get(employee_id))

    async def replace_departments(
        self, employee_id: int, items: list[DepartmentMembershipIn]
    ) -> EmployeeRead:
        """PUT semantics: the list becomes the employee's departments. Roles the login held in a
        department the employee leaves are removed with it."""
        employee = await self._get(employee_id, for_update=True)
        wanted = await self._resolve_departments(items)
        before = memberships_of(employee)
        current = {m.department_id: m for m in employee.department_memberships}
        wanted_ids = {department.id for department, _ in wanted}
        for department_id, membership in list(current.items()):
            if department_id not in wanted_ids:
                employee.department_memberships.remove(membership)
        for department, is_manager in wanted:
            existing = current.get(department.id)
            if existing is not None:
                existing.is_manager = is_manager
            else:
                employee.department_memberships.append(
                    EmployeeDepartment(employee_id=employee.id, department=department, is_manager=is_manager)
                )
        await self.session.flush()
        after = memberships_of(employee)
        if before != after:
            await record_audit(
                self.session,
                table="employee_department",
                record_id=employee_id,
                action="replace",
                before={"departments": before},
                after={"departments": after},
                user_id=self.actor_id,
            )
            await accounts.drop_roles_outside_departments(
                self.session, self.redis, employee_id, wanted_ids, actor_id=self.actor_id
            )
            self._bump(employee)
        self.session.expire(employee)
        return to_read(await self._get(employee_id))

    async def schedule(self, employee_id: int) -> list[ScheduleWindowRead]:
        await self._get(employee_id)
        return [ScheduleWindowRead.model_validate(w) for w in await self.schedules.list_for(employee_id)]

    async def replace_schedule(
        self, employee_id: int, windows: list[ScheduleWindow]
    ) -> list[ScheduleWindowRead]:
        """PUT semantics. Windows of the same weekday may touch (09:00-14:00, 14:00-18:00) but not
        overlap; times are local (America/Mexico_City)."""
        await self._get(employee_id, for_update=True)
        ordered = sorted(enumerate(windows), key=lambda iw: (iw[1].weekday, iw[1].start_time))
        errors: dict[str, str] = {}
        per_day: dict[int, int] = {}
        latest: dict[int, ScheduleWindow] = {}  # per weekday, the window that ends last so far
        for j, cur in ordered:
            prev = latest.get(cur.weekday)
            if prev is not None and cur.start_time < prev.end_time:
                errors[f"{j}"] = (
                    f"Se traslapa con {prev.start_time:%H:%M}-{prev.end_time:%H:%M} del mismo día."
                )
            if prev is None or cur.end_time > prev.end_time:
                latest[cur.weekday] = cur
        for i, window in enumerate(windows):
            per_day[window.weekday] = per_day.get(window.weekday, 0) + 1
            if per_day[window.weekday] > MAX_WINDOWS_PER_DAY:
                errors.setdefault(f"{i}", f"Máximo {MAX_WINDOWS_PER_DAY} horarios por día.")
        if errors:
            raise ValidationFailedError(fields=errors)
        current = await self.schedules.list_for(employee_id)
        before = [_window(w.weekday, w.start_time, w.end_time) for w in current]
        after = [_window(w.weekday, w.start_time, w.end_time) for _, w in ordered]
        if before != after:
            await self.schedules.replace(
                employee_id, [(w.weekday, w.start_time, w.end_time) for _, w in ordered]
            )
            await record_audit(
                self.session,
                table="work_schedule",
                record_id=employee_id,
                action="replace",
                before={"windows": before},
                after={"windows": after},
                user_id=self.actor_id,
            )
        return [ScheduleWindowRead.model_validate(w) for w in await self.schedules.list_for(employee_id)]


def _window(weekday: int, start: Any, end: Any) -> dict[str, Any]:
    return {"weekday": weekday, "start_time": start.strftime("%H:%M"), "end_time": end.strftime("%H:%M")}
