"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import * as React from "react";
import { Controller, useForm } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { SimplePager } from "@/components/ui/simple-pager";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toast";
import { useUserOptions } from "@/features/access/api/queries";
import { useSessionStore } from "@/features/auth/api/session-store";
import { applyServerErrors, errorMessage } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { can } from "@/lib/permissions";
import { type Infer, z } from "@/lib/zod";

import { type AccessException, useAccessExceptions, useCreateAccessException, useRevokeAccessException } from "../api/queries";
import { isoToMexicoLocal, mexicoLocalToIso } from "../lib/mexico-time";

const MAX_DAYS = 31;

export const exceptionSchema = z
  .object({
    user_id: z.string().regex(/^[1-9][0-9]*$/, "Elige el usuario."),
    starts_at: z.string().refine((v) => mexicoLocalToIso(v) !== null, "Indica fecha y hora de inicio."),
    ends_at: z.string().refine((v) => mexicoLocalToIso(v) !== null, "Indica fecha y hora de fin."),
    reason: z.string().trim().min(3, "Escribe el motivo (al menos 3 caracteres).").max(500, "Máximo 500 caracteres."),
  })
  .superRefine((v, ctx) => {
    const start = mexicoLocalToIso(v.starts_at);
    const end = mexicoLocalToIso(v.ends_at);
    if (!start || !end) return;
    const ms = Date.parse(end) - Date.parse(start);
    if (ms <= 0) ctx.addIssue({ code: "custom", message: "El fin debe ser posterior al inicio.", path: ["ends_at"] });
    else if (ms > MAX_DAYS * 86_400_000) ctx.addIssue({ code: "custom", message: `Una excepción dura como máximo ${MAX_DAYS} días.`, path: ["ends_at"] });
  });

type ExceptionForm = Infer<typeof exceptionSchema>;

function statusOf(e: AccessException, now: number): { label: string; tone: "green" | "grey" | "blue" } {
  if (e.revoked_at) return { label: "Terminada", tone: "grey" };
  if (Date.parse(e.ends_at) <= now) return { label: "Vencida", tone: "grey" };
  if (Date.parse(e.starts_at) > now) return { label: "Programada", tone: "blue" };
  return { label: "Vigente", tone: "green" };
}

