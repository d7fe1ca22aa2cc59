"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { DataTable } from "@/components/ui/data-table";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";
import { errorMessage } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { useListParams } from "@/lib/list-params";
import { useDebouncedValue } from "@/lib/use-debounced-value";

import { useDepartments, useEmployees } from "../api/queries";
import type { Employee } from "../schemas";
import { DepartmentBadges, EmployeeFlagBadges, EmployeeStatusBadge } from "./employee-badges";

export const employeeColumns: ColumnDef<Employee>[] = [
  {
    id: "name",
    header: "Nombre",
    accessorKey: "full_name",
    enableSorting: true,
    enableHiding: false,
    cell: ({ row }) => (
      <Link href={`${SCREENS.employees.href}/${row.original.id}`} className="font-medium text-primary hover:underline">
        {row.original.full_name}
      </Link>
    ),
  },
  { id: "code", header: "Clave", accessorFn: (e) => e.code ?? "—", enableSorting: true },
  { id: "departments", header: "Departamentos", enableSorting: false, cell: ({ row }) => <DepartmentBadges departments={row.original.departments} /> },
  { id: "flags", header: "Campo", enableSorting: false, cell: ({ row }) => <EmployeeFlagBadges employee={row.original} /> },
  { id: "hire_date", header: "Ingreso", accessorKey: "hire_date", enableSorting: true, cell: ({ row }) => formatDate(row.original.hire_date) },
  { id: "user", header: "Usuario", enableSorting: false, enableHiding: true, accessorFn: (e) => e.user?.username ?? "—" },
  { id: "status", header: "Estatus", enableSorting: false, cell: ({ row }) => <EmployeeStatusBadge active={row.original.is_active} /> },
];

const FLAGS = [
  ["seller", "Vendedores"],
  ["collector", "Cobradores"],
  ["adjuster", "Ajustadores"],
] as const;

/** Administración › Empleados (screens.md §1.17): one record per person. */
export function EmployeesList({ actions }: { actions?: React.ReactNode }) {
  const [params, update] = useListParams({ size: 25, sort: "name", filters: ["department", "flag", "active"] });
  const [search, setSearch] = React.useState(params.q);
  const q = useDebouncedValue(search, 300);
  const lastQ = React.useRef(q);
  React.useEffect(() => {
    if (q === lastQ.current) return;
    lastQ.current = q;
    update({ q });
  }, [q, update]);

  const department = params.filters.department ?? "";
  const flag = params.filters.flag ?? "";
  const active = params.filters.active ?? "";
  const employees = useEmployees({ page: params.page, size: params.size, sort: params.sort, q: params.q, department, flag, active });
  const departments = useDepartments();

  return (
    <div>
      <PageHeader title="Empleados" description="Una ficha por persona: departamentos, trabajo de campo, claves y horario." actions={actions} />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <Input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Buscar por nombre o clave"
          aria-label="Buscar empleados"
          className="max-w-xs"
        />
        <Select value={department || "all"} onValueChange={(v) => update({ filters: { department: v === "all" ? "" : v } })}>
          <SelectTrigger className="w-48" aria-label="Filtrar por departamento">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="all">Todos los departamentos</SelectItem>
            {(departments.data ?? []).map((d) => (
              <SelectItem key={d.code} value={d.code}>
                {d.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <Select value={flag || "all"} onValueChange={(v) => update({ filters: { flag: v === "all" ? "" : v } })}>
          <SelectTrigger className="w-44" aria-label="Filtrar por trabajo de campo">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="all">Todo el personal</SelectItem>
            {FLAGS.map(([value, label]) => (
              <SelectItem key={value} value={value}>
                {label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <Select value={active || "all"} onValueChange={(v) => update({ filters: { active: v === "all" ? "" : v } })}>
          <SelectTrigger className="w-36" aria-label="Filtrar por estado">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="all">Todos</SelectItem>
            <SelectItem value="true">Activos</SelectItem>
            <SelectItem value="false">De baja</SelectItem>
          </SelectContent>
        </Select>
      </div>
      {employees.error ? (
        <Alert variant="destructive" className="mb-4">
          {errorMessage(employees.error)}
        </Alert>
      ) : null}
      <DataTable
        label="Empleados"
        columns={employeeColumns}
        rows={employees.data?.items}
        total={employees.data?.total}
        page={params.page}
        size={params.size}
        sort={params.sort}
        onPageChange={(page) => update({ page })}
        onSizeChange={(size) => update({ size })}
        onSortChange={(sort) => update({ sort })}
        getRowId={(e) => String(e.id)}
        isLoading={employees.isPending}
        isFetching={employees.isFetching}
        emptyMessage="No se encontraron empleados."
      />
    </div>
  );
}
