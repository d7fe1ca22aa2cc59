"use client";

import * as React from "react";

import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";

import {
  type CatalogueEntry,
  type Department,
  grantKey,
  groupCatalogue,
  impliedBy,
  scopeLabel,
  scopesOf,
} from "../lib/permission-matrix";

interface PermissionMatrixProps {
  catalogue: readonly CatalogueEntry[];
  /** The departments, one column each after "Global" (GET /api/v1/employees/departments). */
  departments: readonly Department[];
  /** Granted pairs as `grantKey(permission, department)`. */
  value: ReadonlySet<string>;
  onToggle: (permission: string, department: string | null, checked: boolean) => void;
  /** Without `admin.roles` (or while saving): everything shows, nothing changes. */
  readOnly?: boolean;
  /** Pairs that cannot be removed (the admin role's global `*`). */
  locked?: ReadonlySet<string>;
}

function describe(entry: CatalogueEntry) {
  return entry.description ?? entry.code;
}

/**
 * Permissions grouped by module, one column per scope: "Global" (wherever the role is held) and
 * one per department (only for holders of the role in that department). A cell already covered by
 * a wider grant (a global one, `módulo.*` or `*`) shows as included and cannot be ticked.
 */
export function PermissionMatrix({ catalogue, departments, value, onToggle, readOnly = false, locked }: PermissionMatrixProps) {
  const scopes = React.useMemo(() => scopesOf(departments), [departments]);
  const label = (department: string | null) => scopeLabel(department, departments);
  const [filter, setFilter] = React.useState("");
  const { all, groups } = React.useMemo(() => groupCatalogue(catalogue), [catalogue]);
  const needle = filter.trim().toLocaleLowerCase("es");
  const matches = (e: CatalogueEntry) =>
    !needle || describe(e).toLocaleLowerCase("es").includes(needle) || e.code.toLocaleLowerCase("es").includes(needle);

  const row = (entry: CatalogueEntry, emphasis = false) => (
    <tr key={entry.code} className={cn("border-b last:border-0", emphasis && "bg-muted/40")}>
      <th scope="row" className="py-1.5 pr-3 text-left font-normal">
        <span className={cn(emphasis && "font-medium")}>{describe(entry)}</span>
        <span className="ml-2 font-mono text-xs text-muted-foreground">{entry.code}</span>
      </th>
      {scopes.map((department) => {
        const key = grantKey(entry.code, department);
        const checked = value.has(key);
        const via = checked ? null : impliedBy(value, entry.code, department);
        const cellLabel = `${describe(entry)} — ${label(department)}`;
        const isLocked = locked?.has(key) ?? false;
        return (
          <td key={key} className="w-28 py-1.5 text-center">
            {via ? (
              <Checkbox
                checked
                disabled
                aria-label={`${cellLabel} (incluido por ${via.permission}${via.department === null ? "" : ` en ${label(via.department)}`})`}
                title="Ya incluido por un permiso más amplio"
                className="opacity-40"
              />
            ) : (
              <Checkbox
                checked={checked}
                disabled={readOnly || isLocked}
                aria-label={cellLabel}
                title={isLocked ? "El rol «admin» debe conservar este permiso" : undefined}
                onCheckedChange={(v) => onToggle(entry.code, department, v === true)}
              />
            )}
          </td>
        );
      })}
    </tr>
  );

  const header = (
    <thead>
      <tr className="border-b text-xs uppercase text-muted-foreground">
        <th scope="col" className="py-2 text-left font-medium">
          Permiso
        </th>
        {scopes.map((d) => (
          <th key={d ?? "global"} scope="col" className="w-28 py-2 text-center font-medium">
            {label(d)}
          </th>
        ))}
      </tr>
    </thead>
  );

  const visibleGroups = groups
    .map((g) => ({ ...g, items: g.items.filter(matches), showWildcard: g.wildcard !== undefined && (matches(g.wildcard) || g.items.some(matches)) }))
    .filter((g) => g.items.length > 0 || g.showWildcard);

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Input
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder="Filtrar permisos"
          aria-label="Filtrar permisos"
          className="max-w-xs"
        />
        <p className="text-xs text-muted-foreground">
          «Global» aplica dondequiera que se tenga el rol; una columna de departamento, solo a quien lo tiene en ese departamento.
        </p>
      </div>
      {all && matches(all) ? (
        <section aria-label="Acceso total" className="rounded-lg border bg-card px-4 py-2">
          <table className="w-full text-sm">
            {header}
            <tbody>{row(all, true)}</tbody>
          </table>
        </section>
      ) : null}
      {visibleGroups.map((g) => {
        // Granted somewhere: explicitly, or through a wider grant (a global one, módulo.* or *).
        const granted = [g.wildcard, ...g.items]
          .filter((e): e is CatalogueEntry => !!e)
          .filter((e) => scopes.some((d) => value.has(grantKey(e.code, d)) || impliedBy(value, e.code, d) !== null)).length;
        return (
          <section key={g.module} aria-labelledby={`perm-group-${g.module}`} className="rounded-lg border bg-card px-4 py-2">
            <h3 id={`perm-group-${g.module}`} className="flex items-center justify-between py-1 text-sm font-semibold">
              {g.label}
              <span className="text-xs font-normal text-muted-foreground">
                {granted} de {g.items.length + (g.wildcard ? 1 : 0)} con acceso
              </span>
            </h3>
            <table className="w-full text-sm">
              {header}
              <tbody>
                {g.wildcard && g.showWildcard ? row(g.wildcard, true) : null}
                {g.items.map((e) => row(e))}
              </tbody>
            </table>
          </section>
        );
      })}
      {visibleGroups.length === 0 && !(all && matches(all)) ? (
        <p className="py-6 text-center text-sm text-muted-foreground">Ningún permiso coincide con el filtro.</p>
      ) : null}
    </div>
  );
}
