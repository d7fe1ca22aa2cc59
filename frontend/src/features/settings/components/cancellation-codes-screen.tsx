"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Pencil } from "lucide-react";
import * as React from "react";
import { Controller, type Resolver, useForm } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { DiscardDialog } from "@/components/ui/discard-dialog";
import { FormField } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toast";
import { useSessionStore } from "@/features/auth/api/session-store";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { applyServerErrors, errorMessage } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { cn } from "@/lib/utils";

import { type CancellationCode, useCancellationCodes, useUpdateCancellationCode } from "../api/queries";
import { type CancellationCodeForm, cancellationCodeSchema } from "../lib/cancellation-code-form";

const textareaClass =
  "min-h-20 w-full rounded-md border border-input bg-card px-3 py-2 text-sm shadow-xs focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring/30 aria-[invalid=true]:border-destructive";

/** Motivos de cancelación: the C1-C5 catalogue; highlighted codes (C5) show orange, as in every list. */
export function CancellationCodesScreen() {
  const user = useSessionStore((s) => s.user);
  const mayEdit = can(user, "cancellations.edit_codes");
  const codes = useCancellationCodes();
  const [editing, setEditing] = React.useState<CancellationCode | null>(null);

  return (
    <div>
      <PageHeader
        title="Motivos de cancelación"
        description="Catálogo C1–C5 que se elige al cancelar una póliza. Los motivos resaltados se muestran en naranja en las listas y en el reporte de renovaciones."
      />
      {codes.error ? (
        <Alert variant="destructive" className="mb-4">
          {errorMessage(codes.error)}
        </Alert>
      ) : null}
      <div className="rounded-lg border bg-card">
        <Table aria-label="Motivos de cancelación">
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead className="w-20">Código</TableHead>
              <TableHead>Descripción</TableHead>
              <TableHead>Resaltado</TableHead>
              <TableHead>Renovación</TableHead>
              <TableHead>Estado</TableHead>
              <TableHead />
            </TableRow>
          </TableHeader>
          <TableBody>
            {codes.isPending
              ? Array.from({ length: 5 }, (_, i) => (
                  <TableRow key={i}>
                    <TableCell colSpan={6}>
                      <Skeleton className="h-5 w-full" />
                    </TableCell>
                  </TableRow>
                ))
              : (codes.data ?? []).map((c) => (
                  <TableRow
                    key={c.code}
                    data-highlight={c.highlight ? "true" : undefined}
                    className={cn(c.highlight && "bg-orange-50 hover:bg-orange-100/70")}
                  >
                    <TableCell className={cn("font-mono font-semibold", c.highlight && "text-orange-800")}>{c.code}</TableCell>
                    <TableCell>{c.description}</TableCell>
                    <TableCell>{c.highlight ? <Badge tone="orange">Naranja</Badge> : <span className="text-muted-foreground">No</span>}</TableCell>
                    <TableCell>
                      {c.blocks_renewal ? <Badge tone="red">No ofrecer renovación</Badge> : <span className="text-muted-foreground">Se ofrece</span>}
                    </TableCell>
                    <TableCell>{c.is_active ? <Badge tone="green">Activo</Badge> : <Badge tone="grey">Inactivo</Badge>}</TableCell>
                    <TableCell className="text-right">
                      {mayEdit ? (
                        <Button variant="outline" size="sm" onClick={() => setEditing(c)} aria-label={`Editar ${c.code}`}>
                          <Pencil className="size-4" /> Editar
                        </Button>
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
          </TableBody>
        </Table>
      </div>
      <CodeDialog code={editing} onClose={() => setEditing(null)} />
    </div>
  );
}

function CodeDialog({ code, onClose }: { code: CancellationCode | null; onClose: () => void }) {
  const update = useUpdateCancellationCode();
  const form = useForm<CancellationCodeForm>({
    // The schema checks the text; the loose object lets the three flags through as they are.
    resolver: zodResolver(cancellationCodeSchema) as unknown as Resolver<CancellationCodeForm>,
    mode: "onChange",
  });
  const { register, handleSubmit, formState, reset, setError, control } = form;
  const [formError, setFormError] = React.useState<string | null>(null);
  const [confirmDiscard, setConfirmDiscard] = React.useState(false);
  React.useEffect(() => {
    if (code) {
      reset({ description: code.description, highlight: code.highlight, blocks_renewal: code.blocks_renewal, is_active: code.is_active });
      setFormError(null);
      update.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset when another code opens
  }, [code, reset]);

  const submit = (v: CancellationCodeForm) => {
    if (!code) return;
    setFormError(null);
    update.mutate(
      { code: code.code, body: { description: v.description.trim(), highlight: v.highlight, blocks_renewal: v.blocks_renewal, is_active: v.is_active } },
      {
        onSuccess: (saved) => {
          toast.success("Motivo actualizado", `${saved.code} · ${saved.description}`);
          onClose();
        },
        onError: (error) => setFormError(applyServerErrors(error, setError, ["description"])),
      },
    );
  };
  const close = () => {
    if (update.isPending) return;
    if (formState.isDirty) setConfirmDiscard(true);
    else onClose();
  };

  const flags = [
    ["highlight", "Resaltar en naranja"],
    ["blocks_renewal", "No ofrecer renovación automática"],
    ["is_active", "Activo (se puede elegir al cancelar)"],
  ] as const;

  return (
    <>
      <Dialog open={code !== null} onOpenChange={(o) => (o ? null : close())}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Editar motivo {code?.code}</DialogTitle>
            <DialogDescription>El cambio aplica a las cancelaciones nuevas y a cómo se muestran las existentes.</DialogDescription>
          </DialogHeader>
          <form noValidate onSubmit={handleSubmit(submit)} className="grid gap-4" aria-label="Motivo de cancelación">
            {formError ? <Alert variant="destructive">{formError}</Alert> : null}
            <FormField id="code-description" label="Descripción" required error={formState.errors.description?.message}>
              <textarea className={textareaClass} {...register("description")} />
            </FormField>
            <fieldset className="grid gap-2">
              {flags.map(([name, label]) => (
                <Controller
                  key={name}
                  control={control}
                  name={name}
                  render={({ field }) => (
                    <div className="flex items-center gap-2">
                      <Checkbox id={`code-${name}`} checked={field.value === true} onCheckedChange={(v) => field.onChange(v === true)} />
                      <Label htmlFor={`code-${name}`}>{label}</Label>
                    </div>
                  )}
                />
              ))}
            </fieldset>
            <DialogFooter>
              <Button variant="outline" disabled={update.isPending} onClick={close}>
                Cancelar
              </Button>
              <Button type="submit" disabled={update.isPending || !formState.isDirty}>
                {update.isPending ? "Guardando…" : "Guardar"}
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
      <DiscardDialog
        open={confirmDiscard}
        onKeep={() => setConfirmDiscard(false)}
        onDiscard={() => {
          setConfirmDiscard(false);
          onClose();
        }}
      />
    </>
  );
}
