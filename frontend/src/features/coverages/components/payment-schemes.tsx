"use client";

import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { errorMessage } from "@/lib/errors";
import { formatDate, formatMoney, parseDate } from "@/lib/format";

import { type Coverage, type PaymentSchemes, usePaymentSchemes } from "../api/queries";

const QUOTE_RE = /^AUT-[A-Z0-9]{8}$/;

/** Each plan with its exact installments (what the policy wizard will create). */
export function SchemesView({ data }: { data: PaymentSchemes }) {
  if (data.schemes.length === 0) {
    return <Alert>{data.message ?? "Esta cobertura no tiene formas de pago disponibles."}</Alert>;
  }
  return (
    <div className="grid gap-4">
      {data.quote ? (
        <p className="text-sm text-muted-foreground">
          Cotización {data.quote.number}: prima {formatMoney(data.quote.premium)}
        </p>
      ) : null}
      {data.schemes.map((scheme) => (
        <section key={scheme.plan} aria-label={scheme.label} className="rounded-md border">
          <header className="flex flex-wrap items-baseline justify-between gap-2 border-b px-3 py-2">
            <h3 className="font-medium">{scheme.label}</h3>
            <p className="text-sm text-muted-foreground">
              {scheme.installments_count} {scheme.installments_count === 1 ? "pago" : "pagos"} · Total {formatMoney(scheme.total)} · Primer pago{" "}
              {formatMoney(scheme.down_payment)}
            </p>
          </header>
          <Table aria-label={`Pagos de ${scheme.label}`}>
            <TableHeader>
              <TableRow>
                <TableHead>Pago</TableHead>
                <TableHead>Vence</TableHead>
                <TableHead className="text-right">Importe</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {scheme.installments.map((i) => (
                <TableRow key={i.number}>
                  <TableCell>Pago {i.number}</TableCell>
                  <TableCell>{formatDate(i.due_date)}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatMoney(i.amount)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ))}
    </div>
  );
}

/** "Formas de pago" of one coverage: start date (today by default) and, for AMPLIA, the quote. */
export function PaymentSchemesDialog({
  coverage,
  onOpenChange,
}: {
  coverage: Coverage | null;
  onOpenChange: (open: boolean) => void;
}) {
  const [dateText, setDateText] = React.useState("");
  const [quoteText, setQuoteText] = React.useState("");
  const [applied, setApplied] = React.useState<{ date: string | null; quote: string | null }>({ date: null, quote: null });
  const [errors, setErrors] = React.useState<{ date?: string; quote?: string }>({});
  React.useEffect(() => {
    setDateText("");
    setQuoteText("");
    setApplied({ date: null, quote: null });
    setErrors({});
  }, [coverage?.id]);
  const schemes = usePaymentSchemes(coverage?.id ?? null, { effectiveDate: applied.date, quoteNumber: applied.quote });

  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    const found: { date?: string; quote?: string } = {};
    const date = dateText.trim() ? parseDate(dateText) : null;
    if (dateText.trim() && !date) found.date = "Escribe una fecha válida (dd/mm/aaaa).";
    const quote = quoteText.trim().toUpperCase();
    if (quote && !QUOTE_RE.test(quote)) found.quote = "El número de cotización debe tener el formato AUT-XXXXXXXX (8 letras o números).";
    setErrors(found);
    if (Object.keys(found).length === 0) setApplied({ date, quote: quote || null });
  };

  return (
    <Dialog open={coverage !== null} onOpenChange={onOpenChange}>
      <DialogContent className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>Formas de pago</DialogTitle>
          <DialogDescription>
            {coverage ? `${coverage.name} · clave ${coverage.vehicle_key}` : ""}: cada forma de pago permitida con sus pagos exactos.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
          <FormField id="schemes-date" label="Inicio de vigencia" error={errors.date} hint="dd/mm/aaaa; vacío: hoy">
            <Input value={dateText} onChange={(e) => setDateText(e.target.value)} placeholder="dd/mm/aaaa" className="w-36" />
          </FormField>
          {coverage?.is_quoted ? (
            <FormField id="schemes-quote" label="Número de cotización" required error={errors.quote}>
              <Input value={quoteText} onChange={(e) => setQuoteText(e.target.value)} placeholder="AUT-XXXXXXXX" className="w-40" />
            </FormField>
          ) : null}
          <Button type="submit" variant="outline">
            Calcular
          </Button>
        </form>
        {schemes.error ? <Alert variant="destructive">{errorMessage(schemes.error)}</Alert> : null}
        {schemes.isPending && !schemes.error ? <Skeleton className="h-40 w-full" /> : null}
        {schemes.data ? <SchemesView data={schemes.data} /> : null}
      </DialogContent>
    </Dialog>
  );
}
