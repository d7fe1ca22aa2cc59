"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Plus, Trash2, X } from "lucide-react";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toast";
import { useClient } from "@/features/clients/api/queries";
import { PAYMENT_PLAN_LABEL } from "@/features/policies/lib/policy-format";
import { api, unwrap } from "@/lib/api";
import { errorMessage } from "@/lib/errors";
import { formatDate, formatDateTime } from "@/lib/format";
import { can, type PermissionHolder } from "@/lib/permissions";
import { useQuery } from "@tanstack/react-query";

import type { SubmissionFilter } from "../api/keys";
import {
  type Submission,
  useApproveSubmission,
  useClaimSubmission,
  useRejectSubmission,
  useSubmission,
  useSubmissions,
} from "../api/queries";
import {
  CORRECTION_FIELDS,
  isOpen,
  statusOf,
  SUBMISSION_STATUS,
  type SubmissionRejectErrors,
  type SubmissionRejectForm,
  submissionRejectBody,
  validateSubmissionReject,
  VEHICLE_TYPE,
} from "../lib/proposal-rules";
import { FilePhoto } from "./file-photo";
import { textareaClass } from "./proposal-dialogs";
import { FilterButtons } from "./proposals-view";

const FILTERS: { value: SubmissionFilter; label: string }[] = [
  { value: "all", label: "Todas" },
  { value: "pending", label: "Pendientes" },
  { value: "approved", label: "Aprobadas" },
  { value: "rejected", label: "Rechazadas" },
];

interface Payload {
  client_id?: number;
  vehicle_id?: number;
  coverage_id?: number;
  payment_plan?: string;
  contract_folio?: string;
  effective_date?: string | null;
  sale_date?: string | null;
  notes?: string | null;
}

const payloadOf = (s: Submission) => s.payload as Payload;

/** Pólizas enviadas desde la app de vendedores (screens §1.26): list beside the detail. */
export function SubmissionsView({ user }: { user: PermissionHolder & { id: number } }) {
  const [filter, setFilter] = React.useState<SubmissionFilter>("pending");
  const [page, setPage] = React.useState(1);
  const [size, setSize] = React.useState(25);
  const submissions = useSubmissions({ page, size, filter });
  const [selected, setSelected] = React.useState<number | null>(null);

  const columns = React.useMemo<ColumnDef<Submission>[]>(
    () => [
      {
        id: "id",
        header: "Solicitud",
        enableHiding: false,
        cell: ({ row }) => (
          <button
            type="button"
            onClick={() => setSelected(row.original.id)}
            aria-label={`Revisar la solicitud ${row.original.id}`}
            aria-pressed={selected === row.original.id}
            className="font-medium text-primary underline-offset-2 hover:underline"
          >
            {row.original.id}
          </button>
        ),
      },
      { id: "seller", header: "Vendedor", accessorFn: (s) => (s.seller_code ? `${s.seller_code} · ${s.seller_name}` : s.seller_name) },
      { id: "created_at", header: "Fecha", accessorFn: (s) => formatDateTime(s.created_at) },
      { id: "contract", header: "Contrato", accessorFn: (s) => payloadOf(s).contract_folio ?? "—" },
      { id: "plan", header: "Forma de pago", accessorFn: (s) => PAYMENT_PLAN_LABEL[payloadOf(s).payment_plan ?? ""] ?? payloadOf(s).payment_plan ?? "—" },
      {
        id: "status",
        header: "Estatus",
        cell: ({ row }) => {
          const s = statusOf(SUBMISSION_STATUS, row.original.status);
          return <Badge tone={s.tone}>{s.label}</Badge>;
        },
      },
    ],
    [selected],
  );

  return (
    <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_34rem]">
      <div className="min-w-0">
        <div className="mb-3">
          <FilterButtons
            label="Filtrar pólizas enviadas"
            options={FILTERS}
            value={filter}
            onChange={(v) => {
              setFilter(v);
              setPage(1);
            }}
          />
        </div>
        {submissions.error ? (
          <Alert variant="destructive" className="mb-3">
            {errorMessage(submissions.error)}
          </Alert>
        ) : null}
        <DataTable
          label="Pólizas enviadas"
          columns={columns}
          rows={submissions.data?.items}
          total={submissions.data?.total}
          page={page}
          size={size}
          sort={null}
          onPageChange={setPage}
          onSizeChange={(s) => {
            setSize(s);
            setPage(1);
          }}
          onSortChange={() => {}}
          getRowId={(s) => String(s.id)}
          isLoading={submissions.isPending}
          isFetching={submissions.isFetching}
          emptyMessage={filter === "pending" ? "No hay pólizas por autorizar." : "Ninguna solicitud coincide con el filtro."}
        />
      </div>
      <aside aria-label="Detalle de la póliza enviada" className="min-w-0 rounded-lg border bg-card p-4 xl:sticky xl:top-20 xl:max-h-[calc(100vh-6rem)] xl:overflow-y-auto">
        {selected ? (
          <div className="grid gap-3">
            <div className="flex justify-end">
              <Button variant="ghost" size="sm" onClick={() => setSelected(null)}>
                <X aria-hidden="true" className="size-4" />
                Cerrar
              </Button>
            </div>
            <SubmissionPanel key={selected} submissionId={selected} user={user} />
          </div>
        ) : (
          <p className="text-sm text-muted-foreground">Elige una solicitud de la lista para revisarla.</p>
        )}
      </aside>
    </div>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-2 py-1 text-sm">
      <dt className="text-muted-foreground">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function useCoverage(id: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ["coverages", "detail", id ?? 0],
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/coverages/{coverage_id}", { params: { path: { coverage_id: id ?? 0 } }, signal })),
    enabled: enabled && !!id,
    staleTime: 10 * 60_000,
  });
}

