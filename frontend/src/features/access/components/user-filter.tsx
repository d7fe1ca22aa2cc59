"use client";

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useSessionStore } from "@/features/auth/api/session-store";
import { can } from "@/lib/permissions";

import { useUserOptions } from "../api/queries";

/**
 * "Usuario" filter: a list of logins for who may read users (`admin.users`); for anyone else the
 * filter is set by clicking a username in the table, and only its chip shows.
 */
export function UserFilter({
  value,
  onChange,
  label = "Filtrar por usuario",
  allLabel = "Todos los usuarios",
}: {
  value: string;
  onChange: (userId: string) => void;
  label?: string;
  allLabel?: string;
}) {
  const user = useSessionStore((s) => s.user);
  const allowed = can(user, "admin.users");
  const options = useUserOptions(allowed);
  if (!allowed) return null;
  return (
    <Select value={value || "all"} onValueChange={(v) => onChange(v === "all" ? "" : v)}>
      <SelectTrigger className="w-56" aria-label={label}>
        <SelectValue placeholder={options.isPending ? "Cargando…" : allLabel} />
      </SelectTrigger>
      <SelectContent>
        <SelectItem value="all">{allLabel}</SelectItem>
        {(options.data ?? []).map((u) => (
          <SelectItem key={u.id} value={String(u.id)}>
            {u.username} · {u.name}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
