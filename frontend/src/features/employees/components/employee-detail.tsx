"use client";

import { ApiError } from "@protegrt/api-client";
import { KeyRound, Pencil, Power, PowerOff } from "lucide-react";
import Link from "next/link";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { toast } from "@/components/ui/toast";
import { useSessionStore } from "@/features/auth/api/session-store";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";
import { errorMessage } from "@/lib/errors";
import { formatDate, parseDate } from "@/lib/format";
import { can } from "@/lib/permissions";

import { useDepartments, useEmployee, useReplaceDepartments, useSetEmployeeActive } from "../api/queries";
import { DATE_MESSAGE, type Employee, GENDERS } from "../schemas";
import { DepartmentsEditor } from "./departments-editor";
import { DepartmentBadges, EmployeeFlagBadges, EmployeeStatusBadge } from "./employee-badges";
import { EmployeeFormSheet } from "./employee-form";
import { EmployeeSchedule } from "./schedule-editor";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-0.5">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-sm">{children || "—"}</dd>
    </div>
  );
}

/** Activate, or deactivate with the warning that every session of the login closes. */
export function EmployeeActiveDialog({ employee, open, onOpenChange }: { employee: Employee; open: boolean; onOpenChange: (open: boolean) => void }) {
  const setActive = useSetEmployeeActive(employee.id);
  const activating = !employee.is_active;
  const [date, setDate] = React.useState("");
  const [dateError, setDateError] = React.useState<string | undefined>();
  React.useEffect(() => {
    if (open) {
      setDate("");
      setDateError(undefined);
      setActive.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset on open only
  }, [open]);
  const serverDateError = setActive.error instanceof ApiError ? setActive.error.fields.termination_date : undefined;

  const confirm = () => {
    const iso = date.trim() ? parseDate(date) : null;
    if (date.trim() && !iso) {
      setDateError(DATE_MESSAGE);
      return;
    }
    setActive.mutate(
      { active: activating, terminationDate: iso },
      {
        onSuccess: () => {
          toast(activating ? "Empleado reactivado" : "Empleado dado de baja", { description: employee.full_name, variant: "success" });
          onOpenChange(false);
        },
      },
    );
  };

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={activating ? "Reactivar empleado" : "Dar de baja al empleado"}
      description={
        activating
          ? `${employee.full_name} vuelve a estar activo. Su usuario sigue desactivado: actívalo aparte en Usuarios si debe volver a entrar.`
          : `${employee.full_name} queda de baja: su usuario se desactiva y se cierran todas sus sesiones abiertas (web y app) de inmediato.`
      }
      confirmLabel={activating ? "Reactivar" : "Dar de baja"}
      pendingLabel="Guardando…"
      destructive={!activating}
      pending={setActive.isPending}
      error={serverDateError ? null : setActive.error}
      onConfirm={confirm}
    >
      {!activating ? (
        <FormField id="termination-date" label="Fecha de baja" error={dateError ?? serverDateError} hint="dd/mm/aaaa; vacío: hoy">
          <Input inputMode="numeric" placeholder="dd/mm/aaaa" value={date} onChange={(e) => setDate(e.target.value)} />
        </FormField>
      ) : null}
    </ConfirmDialog>
  );
}