/** Excepciones de acceso: time-boxed permissions to work outside the network, place or schedule. */
export function AccessExceptions() {
  const me = useSessionStore((s) => s.user);
  const [active, setActive] = React.useState("true");
  const [page, setPage] = React.useState(1);
  const list = useAccessExceptions({ page, active: active === "all" ? "" : active }, true);
  const users = useUserOptions(can(me, "admin.users"));
  const revoke = useRevokeAccessException();
  const [creating, setCreating] = React.useState(false);
  const [ending, setEnding] = React.useState<AccessException | null>(null);
  const nameOf = (id: number | null) => {
    if (id === null) return "—";
    const u = users.data?.find((x) => x.id === id);
    return u ? `${u.username} · ${u.name}` : `Usuario #${id}`;
  };
  const now = Date.now();
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / 25));

  return (
    <Card>
      <CardHeader className="flex-row flex-wrap items-start justify-between gap-3">
        <div>
          <CardTitle>Excepciones de acceso</CardTitle>
          <CardDescription>Permiso temporal (máx. {MAX_DAYS} días) para entrar fuera de la VPN, de la geocerca o del horario.</CardDescription>
        </div>
        <div className="flex items-center gap-2">
          <Select value={active} onValueChange={(v) => { setActive(v); setPage(1); }}>
            <SelectTrigger className="w-40" aria-label="Filtrar excepciones">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="true">Vigentes</SelectItem>
              <SelectItem value="false">Terminadas</SelectItem>
              <SelectItem value="all">Todas</SelectItem>
            </SelectContent>
          </Select>
          <Button onClick={() => setCreating(true)}>Nueva excepción</Button>
        </div>
      </CardHeader>
      <CardContent>
        {list.error ? <Alert variant="destructive">{errorMessage(list.error)}</Alert> : null}
        <Table aria-label="Excepciones de acceso">
          <TableHeader>
            <TableRow>
              <TableHead>Usuario</TableHead>
              <TableHead>Desde</TableHead>
              <TableHead>Hasta</TableHead>
              <TableHead>Motivo</TableHead>
              <TableHead>Estado</TableHead>
              <TableHead />
            </TableRow>
          </TableHeader>
          <TableBody>
            {(list.data?.items ?? []).map((e) => {
              const status = statusOf(e, now);
              return (
                <TableRow key={e.id}>
                  <TableCell>{nameOf(e.user_id)}</TableCell>
                  <TableCell>{formatDateTime(e.starts_at)}</TableCell>
                  <TableCell>{formatDateTime(e.ends_at)}</TableCell>
                  <TableCell className="max-w-xs truncate" title={e.reason}>
                    {e.reason}
                  </TableCell>
                  <TableCell>
                    <Badge tone={status.tone}>{status.label}</Badge>
                  </TableCell>
                  <TableCell className="text-right">
                    {status.tone !== "grey" ? (
                      <Button variant="outline" size="sm" onClick={() => { revoke.reset(); setEnding(e); }}>
                        Terminar
                      </Button>
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
            {list.data && list.data.items.length === 0 ? (
              <TableRow>
                <TableCell colSpan={6} className="h-16 text-center text-muted-foreground">
                  No hay excepciones {active === "true" ? "vigentes" : active === "false" ? "terminadas" : ""}.
                </TableCell>
              </TableRow>
            ) : null}
          </TableBody>
        </Table>
        {pages > 1 ? <SimplePager className="mt-2 justify-end" page={page} pages={pages} onPageChange={setPage} /> : null}
      </CardContent>
      <NewExceptionDialog open={creating} onOpenChange={setCreating} users={users.data} />
      <ConfirmDialog
        open={ending !== null}
        onOpenChange={(o) => (o ? null : setEnding(null))}
        title="Terminar la excepción"
        description={ending ? `${nameOf(ending.user_id)} vuelve a la restricción de red desde su siguiente solicitud.` : null}
        confirmLabel="Terminar"
        pendingLabel="Terminando…"
        pending={revoke.isPending}
        error={revoke.error}
        onConfirm={() =>
          ending &&
          revoke.mutate(ending.id, {
            onSuccess: () => {
              toast.success("Excepción terminada");
              setEnding(null);
            },
          })
        }
      />
    </Card>
  );
}

function NewExceptionDialog({
  open,
  onOpenChange,
  users,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  users: { id: number; username: string; name: string }[] | undefined;
}) {
  const create = useCreateAccessException();
  const defaults = React.useCallback((): ExceptionForm => {
    const start = new Date();
    return { user_id: "", starts_at: isoToMexicoLocal(start), ends_at: isoToMexicoLocal(new Date(start.getTime() + 8 * 3_600_000)), reason: "" };
  }, []);
  const form = useForm<ExceptionForm>({ resolver: zodResolver(exceptionSchema), defaultValues: defaults(), mode: "onTouched" });
  const { register, handleSubmit, formState, reset, setError, control } = form;
  const [formError, setFormError] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (open) {
      reset(defaults());
      setFormError(null);
    }
  }, [open, reset, defaults]);

  const submit = (v: ExceptionForm) => {
    setFormError(null);
    create.mutate(
      { user_id: Number(v.user_id), starts_at: mexicoLocalToIso(v.starts_at)!, ends_at: mexicoLocalToIso(v.ends_at)!, reason: v.reason.trim() },
      {
        onSuccess: () => {
          toast.success("Excepción concedida");
          onOpenChange(false);
        },
        onError: (error) => setFormError(applyServerErrors(error, setError, ["user_id", "starts_at", "ends_at", "reason"])),
      },
    );
  };

  return (
    <Dialog open={open} onOpenChange={(o) => (create.isPending ? null : onOpenChange(o))}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Nueva excepción de acceso</DialogTitle>
          <DialogDescription>Fechas y horas de Ciudad de México. Los campos con * son obligatorios.</DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={handleSubmit(submit)} className="grid gap-4" aria-label="Excepción de acceso">
          {formError ? <Alert variant="destructive">{formError}</Alert> : null}
          {users ? (
            <FormField id="exception-user" label="Usuario" required error={formState.errors.user_id?.message}>
              <Controller
                control={control}
                name="user_id"
                render={({ field }) => (
                  <Select value={field.value} onValueChange={field.onChange}>
                    <SelectTrigger aria-label="Usuario">
                      <SelectValue placeholder="Elige el usuario" />
                    </SelectTrigger>
                    <SelectContent>
                      {users.map((u) => (
                        <SelectItem key={u.id} value={String(u.id)}>
                          {u.username} · {u.name}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                )}
              />
            </FormField>
          ) : (
            <FormField id="exception-user" label="ID del usuario" required error={formState.errors.user_id?.message}>
              <Input inputMode="numeric" {...register("user_id")} />
            </FormField>
          )}
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField id="exception-start" label="Desde" required error={formState.errors.starts_at?.message}>
              <Input type="datetime-local" {...register("starts_at")} />
            </FormField>
            <FormField id="exception-end" label="Hasta" required error={formState.errors.ends_at?.message}>
              <Input type="datetime-local" {...register("ends_at")} />
            </FormField>
          </div>
          <FormField id="exception-reason" label="Motivo" required error={formState.errors.reason?.message}>
            <Input {...register("reason")} />
          </FormField>
          <DialogFooter>
            <Button variant="outline" disabled={create.isPending} onClick={() => onOpenChange(false)}>
              Cancelar
            </Button>
            <Button type="submit" disabled={create.isPending}>
              {create.isPending ? "Guardando…" : "Conceder"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
