"use client";

import type { Schemas } from "@protegrt/api-client";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { SimplePager } from "@/components/ui/simple-pager";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/errors";
import { formatDateTime, formatInteger } from "@/lib/format";

import { type ReceiptRow, useConfirmSkipped, useSkipped, verifyReceipt } from "../api/queries";
import { type HolderStats, OFFICE, paperNumberError } from "../lib/receipt-forms";

/** Verificación: check one receipt against its holder, and confirm the skipped receipts (loss schedule). */
export function VerificationTab({ holders }: { holders: readonly HolderStats[] }) {
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
      <VerifyCard holders={holders} />
      <SkippedCard />
    </div>
  );
}

function VerifyCard({ holders }: { holders: readonly HolderStats[] }) {
  const [number, setNumber] = React.useState("");
  const [holder, setHolder] = React.useState(OFFICE);
  const [error, setError] = React.useState<string | undefined>();
  const [checking, setChecking] = React.useState(false);
  const [result, setResult] = React.useState<Schemas["ReceiptCheckRead"] | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Verificar un recibo</CardTitle>
        <CardDescription>Existe, no está usado y está asignado a quien lo reporta (o a OFICINA).</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          className="grid gap-4"
          noValidate
          aria-label="Verificar recibo"
          onSubmit={async (e) => {
            e.preventDefault();
            const text = number.trim();
            // Digital receipts (prefix + 6 digits) are verified too: only refuse what is clearly not a number.
            const found = !text ? "Escribe el número de recibo." : /^[A-Za-z][0-9]{4,12}$/.test(text) ? undefined : paperNumberError(text);
            setError(found);
            setResult(null);
            setFailure(null);
            if (found) return;
            setChecking(true);
            try {
              setResult(await verifyReceipt(text, holder === OFFICE ? null : Number(holder)));
            } catch (err) {
              setFailure(errorMessage(err));
            } finally {
              setChecking(false);
            }
          }}
        >
          <FormField id="verify-number" label="Número de recibo" required error={error}>
            <Input autoCapitalize="characters" autoComplete="off" value={number} onChange={(e) => setNumber(e.target.value)} />
          </FormField>
          <FormField id="verify-holder" label="Lo reporta">
            <Select value={holder} onValueChange={setHolder}>
              <SelectTrigger aria-label="Lo reporta">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={OFFICE}>OFICINA (pago en mostrador)</SelectItem>
                {holders
                  .filter((h) => h.collector_id !== null)
                  .map((h) => (
                    <SelectItem key={h.collector_id} value={String(h.collector_id)}>
                      {h.code ? `${h.code} · ` : ""}
                      {h.name}
                    </SelectItem>
                  ))}
              </SelectContent>
            </Select>
          </FormField>
          <div className="flex justify-end">
            <Button type="submit" disabled={checking}>
              {checking ? "Verificando…" : "Verificar"}
            </Button>
          </div>
          {result ? (
            <Alert variant={result.verified ? "default" : "destructive"} data-testid="verify-result">
              <Badge tone={result.verified ? "green" : "red"} className="mr-2">
                {result.verified ? "Verificado" : "No verificado"}
              </Badge>
              {result.message}
            </Alert>
          ) : null}
          {failure ? <Alert variant="destructive">{failure}</Alert> : null}
        </form>
      </CardContent>
    </Card>
  );
}