/** Ficha del empleado: data, departments (with the manager flag) and the weekly schedule. */
export function EmployeeDetail({ id }: { id: number }) {
  const user = useSessionStore((s) => s.user);
  const employee = useEmployee(id);
  const departments = useDepartments();
  const replaceDepartments = useReplaceDepartments(id);
  const [editing, setEditing] = React.useState(false);
  const [toggling, setToggling] = React.useState(false);
  const mayEdit = can(user, "admin.employees");
  const mayAdminUsers = can(user, "admin.users");

  if (employee.error) return <Alert variant="destructive">{errorMessage(employee.error)}</Alert>;
  if (!employee.data) return <Skeleton className="h-40 w-full" />;
  const e = employee.data;
  const a = e.address;

  return (
    <div>
      <PageHeader
        title={e.full_name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {e.code ? (
              <Badge tone="primary" data-testid="employee-code">
                Clave {e.code}
              </Badge>
            ) : null}
            <EmployeeStatusBadge active={e.is_active} />
            <EmployeeFlagBadges employee={e} />
          </span>
        }
        actions={
          <>
            {mayEdit ? (
              <>
                <Button variant="outline" onClick={() => setEditing(true)}>
                  <Pencil /> Editar
                </Button>
                <Button variant={e.is_active ? "destructive" : "outline"} onClick={() => setToggling(true)}>
                  {e.is_active ? <PowerOff /> : <Power />} {e.is_active ? "Dar de baja" : "Reactivar"}
                </Button>
              </>
            ) : null}
            {mayAdminUsers && e.user ? (
              <Button variant="outline" asChild>
                <Link href={`${SCREENS.users.href}/${e.user.id}`}>
                  <KeyRound /> Usuario {e.user.username}
                </Link>
              </Button>
            ) : null}
            {mayAdminUsers && !e.user && e.is_active ? (
              <Button variant="outline" asChild>
                <Link href={`${SCREENS.users.href}?nuevo=${e.id}`}>
                  <KeyRound /> Crear usuario
                </Link>
              </Button>
            ) : null}
          </>
        }
      />
      <Tabs defaultValue="data">
        <TabsList>
          <TabsTrigger value="data">Datos</TabsTrigger>
          <TabsTrigger value="departments">Departamentos</TabsTrigger>
          <TabsTrigger value="schedule">Horario</TabsTrigger>
        </TabsList>
        <TabsContent value="data">
          <dl className="grid gap-4 rounded-md border p-4 sm:grid-cols-3">
            <Fact label="Clave">{e.code}</Fact>
            <Fact label="Fecha de ingreso">{formatDate(e.hire_date)}</Fact>
            <Fact label="Fecha de baja">{e.termination_date ? formatDate(e.termination_date) : null}</Fact>
            <Fact label="Fecha de nacimiento">{e.birth_date ? formatDate(e.birth_date) : null}</Fact>
            <Fact label="Género">{e.gender ? GENDERS[e.gender] : null}</Fact>
            <Fact label="RFC">{e.rfc}</Fact>
            <Fact label="CURP">{e.curp}</Fact>
            <Fact label="Teléfono">{e.phone}</Fact>
            <Fact label="Otro teléfono">{e.phone_alt}</Fact>
            <Fact label="Correo">{e.email}</Fact>
            <Fact label="ID de Telegram">{e.telegram_id ? String(e.telegram_id) : null}</Fact>
            <Fact label="Contacto de emergencia">
              {e.emergency_contact_name ? `${e.emergency_contact_name}${e.emergency_contact_phone ? ` · ${e.emergency_contact_phone}` : ""}` : null}
            </Fact>
            <Fact label="Domicilio">
              {a
                ? [`${a.street} ${a.exterior_number ?? "S/N"}${a.interior_number ? ` int. ${a.interior_number}` : ""}`, a.neighborhood, a.postal_code ? `C.P. ${a.postal_code}` : null]
                    .filter(Boolean)
                    .join(", ")
                : null}
            </Fact>
            <Fact label="Departamentos">
              <DepartmentBadges departments={e.departments} />
            </Fact>
            {e.is_collector || e.is_seller ? <Fact label="Límite de recibos">{String(e.receipt_limit)}</Fact> : null}
            <Fact label="Usuario">{e.user ? `${e.user.username}${e.user.is_active ? "" : " (desactivado)"}` : "Sin usuario"}</Fact>
          </dl>
        </TabsContent>
        <TabsContent value="departments">
          {departments.error ? <Alert variant="destructive">{errorMessage(departments.error)}</Alert> : null}
          {departments.data ? (
            <DepartmentsEditor employee={e} departments={departments.data} readOnly={!mayEdit} onSave={(body) => replaceDepartments.mutateAsync(body)} />
          ) : (
            <Skeleton className="h-40 w-full" />
          )}
        </TabsContent>
        <TabsContent value="schedule">
          <EmployeeSchedule employeeId={e.id} readOnly={!mayEdit} />
        </TabsContent>
      </Tabs>
      {mayEdit ? (
        <>
          <EmployeeFormSheet open={editing} onOpenChange={setEditing} employee={e} />
          <EmployeeActiveDialog employee={e} open={toggling} onOpenChange={setToggling} />
        </>
      ) : null}
    </div>
  );
}