function SubmissionPanel({ submissionId, user }: { submissionId: number; user: PermissionHolder & { id: number } }) {
  const submission = useSubmission(submissionId);
  if (submission.isPending) return <Skeleton className="h-40 w-full" />;
  if (submission.error) return <Alert variant="destructive">{errorMessage(submission.error)}</Alert>;
  return <SubmissionReview submission={submission.data} user={user} />;
}

export function SubmissionReview({ submission, user }: { submission: Submission; user: PermissionHolder & { id: number } }) {
  const payload = payloadOf(submission);
  const client = useClient(can(user, "clients.read") ? (payload.client_id ?? 0) : 0);
  const coverage = useCoverage(payload.coverage_id, can(user, "coverages.read"));
  const vehicle = client.data?.vehicles.find((v) => v.id === payload.vehicle_id);
  const status = statusOf(SUBMISSION_STATUS, submission.status);
  const claim = useClaimSubmission(submission.id);
  const [dialog, setDialog] = React.useState<"approve" | "reject" | null>(null);
  const open = isOpen(submission.status);
  const mayReview = can(user, "policies.approve_submission");
  const claimedByOther =
    submission.status === "under_review" && submission.reviewer_user_id !== null && submission.reviewer_user_id !== user.id;

  return (
    <section aria-labelledby={`submission-${submission.id}-title`} className="grid gap-5">
      <header className="grid gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id={`submission-${submission.id}-title`} className="text-lg font-semibold">
            Solicitud {submission.id}
          </h2>
          <Badge tone={status.tone} data-testid="submission-status">
            {status.label}
          </Badge>
        </div>
        <p className="text-sm text-muted-foreground">
          Enviada el {formatDateTime(submission.created_at)} por {submission.seller_code ? `${submission.seller_code} · ` : ""}
          {submission.seller_name}
          {submission.resubmission_of_id ? ` (corrige la solicitud ${submission.resubmission_of_id})` : ""}
        </p>
      </header>

      <dl>
        <Row label="Cliente">{client.data ? client.data.full_name : payload.client_id ? `Cliente ${payload.client_id}` : "—"}</Row>
        <Row label="Vehículo">
          {vehicle
            ? `${[vehicle.make, vehicle.model, vehicle.year].filter(Boolean).join(" ")} · ${VEHICLE_TYPE[vehicle.vehicle_type] ?? vehicle.vehicle_type}${vehicle.plates ? ` · ${vehicle.plates}` : ""}`
            : payload.vehicle_id
              ? `Vehículo ${payload.vehicle_id}`
              : "—"}
        </Row>
        <Row label="Cobertura">{coverage.data ? coverage.data.name : payload.coverage_id ? `Cobertura ${payload.coverage_id}` : "—"}</Row>
        <Row label="Forma de pago">{PAYMENT_PLAN_LABEL[payload.payment_plan ?? ""] ?? payload.payment_plan ?? "—"}</Row>
        <Row label="Folio del contrato">{payload.contract_folio ?? "—"}</Row>
        <Row label="Inicio de vigencia">{payload.effective_date ? formatDate(payload.effective_date) : "El día de la aprobación"}</Row>
        {payload.notes ? <Row label="Notas del vendedor">{payload.notes}</Row> : null}
        {submission.policy_id ? (
          <Row label="Póliza creada">
            <a href={`/polizas/${submission.policy_id}`} className="font-medium text-primary underline-offset-2 hover:underline">
              Ver póliza
            </a>
          </Row>
        ) : null}
        {submission.rejection_reason ? <Row label="Motivo del rechazo">{submission.rejection_reason}</Row> : null}
        {submission.corrections
          ? Object.entries(submission.corrections).map(([key, value]) => (
              <Row key={key} label={`Corregir: ${CORRECTION_FIELDS.find((f) => f.value === key)?.label ?? key}`}>
                {String(value)}
              </Row>
            ))
          : null}
        {submission.review_notes ? <Row label="Notas de la revisión">{submission.review_notes}</Row> : null}
      </dl>

      <div>
        <h3 className="mb-2 text-sm font-semibold">Fotos del contrato y del vehículo</h3>
        {submission.contract_photo_file_ids.length ? (
          <div className="grid gap-2 sm:grid-cols-2">
            {submission.contract_photo_file_ids.map((id, i) => (
              <FilePhoto key={id} fileId={id} alt={`Foto ${i + 1} de la solicitud ${submission.id}`} />
            ))}
          </div>
        ) : (
          <p className="text-sm text-muted-foreground">El vendedor no adjuntó fotos.</p>
        )}
      </div>

      {open && mayReview ? (
        <div className="grid gap-3 border-t pt-4">
          {claim.error ? <Alert variant="destructive">{errorMessage(claim.error)}</Alert> : null}
          <div className="flex flex-wrap gap-2">
            {submission.status === "pending" ? (
              <Button
                variant="outline"
                disabled={claim.isPending}
                onClick={() => claim.mutate(undefined, { onSuccess: () => toast("Solicitud tomada para revisión", { variant: "success" }) })}
              >
                Tomar para revisión
              </Button>
            ) : null}
            <Button disabled={claimedByOther} onClick={() => setDialog("approve")}>
              Aprobar
            </Button>
            <Button variant="destructive" disabled={claimedByOther} onClick={() => setDialog("reject")}>
              Rechazar con correcciones
            </Button>
          </div>
          {claimedByOther ? <p className="text-sm text-muted-foreground">Otra persona está revisando esta solicitud.</p> : null}
        </div>
      ) : null}
      <ApproveSubmissionDialog submission={submission} open={dialog === "approve"} onOpenChange={(o) => setDialog(o ? "approve" : null)} />
      <RejectSubmissionDialog submission={submission} open={dialog === "reject"} onOpenChange={(o) => setDialog(o ? "reject" : null)} />
    </section>
  );
}

