"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Globe, Smartphone, X } from "lucide-react";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable } from "@/components/ui/data-table";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { useSessionStore } from "@/features/auth/api/session-store";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { errorMessage } from "@/lib/errors";
import { formatAgo, formatDateTime } from "@/lib/format";
import { useListParams } from "@/lib/list-params";
import { can } from "@/lib/permissions";
import { describeUserAgent } from "@/lib/user-agent";

import { type AdminSession, useRevokeSession, useSessions } from "../api/queries";
import { UserFilter } from "./user-filter";

const APP_LABELS: Record<string, string> = { collector: "App de cobranza", seller: "App de ventas", adjuster: "App de ajustadores" };
const REVOKE_REASONS: Record<string, string> = {
  logout: "Cerró sesión",
  logout_all: "Cerró todas sus sesiones",
  revoked_by_user: "Cerrada por el usuario",
  admin_revoke: "Cerrada por un administrador",
  admin_revoke_all: "Cerradas por un administrador",
  cli: "Cerrada por soporte",
  password_changed: "Cambio de contraseña",
  password_reset: "Contraseña restablecida",
  totp_reset: "2FA restablecida",
  user_inactive: "Usuario desactivado",
  employee_deactivated: "Empleado dado de baja",
  refresh_reuse: "Reuso de token detectado",
};

export function describeDevice(s: Pick<AdminSession, "kind" | "app_type" | "app_version" | "user_agent" | "device_id">): string {
  if (s.kind === "mobile") {
    const app = s.app_type ? (APP_LABELS[s.app_type] ?? s.app_type) : "App móvil";
    return [s.app_version ? `${app} ${s.app_version}` : app, s.device_id ? `disp. ${s.device_id.slice(0, 12)}` : null].filter(Boolean).join(" · ");
  }
  return describeUserAgent(s.user_agent);
}

