"use client";

import type { Schemas } from "@protegrt/api-client";
import type { ColumnDef } from "@tanstack/react-table";
import { Plus } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useSessionStore } from "@/features/auth/api/session-store";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";
import { errorMessage } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { useListParams } from "@/lib/list-params";
import { can, canAny } from "@/lib/permissions";
import { useDebouncedValue } from "@/lib/use-debounced-value";

import { useUsers } from "../api/queries";
import { NewUserDialog } from "./new-user-dialog";

type UserRow = Schemas["UserRead"];

const columns: ColumnDef<UserRow>[] = [
  { id: "id", header: "ID", accessorKey: "id", enableSorting: true, enableHiding: true },
  {
    id: "username",
    header: "Usuario",
    accessorKey: "username",
    enableSorting: true,
    enableHiding: false,
    cell: ({ row }) => (
      <Link href={`${SCREENS.users.href}/${row.original.id}`} className="font-medium text-primary hover:underline">
        {row.original.username}
      </Link>
    ),
  },
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

/** Administración › Usuarios (screens.md §1.22): the list and "Nuevo usuario"; each user's page has the rest. */
export function UsersList() {
  const me = useSessionStore((s) => s.user);
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  // Picking the employee needs to read employees; roles need admin.roles.
  const mayCreate = can(me, "admin.users") && canAny(me, ["admin.employees", "hr.admin", "hr.manage"]);
  const presetEmployee = Number(searchParams.get("nuevo")) || null;
  const [creating, setCreating] = React.useState(presetEmployee !== null);
  const closeCreate = (open: boolean) => {
    setCreating(open);
    if (!open && presetEmployee !== null) {
      const next = new URLSearchParams(searchParams.toString());
      next.delete("nuevo");
      const query = next.toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    }
  };
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
      <PageHeader
        title="Usuarios"
        description="Cuentas de acceso del personal: roles, estado y verificación en dos pasos."
        actions={
          mayCreate ? (
            <Button onClick={() => setCreating(true)}>
              <Plus className="size-4" /> Nuevo usuario
            </Button>
          ) : null
        }
      />
      {mayCreate ? (
        <NewUserDialog open={creating} onOpenChange={closeCreate} employeeId={presetEmployee} mayAssignRoles={can(me, "admin.roles")} />
      ) : null}
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
