"use client";

import Link from "next/link";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useSessionStore } from "@/features/auth/api/session-store";
import { useDepartments } from "@/features/employees/api/queries";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { SCREENS, canOpen } from "@/features/shell/navigation";
import { errorMessage } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { can, canAny } from "@/lib/permissions";

import { type User, usePermissionCatalogue, useReplaceOverrides, useReplaceRoles, useRoleCatalogue, useUser, useUserOverrides } from "../api/queries";
import { OverridesEditor } from "./overrides-editor";
import { type DepartmentOption, UserRolesEditor } from "./roles-editor";
import { UserActions } from "./user-actions";

/** Activo / Inactivo, Bloqueado and "Debe cambiar contraseña" of a login. */
export function UserStatusBadges({ user }: { user: User }) {
  const locked = user.locked_until && new Date(user.locked_until).getTime() > Date.now();
  return (
    <span className="flex flex-wrap gap-1">
      <Badge tone={user.is_active ? "green" : "grey"}>{user.is_active ? "Activo" : "Inactivo"}</Badge>
      {locked ? <Badge tone="red">Bloqueado</Badge> : null}
      {user.must_change_password ? <Badge tone="yellow">Debe cambiar contraseña</Badge> : null}
      <Badge tone={user.totp_enabled ? "green" : "grey"}>{user.totp_enabled ? "2FA activa" : "Sin 2FA"}</Badge>
    </span>
  );
}

function RolesTab({ user, mayEdit }: { user: User; mayEdit: boolean }) {
  const roles = useRoleCatalogue(mayEdit);
  const departments = useDepartments();
  const replace = useReplaceRoles(user.id);
  const names = new Map((departments.data ?? []).map((d) => [d.code, d.name]));
  const options: DepartmentOption[] = user.employee.departments.map((code) => ({ code, name: names.get(code) ?? code }));

  if (!mayEdit) {
    return user.roles.length ? (
      <ul className="flex flex-wrap gap-2" aria-label="Roles del usuario">
        {user.roles.map((r) => (
          <li key={`${r.role}-${r.department ?? ""}`}>
            <Badge tone={r.role === "admin" ? "primary" : "neutral"}>
              {r.role_name} · {r.department ? (names.get(r.department) ?? r.department) : "global"}
            </Badge>
          </li>
        ))}
      </ul>
    ) : (
      <p className="text-sm text-muted-foreground">Sin roles.</p>
    );
  }
  if (roles.error) return <Alert variant="destructive">{errorMessage(roles.error)}</Alert>;
  if (!roles.data) return <Skeleton className="h-40 w-full" />;
  return <UserRolesEditor held={user.roles} roles={roles.data} departments={options} readOnly={false} onSave={(v) => replace.mutateAsync(v)} />;
}

function OverridesTab({ user, mayEdit }: { user: User; mayEdit: boolean }) {
  const overrides = useUserOverrides(user.id);
  const catalogue = usePermissionCatalogue();
  const replace = useReplaceOverrides(user.id);
  const error = overrides.error ?? catalogue.error;
  if (error) return <Alert variant="destructive">{errorMessage(error)}</Alert>;
  if (!overrides.data || !catalogue.data) return <Skeleton className="h-40 w-full" />;
  return <OverridesEditor overrides={overrides.data} permissions={catalogue.data} readOnly={!mayEdit} onSave={(body) => replace.mutateAsync(body)} />;
}

/** Usuario: status, the actions (resets, activation, sessions), roles and individual permissions. */
export function UserDetail({ id }: { id: number }) {
  const me = useSessionStore((s) => s.user);
  const user = useUser(id);
  if (user.error) return <Alert variant="destructive">{errorMessage(user.error)}</Alert>;
  if (!user.data) return <Skeleton className="h-40 w-full" />;
  const u = user.data;
  const mayRoles = can(me, "admin.roles");
  const mayReadOverrides = canAny(me, ["admin.roles", "admin.users"]);

  return (
    <div>
      <PageHeader
        title={u.username}
        description={
          <span className="grid gap-2">
            <span>
              {canOpen(me, SCREENS.employees) ? (
                <Link href={`${SCREENS.employees.href}/${u.employee.id}`} className="text-primary hover:underline">
                  {u.employee.full_name}
                </Link>
              ) : (
                u.employee.full_name
              )}
              {u.employee.code ? ` · clave ${u.employee.code}` : ""}
              {u.employee.is_active ? "" : " · empleado de baja"}
            </span>
            <UserStatusBadges user={u} />
          </span>
        }
        actions={<UserActions user={u} me={me} />}
      />
      <dl className="mb-6 grid gap-4 rounded-md border p-4 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-xs text-muted-foreground">Último acceso</dt>
          <dd>{formatDateTime(u.last_login_at)}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted-foreground">Contraseña cambiada</dt>
          <dd>{formatDateTime(u.password_changed_at)}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted-foreground">Bloqueado hasta</dt>
          <dd>{u.locked_until && new Date(u.locked_until).getTime() > Date.now() ? formatDateTime(u.locked_until) : "—"}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted-foreground">Alta</dt>
          <dd>{formatDateTime(u.created_at)}</dd>
        </div>
      </dl>
      <Tabs defaultValue="roles">
        <TabsList>
          <TabsTrigger value="roles">Roles</TabsTrigger>
          {mayReadOverrides ? <TabsTrigger value="overrides">Permisos individuales</TabsTrigger> : null}
        </TabsList>
        <TabsContent value="roles">
          <RolesTab user={u} mayEdit={mayRoles} />
        </TabsContent>
        {mayReadOverrides ? (
          <TabsContent value="overrides">
            <OverridesTab user={u} mayEdit={mayRoles} />
          </TabsContent>
        ) : null}
      </Tabs>
    </div>
  );
}