/** Sesiones activas: everyone's sessions (web and devices), filters in the URL, close one. */
export function SessionsScreen() {
  const me = useSessionStore((s) => s.user);
  const [params, update] = useListParams({ size: 25, sort: "-last_seen_at", filters: ["user_id", "username", "active", "kind"] });
  const f = params.filters;
  // Active by default: "todas" is an explicit choice.
  const active = f.active === "all" ? "" : (f.active || "true");
  const userId = /^[1-9][0-9]*$/.test(f.user_id ?? "") ? Number(f.user_id) : null;
  const sessions = useSessions({ page: params.page, size: params.size, sort: params.sort, userId, active, kind: f.kind ?? "" });
  const revoke = useRevokeSession();
  const [target, setTarget] = React.useState<AdminSession | null>(null);
  const mayRevoke = can(me, "admin.sessions");

  const columns = React.useMemo<ColumnDef<AdminSession>[]>(
    () => [
      {
        id: "user",
        header: "Usuario",
        enableSorting: false,
        enableHiding: false,
        cell: ({ row }) => (
          <button
            type="button"
            className="font-medium text-primary hover:underline"
            title="Ver solo las sesiones de este usuario"
            onClick={() => update({ filters: { user_id: String(row.original.user_id), username: row.original.username } })}
          >
            {row.original.username}
          </button>
        ),
      },
      {
        id: "device",
        header: "App / dispositivo",
        enableSorting: false,
        cell: ({ row }) => (
          <span className="inline-flex items-center gap-1.5">
            {row.original.kind === "mobile" ? <Smartphone aria-hidden="true" className="size-4" /> : <Globe aria-hidden="true" className="size-4" />}
            {describeDevice(row.original)}
          </span>
        ),
      },
      { id: "ip", header: "IP", enableSorting: false, cell: ({ row }) => <span className="font-mono text-xs">{row.original.ip ?? "—"}</span> },
      { id: "created_at", header: "Inicio", enableSorting: true, cell: ({ row }) => formatDateTime(row.original.created_at) },
      {
        id: "last_seen_at",
        header: "Última actividad",
        enableSorting: true,
        cell: ({ row }) => <span title={formatDateTime(row.original.last_seen_at)}>{formatAgo(row.original.last_seen_at)}</span>,
      },
      { id: "expires_at", header: "Expira", enableSorting: true, cell: ({ row }) => formatDateTime(row.original.expires_at) },
      {
        id: "status",
        header: "Estado",
        enableSorting: false,
        cell: ({ row }) =>
          row.original.active ? (
            <Badge tone="green">Activa</Badge>
          ) : (
            <Badge tone="grey" title={row.original.revoked_at ? formatDateTime(row.original.revoked_at) : undefined}>
              {row.original.revoked_at ? (REVOKE_REASONS[row.original.revoked_reason ?? ""] ?? "Cerrada") : "Expirada"}
            </Badge>
          ),
      },
      {
        id: "actions",
        header: "",
        enableSorting: false,
        enableHiding: false,
        cell: ({ row }) =>
          mayRevoke && row.original.active ? (
            <Button
              variant="outline"
              size="sm"
              aria-label={`Cerrar la sesión de ${row.original.username} (${describeDevice(row.original)})`}
              onClick={() => {
                revoke.reset();
                setTarget(row.original);
              }}
            >
              Cerrar sesión
            </Button>
          ) : null,
      },
    ],
    [update, mayRevoke, revoke],
  );

  const confirm = () => {
    if (!target) return;
    revoke.mutate(target.id, {
      onSuccess: () => {
        toast.success("Sesión cerrada", `${target.username}: deberá iniciar sesión de nuevo en ese dispositivo.`);
        setTarget(null);
      },
    });
  };

  return (
    <div>
      <PageHeader title="Sesiones activas" description="Navegadores y dispositivos con sesión abierta de todo el personal." />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <UserFilter value={f.user_id ?? ""} onChange={(id) => update({ filters: { user_id: id, username: "" } })} />
        <Select value={f.active || "true"} onValueChange={(v) => update({ filters: { active: v === "true" ? "" : v } })}>
          <SelectTrigger className="w-44" aria-label="Filtrar por estado">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="true">Activas</SelectItem>
            <SelectItem value="false">Cerradas o expiradas</SelectItem>
            <SelectItem value="all">Todas</SelectItem>
          </SelectContent>
        </Select>
        <Select value={f.kind || "all"} onValueChange={(v) => update({ filters: { kind: v === "all" ? "" : v } })}>
          <SelectTrigger className="w-44" aria-label="Filtrar por tipo">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="all">Web y apps</SelectItem>
            <SelectItem value="web">Solo web</SelectItem>
            <SelectItem value="mobile">Solo apps móviles</SelectItem>
          </SelectContent>
        </Select>
        {userId !== null ? (
          <Badge tone="primary" className="gap-1 py-1">
            Usuario: {f.username || `#${userId}`}
            <button type="button" aria-label="Quitar el filtro de usuario" onClick={() => update({ filters: { user_id: "", username: "" } })}>
              <X className="size-3" />
            </button>
          </Badge>
        ) : null}
      </div>
      {sessions.error ? (
        <Alert variant="destructive" className="mb-4">
          {errorMessage(sessions.error)}
        </Alert>
      ) : null}
      <DataTable
        label="Sesiones"
        columns={columns}
        rows={sessions.data?.items}
        total={sessions.data?.total}
        page={params.page}
        size={params.size}
        sort={params.sort}
        onPageChange={(page) => update({ page })}
        onSizeChange={(size) => update({ size })}
        onSortChange={(sort) => update({ sort })}
        getRowId={(s) => s.id}
        isLoading={sessions.isPending}
        isFetching={sessions.isFetching}
        emptyMessage="No hay sesiones con estos filtros."
      />
      <ConfirmDialog
        open={target !== null}
        onOpenChange={(open) => (open ? null : setTarget(null))}
        title={`Cerrar sesión de ${target?.username ?? ""}`}
        description={
          <>
            {target ? `${describeDevice(target)} · IP ${target.ip ?? "desconocida"} · última actividad ${formatAgo(target.last_seen_at)}.` : null}{" "}
            {target?.user_id === me?.id ? "Es tu propio usuario: si es esta sesión, saldrás del sistema." : "Tendrá que iniciar sesión de nuevo en ese dispositivo."}
          </>
        }
        confirmLabel="Cerrar sesión"
        pendingLabel="Cerrando…"
        pending={revoke.isPending}
        error={revoke.error}
        onConfirm={confirm}
      />
    </div>
  );
}
