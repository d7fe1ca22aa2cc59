"use client";

import type { Schemas } from "@protegrt/api-client";
import type { ColumnDef } from "@tanstack/react-table";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { errorMessage } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { useListParams } from "@/lib/list-params";
import { useDebouncedValue } from "@/lib/use-debounced-value";

import { useUsers } from "../api/queries";

type UserRow = Schemas["UserRead"];

const columns: ColumnDef<UserRow>[] = [
  { id: "id", header: "ID", accessorKey: "id", enableSorting: true, enableHiding: true },
  { id: "username", header: "Usuario", accessorKey: "username", enableSorting: true, enableHiding: false },
  { id: "name", header: "Nombre", accessorFn: (u) => u.employee.full_name, enableSorting: false },
  {
    id: "departments",
    header: "Departamento",
    accessorFn: (u) => u.employee.departments.join(", "),
    enableSorting: false,
  },
  {
    id: "roles",
    header: "Rol",
    enableSorting: false,
    cell: ({ row }) => (
      <span className="flex flex-wrap gap-1">
        {row.original.roles.map((r) => (
          <Badge key={`${r.role}-${r.department ?? ""}`} tone={r.role === "admin" ? "primary" : "neutral"}>
            {r.role_name}
            {r.department ? ` · ${r.department}` : ""}
          </Badge>
        ))}
      </span>
    ),
  },
  {
    id: "status",
    header: "Estatus",
    enableSorting: false,
    cell: ({ row }) => {
      const u = row.original;
      const locked = u.locked_until && new Date(u.locked_until).getTime() > Date.now();
      return (
        <span className="flex flex-wrap gap-1">
          <Badge tone={u.is_active ? "green" : "grey"}>{u.is_active ? "Activo" : "Inactivo"}</Badge>
          {locked ? <Badge tone="red">Bloqueado</Badge> : null}
          {u.must_change_password ? <Badge tone="yellow">Debe cambiar contraseña</Badge> : null}
        </span>
      );
    },
  },
  {
    id: "totp",
    header: "2FA",
    enableSorting: false,
    cell: ({ row }) => <Badge tone={row.original.totp_enabled ? "green" : "grey"}>{row.original.totp_enabled ? "Sí" : "No"}</Badge>,
  },
  {
    id: "last_login_at",
    header: "Último acceso",
    accessorKey: "last_login_at",
    enableSorting: true,
    cell: ({ row }) => formatDateTime(row.original.last_login_at),
  },
];

/** Administración › Usuarios (screens.md §1.22): the list. Create, edit and resets come next. */
export function UsersList() {
  const [params, update] = useListParams({ size: 25, sort: "username", filters: ["active"] });
  const [search, setSearch] = React.useState(params.q);
  const q = useDebouncedValue(search, 300);
  const lastQ = React.useRef(q);
  React.useEffect(() => {
    if (q === lastQ.current) return;
    lastQ.current = q;
    update({ q });
  }, [q, update]);

  const active = params.filters.active ?? "";
  const users = useUsers({ page: params.page, size: params.size, sort: params.sort, q: params.q, active });

  return (
    <div>
      <PageHeader title="Usuarios" description="Cuentas de acceso del personal: roles, estado y verificación en dos pasos." />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <Input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Buscar por usuario o nombre"
          aria-label="Buscar usuarios"
          className="max-w-xs"
        />
        <Select value={active || "all"} onValueChange={(v) => update({ filters: { active: v === "all" ? "" : v } })}>
          <SelectTrigger className="w-40" aria-label="Filtrar por estado">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="all">Todos</SelectItem>
            <SelectItem value="true">Activos</SelectItem>
            <SelectItem value="false">Inactivos</SelectItem>
          </SelectContent>
        </Select>
      </div>
      {users.error ? (
        <Alert variant="destructive" className="mb-4">
          {errorMessage(users.error)}
        </Alert>
      ) : null}
      <DataTable
        label="Usuarios"
        columns={columns}
        rows={users.data?.items}
        total={users.data?.total}
        page={params.page}
        size={params.size}
        sort={params.sort}
        onPageChange={(page) => update({ page })}
        onSizeChange={(size) => update({ size })}
        onSortChange={(sort) => update({ sort })}
        getRowId={(u) => String(u.id)}
        isLoading={users.isPending}
        isFetching={users.isFetching}
        emptyMessage="Ningún usuario coincide con la búsqueda."
      />
    </div>
  );
}