function SkippedCard() {
  const [view, setView] = React.useState<"pending" | "confirmed">("pending");
  const [page, setPage] = React.useState(1);
  const skipped = useSkipped({ page, size: 50, confirmed: view === "confirmed" }, true);
  const confirm = useConfirmSkipped();
  const [selected, setSelected] = React.useState<Set<number>>(new Set());
  const [asking, setAsking] = React.useState(false);
  const items = skipped.data?.items ?? [];
  const total = skipped.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / 50));
  React.useEffect(() => setSelected(new Set()), [view, page]);
  const toggle = (id: number, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const chosen: ReceiptRow[] = items.filter((r) => selected.has(r.id));

  return (
    <Card>
      <CardHeader>
        <CardTitle>Recibos saltados</CardTitle>
        <CardDescription>
          Un cobrador usó un número mayor y estos siguen asignados. Al confirmar el salto, el recibo queda programado para darse por
          extraviado si no se usa antes de su fecha.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <Select
            value={view}
            onValueChange={(v) => {
              setView(v as "pending" | "confirmed");
              setPage(1);
            }}
          >
            <SelectTrigger className="w-64" aria-label="Ver saltos">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="pending">Por confirmar</SelectItem>
              <SelectItem value="confirmed">Confirmados (extravío programado)</SelectItem>
            </SelectContent>
          </Select>
          {view === "pending" ? (
            <Button disabled={chosen.length === 0 || confirm.isPending} onClick={() => setAsking(true)}>
              Confirmar saltos ({formatInteger(chosen.length)})
            </Button>
          ) : null}
        </div>
        {skipped.error ? <Alert variant="destructive">{errorMessage(skipped.error)}</Alert> : null}
        <div className="rounded-lg border">
          <Table aria-label={view === "pending" ? "Saltos por confirmar" : "Extravíos programados"}>
            <TableHeader>
              <TableRow>
                {view === "pending" ? (
                  <TableHead className="w-10">
                    <Checkbox
                      aria-label="Seleccionar todos"
                      checked={items.length > 0 && chosen.length === items.length}
                      onCheckedChange={(v) => setSelected(v === true ? new Set(items.map((r) => r.id)) : new Set())}
                    />
                  </TableHead>
                ) : null}
                <TableHead>Número</TableHead>
                <TableHead>Cobrador</TableHead>
                <TableHead>Saltado</TableHead>
                <TableHead>{view === "pending" ? "Asignado" : "Extravío programado"}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.length === 0 ? (
                <TableRow>
                  <TableCell colSpan={5} className="h-16 text-center text-muted-foreground">
                    {skipped.isPending ? "Cargando…" : view === "pending" ? "No hay saltos por confirmar." : "No hay extravíos programados."}
                  </TableCell>
                </TableRow>
              ) : (
                items.map((r) => (
                  <TableRow key={r.id}>
                    {view === "pending" ? (
                      <TableCell>
                        <Checkbox aria-label={`Seleccionar ${r.number}`} checked={selected.has(r.id)} onCheckedChange={(v) => toggle(r.id, v === true)} />
                      </TableCell>
                    ) : null}
                    <TableCell className="font-medium">{r.number}</TableCell>
                    <TableCell>{r.collector_name ?? "—"}</TableCell>
                    <TableCell>{formatDateTime(r.skipped_at)}</TableCell>
                    <TableCell>{view === "pending" ? formatDateTime(r.assigned_at) : formatDateTime(r.loss_due_at)}</TableCell>
                  </TableRow>
                ))
              )}
            </TableBody>
          </Table>
        </div>
        {pages > 1 ? <SimplePager className="justify-end" page={page} pages={pages} onPageChange={setPage} /> : null}
      </CardContent>
      <ConfirmDialog
        open={asking}
        onOpenChange={setAsking}
        title="Confirmar recibos saltados"
        description={`${chosen.map((r) => r.number).join(", ")}: si no se usan en los días configurados, pasarán a extraviados automáticamente.`}
        confirmLabel="Confirmar saltos"
        pendingLabel="Confirmando…"
        destructive={false}
        pending={confirm.isPending}
        error={confirm.error}
        onConfirm={() =>
          confirm.mutate(
            chosen.map((r) => r.id),
            {
              onSuccess: (rows) => {
                const due = rows[0]?.loss_due_at;
                toast.success(`${formatInteger(rows.length)} saltos confirmados`, due ? `Extravío programado: ${formatDateTime(due)}` : undefined);
                setAsking(false);
                setSelected(new Set());
              },
            },
          )
        }
      />
    </Card>
  );
}