interface SubmissionDialogProps {
  submission: Submission;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

function ApproveSubmissionDialog({ submission, open, onOpenChange }: SubmissionDialogProps) {
  const approve = useApproveSubmission(submission.id);
  const [notes, setNotes] = React.useState("");
  React.useEffect(() => {
    if (open) {
      setNotes("");
      approve.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset on open only
  }, [open]);
  const tooLong = notes.length > 500;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next && notes.trim() && !window.confirm("¿Descartar lo que escribiste?")) return;
        onOpenChange(next);
      }}
    >
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Aprobar póliza enviada</DialogTitle>
          <DialogDescription>Se crea la póliza con su folio, sus pagos y su tarjeta, igual que un alta en oficina.</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (tooLong) return;
            approve.mutate(
              { notes: notes.trim() || null },
              {
                onSuccess: (data) => {
                  toast("Póliza aprobada", { variant: "success", description: data.policy_id ? `Se creó la póliza.` : undefined });
                  onOpenChange(false);
                },
              },
            );
          }}
        >
          <FormField id="submission-notes" label="Notas" error={tooLong ? "Las notas admiten como máximo 500 caracteres." : undefined}>
            <textarea className={textareaClass} value={notes} onChange={(e) => setNotes(e.target.value)} />
          </FormField>
          {approve.error ? <Alert variant="destructive">{errorMessage(approve.error)}</Alert> : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              Volver
            </Button>
            <Button type="submit" disabled={approve.isPending}>
              {approve.isPending ? "Aprobando…" : "Aprobar y crear la póliza"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

const EMPTY_REJECT: SubmissionRejectForm = { reason: "", corrections: [{ field: "", detail: "" }] };

function RejectSubmissionDialog({ submission, open, onOpenChange }: SubmissionDialogProps) {
  const reject = useRejectSubmission(submission.id);
  const [form, setForm] = React.useState<SubmissionRejectForm>(EMPTY_REJECT);
  const [errors, setErrors] = React.useState<SubmissionRejectErrors>({});
  const [submitted, setSubmitted] = React.useState(false);
  React.useEffect(() => {
    if (open) {
      setForm(EMPTY_REJECT);
      setErrors({});
      setSubmitted(false);
      reject.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset on open only
  }, [open]);
  const change = (next: SubmissionRejectForm) => {
    setForm(next);
    if (submitted) setErrors(validateSubmissionReject(next));
  };
  const dirty = form.reason.trim() !== "" || form.corrections.some((c) => c.field || c.detail.trim());
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next && dirty && !window.confirm("¿Descartar lo que escribiste?")) return;
        onOpenChange(next);
      }}
    >
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Rechazar con correcciones</DialogTitle>
          <DialogDescription>La solicitud vuelve al vendedor con el motivo y lo que debe corregir para reenviarla.</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setSubmitted(true);
            const found = validateSubmissionReject(form);
            setErrors(found);
            if (Object.keys(found).length) return;
            reject.mutate(submissionRejectBody(form), {
              onSuccess: () => {
                toast("Solicitud rechazada", { variant: "success" });
                onOpenChange(false);
              },
            });
          }}
        >
          <FormField id="submission-reason" label="Motivo del rechazo" required error={errors.reason} hint="Al menos 5 caracteres.">
            <textarea className={textareaClass} value={form.reason} onChange={(e) => change({ ...form, reason: e.target.value })} />
          </FormField>
          <fieldset className="grid gap-3">
            <legend className="mb-1 text-sm font-medium">
              Correcciones requeridas
              <span aria-hidden="true" className="text-destructive">
                *
              </span>
            </legend>
            {form.corrections.map((c, i) => (
              <div key={i} className="grid gap-2 rounded-md border p-2">
                <div className="flex items-center gap-2">
                  <Select
                    value={c.field}
                    onValueChange={(v) => change({ ...form, corrections: form.corrections.map((x, j) => (j === i ? { ...x, field: v } : x)) })}
                  >
                    <SelectTrigger aria-label={`Dato a corregir ${i + 1}`} className="flex-1">
                      <SelectValue placeholder="Elige el dato" />
                    </SelectTrigger>
                    <SelectContent>
                      {CORRECTION_FIELDS.map((f) => (
                        <SelectItem key={f.value} value={f.value}>
                          {f.label}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                  {form.corrections.length > 1 ? (
                    <Button
                      type="button"
                      variant="ghost"
                      size="icon"
                      aria-label={`Quitar la corrección ${i + 1}`}
                      onClick={() => change({ ...form, corrections: form.corrections.filter((_, j) => j !== i) })}
                    >
                      <Trash2 className="size-4" />
                    </Button>
                  ) : null}
                </div>
                <Input
                  aria-label={`Qué debe corregir ${i + 1}`}
                  aria-invalid={errors.rows?.[i] ? true : undefined}
                  value={c.detail}
                  onChange={(e) => change({ ...form, corrections: form.corrections.map((x, j) => (j === i ? { ...x, detail: e.target.value } : x)) })}
                />
                {errors.rows?.[i] ? (
                  <p role="alert" className="text-xs font-medium text-destructive">
                    {errors.rows[i]}
                  </p>
                ) : null}
              </div>
            ))}
            {errors.corrections ? (
              <p role="alert" className="text-xs font-medium text-destructive">
                {errors.corrections}
              </p>
            ) : null}
            <div>
              <Button
                type="button"
                variant="outline"
                size="sm"
                disabled={form.corrections.length >= CORRECTION_FIELDS.length}
                onClick={() => change({ ...form, corrections: [...form.corrections, { field: "", detail: "" }] })}
              >
                <Plus className="size-4" />
                Agregar corrección
              </Button>
            </div>
          </fieldset>
          {reject.error ? <Alert variant="destructive">{errorMessage(reject.error)}</Alert> : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              Volver
            </Button>
            <Button type="submit" variant="destructive" disabled={reject.isPending}>
              {reject.isPending ? "Rechazando…" : "Rechazar con correcciones"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
