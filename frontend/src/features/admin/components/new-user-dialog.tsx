"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { Schemas } from "@protegrt/api-client";
import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import * as React from "react";
import { Controller, type Path, useForm } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PasswordInput } from "@/components/ui/password-input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { useEmployee, useEmployeesWithoutUser } from "@/features/employees/api/queries";
import { SCREENS } from "@/features/shell/navigation";
import { applyServerErrors, errorMessage } from "@/lib/errors";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { z, type Infer } from "@/lib/zod";

import { type RoleHeld, createUser, replaceRoles, useRoleCatalogue } from "../api/queries";
import { adminKeys } from "../api/keys";
import { RolesMatrix } from "./roles-editor";
import { OneTimePassword } from "./user-actions";

type Employee = Schemas["EmployeeRead"];

export const USERNAME_RE = /^[a-z0-9][a-z0-9._-]{2,49}$/;
export const USERNAME_MESSAGE = "De 3 a 50 caracteres: minúsculas, números, punto, guion o guion bajo (sin espacios ni acentos).";

export const newUserSchema = z
  .object({
    employee_id: z.string().min(1, "Elige el empleado."),
    username: z.string().trim().min(1, "Este campo es obligatorio.").refine((v) => USERNAME_RE.test(v.toLowerCase()), USERNAME_MESSAGE),
    generate: z.boolean(),
    password: z.string(),
  })
  .refine((v) => v.generate || v.password.length >= 8, { message: "Debe tener al menos 8 caracteres.", path: ["password"] });

type NewUserValues = Infer<typeof newUserSchema>;
const FIELDS: readonly Path<NewUserValues>[] = ["employee_id", "username", "password"];

/** "María Pérez López" -> "maria.perez" (a suggestion the admin may change). */
export function suggestUsername(e: Pick<Employee, "first_name" | "last_name">): string {
  const clean = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .split(/\s+/)[0]!
      .replace(/[^a-z0-9]/g, "");
  return `${clean(e.first_name)}.${clean(e.last_name)}`.slice(0, 50);
}

export type CreateUserResult = { user: Schemas["UserCreated"]; rolesError: unknown };

/** POST /admin/users, then the roles (PUT) when some were chosen. */
export async function createUserWithRoles(body: Schemas["UserCreate"], roles: RoleHeld[]): Promise<CreateUserResult> {
  const user = await createUser(body);
  if (!roles.length) return { user, rolesError: null };
  try {
    const withRoles = await replaceRoles(user.id, roles);
    return { user: { ...user, ...withRoles }, rolesError: null };
  } catch (error) {
    return { user, rolesError: error };
  }
}

interface NewUserDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Preselected employee (from the employee's record). */
  employeeId?: number | null;
  /** Whether roles can be set (admin.roles). */
  mayAssignRoles: boolean;
  create?: typeof createUserWithRoles;
}

/** "Nuevo usuario": a login for an active employee who has none. */
export function NewUserDialog({ open, onOpenChange, employeeId = null, mayAssignRoles, create = createUserWithRoles }: NewUserDialogProps) {
  const queryClient = useQueryClient();
  const [search, setSearch] = React.useState("");
  const q = useDebouncedValue(search, 300);
  const candidates = useEmployeesWithoutUser(q, open);
  const preset = useEmployee(open && employeeId ? employeeId : 0);
  const catalogue = useRoleCatalogue(open && mayAssignRoles);
  const [roles, setRoles] = React.useState<RoleHeld[]>([]);
  const [formError, setFormError] = React.useState<string | null>(null);
  const [result, setResult] = React.useState<CreateUserResult | null>(null);
  const [saving, setSaving] = React.useState(false);
  const suggested = React.useRef("");

  const form = useForm<NewUserValues>({
    resolver: zodResolver(newUserSchema),
    defaultValues: { employee_id: "", username: "", generate: true, password: "" },
    mode: "onTouched",
  });
  const { register, control, handleSubmit, setValue, watch, formState, setError, reset, getValues } = form;

  React.useEffect(() => {
    if (open) {
      reset({ employee_id: employeeId ? String(employeeId) : "", username: "", generate: true, password: "" });
      setRoles([]);
      setFormError(null);
      setResult(null);
      setSearch("");
      suggested.current = "";
    }
  }, [open, employeeId, reset]);

  const pool: Employee[] = React.useMemo(() => {
    const list = [...(candidates.data?.items ?? [])];
    if (preset.data && !preset.data.user && !list.some((e) => e.id === preset.data.id)) list.unshift(preset.data);
    return list;
  }, [candidates.data, preset.data]);
  const chosenId = watch("employee_id");
  const chosen = pool.find((e) => String(e.id) === chosenId) ?? (preset.data && String(preset.data.id) === chosenId ? preset.data : undefined);
  const generate = watch("generate");

  // Suggest a username from the chosen employee until the admin types their own.
  React.useEffect(() => {
    if (chosen) {
      const current = getValues("username");
      if (current === "" || current === suggested.current) {
        suggested.current = suggestUsername(chosen);
        setValue("username", suggested.current, { shouldValidate: false });
      }
    }
    setRoles((rs) => rs.filter((r) => !r.department || chosen?.departments.some((d) => d.department === r.department)));
  }, [chosen, setValue, getValues]);

  const submit = async (values: NewUserValues) => {
    if (saving) return;
    setSaving(true);
    setFormError(null);
    try {
      const created = await create(
        { employee_id: Number(values.employee_id), username: values.username.trim().toLowerCase(), password: values.generate ? null : values.password },
        mayAssignRoles ? roles : [],
      );
      setResult(created);
      void queryClient.invalidateQueries({ queryKey: adminKeys.users() });
      void queryClient.invalidateQueries({ queryKey: ["employees"] });
      toast("Usuario creado", { description: created.user.username, variant: "success" });
    } catch (error) {
      setFormError(applyServerErrors(error, setError, FIELDS));
    } finally {
      setSaving(false);
    }
  };

  const field = (name: Path<NewUserValues>) => formState.errors[name as keyof NewUserValues]?.message;

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>Nuevo usuario</DialogTitle>
          <DialogDescription>
            {result ? "El usuario quedó creado. Deberá cambiar la contraseña al entrar por primera vez." : "Acceso al sistema para un empleado activo que aún no tiene usuario."}
          </DialogDescription>
        </DialogHeader>
        {result ? (
          <div className="grid gap-3">
            <p className="text-sm">
              Usuario <span className="font-medium">{result.user.username}</span> para {result.user.employee.full_name}.
            </p>
            {result.user.temporary_password ? (
              <OneTimePassword password={result.user.temporary_password} />
            ) : (
              <Alert>La contraseña inicial es la que escribiste.</Alert>
            )}
            {result.rolesError ? (
              <Alert variant="destructive">No se guardaron los roles: {errorMessage(result.rolesError)} Asígnalos desde la ficha del usuario.</Alert>
            ) : null}
            <DialogFooter>
              <Button variant="outline" onClick={() => onOpenChange(false)}>
                Cerrar
              </Button>
              <Button asChild>
                <Link href={`${SCREENS.users.href}/${result.user.id}`}>Ver usuario</Link>
              </Button>
            </DialogFooter>
          </div>
        ) : (
          <form noValidate className="grid gap-4" onSubmit={handleSubmit(submit)} aria-label="Nuevo usuario">
            {formError ? <Alert variant="destructive">{formError}</Alert> : null}
            <div className="grid gap-2">
              <Input
                type="search"
                aria-label="Buscar empleado sin usuario"
                placeholder="Buscar empleado por nombre o clave"
                value={search}
                onChange={(e) => setSearch(e.target.value)}
              />
              <FormField id="new-user-employee" label="Empleado" required error={field("employee_id")}>
                <Controller
                  control={control}
                  name="employee_id"
                  render={({ field: f }) => (
                    <Select value={f.value} onValueChange={f.onChange}>
                      <SelectTrigger aria-label="Empleado">
                        <SelectValue placeholder={candidates.isPending ? "Cargando…" : pool.length ? "Elige el empleado" : "Ningún empleado sin usuario coincide"} />
                      </SelectTrigger>
                      <SelectContent>
                        {pool.map((e) => (
                          <SelectItem key={e.id} value={String(e.id)}>
                            {e.full_name}
                            {e.code ? ` · ${e.code}` : ""}
                          </SelectItem>
                        ))}
                      </SelectContent>
                    </Select>
                  )}
                />
              </FormField>
              {candidates.error ? <Alert variant="destructive">{errorMessage(candidates.error)}</Alert> : null}
            </div>
            <FormField id="new-user-username" label="Usuario" required error={field("username")} hint="Minúsculas, sin espacios ni acentos.">
              <Input autoComplete="off" autoCapitalize="none" spellCheck={false} {...register("username")} />
            </FormField>
            <fieldset className="grid gap-2">
              <legend className="mb-1 text-sm font-medium">Contraseña inicial</legend>
              <div className="flex items-center gap-2">
                <input type="radio" id="new-user-generate" checked={generate} onChange={() => setValue("generate", true)} />
                <Label htmlFor="new-user-generate">Generarla (se muestra una sola vez)</Label>
              </div>
              <div className="flex items-center gap-2">
                <input type="radio" id="new-user-type" checked={!generate} onChange={() => setValue("generate", false)} />
                <Label htmlFor="new-user-type">Escribirla</Label>
              </div>
            </fieldset>
            {!generate ? (
              <FormField id="new-user-password" label="Contraseña inicial" required error={field("password")}>
                <PasswordInput autoComplete="new-password" {...register("password")} />
              </FormField>
            ) : null}
            {mayAssignRoles ? (
              <div className="grid gap-2">
                <p className="text-sm font-medium">Roles</p>
                {catalogue.error ? <Alert variant="destructive">{errorMessage(catalogue.error)}</Alert> : null}
                {catalogue.data ? (
                  <RolesMatrix
                    value={roles}
                    onChange={setRoles}
                    roles={catalogue.data}
                    departments={(chosen?.departments ?? []).map((d) => ({ code: d.department, name: d.name }))}
                  />
                ) : null}
              </div>
            ) : (
              <p className="text-xs text-muted-foreground">Los roles los asigna quien administra roles y permisos.</p>
            )}
            <DialogFooter>
              <Button variant="outline" onClick={() => onOpenChange(false)}>
                Cancelar
              </Button>
              <Button type="submit" disabled={saving}>
                {saving ? "Creando…" : "Crear usuario"}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
