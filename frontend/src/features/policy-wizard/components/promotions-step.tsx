"use client";

import type { Schemas } from "@protegrt/api-client";
import type { UseQueryResult } from "@tanstack/react-query";
import { useFormContext, useWatch } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { errorMessage } from "@/lib/errors";
import { formatDate, formatMoney } from "@/lib/format";

import { type Simulation, usePromotionSimulation } from "../api/queries";
import type { WizardValues } from "../lib/rules";
import { errorAt } from "./policy-wizard";

type SimulatedRule = Schemas["SimulatedRule"];

interface PromotionsStepProps {
  /** The simulation's request without codes (null until coverage, plan and dates are known). */
  base: Omit<Schemas["SimulateIn"], "codes"> | null;
  canRead: boolean;
  /** The simulation of the chosen codes (before / after). */
  chosen: UseQueryResult<Simulation>;
}

/** One entry per promotion: applicable when any of its rules applies. */
export function promotionOptions(rules: readonly SimulatedRule[]) {
  const byCode = new Map<string, { code: string; name: string; benefit: string; applies: boolean; discount: string; reasons: string[] }>();
  for (const r of rules) {
    const seen = byCode.get(r.code);
    if (!seen || (!seen.applies && r.applies)) {
      byCode.set(r.code, { code: r.code, name: r.name, benefit: r.benefit, applies: r.applies, discount: r.discount, reasons: r.reasons });
    }
  }
  return [...byCode.values()];
}

/** Paso 4 (opcional): the promotions that apply to this sale, with the installments before and after. */
export function PromotionsStep({ base, canRead, chosen }: PromotionsStepProps) {
  const { control, setValue, clearErrors, formState } = useFormContext<WizardValues>();
  const codes = useWatch({ control, name: "promotion_codes" });
  const all = usePromotionSimulation(base ? { ...base, codes: null } : null);
  const error = errorAt(formState.errors, "promotion_codes");

  if (!canRead) {
    return <Alert>No tienes permiso para consultar promociones: la póliza se crea sin ellas.</Alert>;
  }
  if (!base) return <Alert variant="destructive">Elige primero la cobertura y la forma de pago.</Alert>;
  if (all.error) return <Alert variant="destructive">{errorMessage(all.error)}</Alert>;
  if (!all.data) return <p className="text-sm text-muted-foreground">Buscando promociones vigentes…</p>;

  const options = promotionOptions(all.data.rules);
  const applicable = options.filter((o) => o.applies);
  const others = options.filter((o) => !o.applies);
  const toggle = (code: string, on: boolean) => {
    setValue("promotion_codes", on ? [...codes.filter((c) => c !== code), code] : codes.filter((c) => c !== code), { shouldDirty: true });
    clearErrors("promotion_codes");
  };

  return (
    <div className="grid gap-4">
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      {applicable.length ? (
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-medium">Promociones que aplican</legend>
          {applicable.map((o) => (
            <div key={o.code} className="flex items-start gap-2 rounded-md border p-3 text-sm">
              <Checkbox id={`promo-${o.code}`} checked={codes.includes(o.code)} onCheckedChange={(v) => toggle(o.code, v === true)} />
              <Label htmlFor={`promo-${o.code}`} className="grid gap-0.5">
                <span className="font-medium">
                  {o.name} ({o.code})
                </span>
                <span className="font-normal text-muted-foreground">
                  {o.benefit} · descuento {formatMoney(o.discount)}
                </span>
              </Label>
            </div>
          ))}
        </fieldset>
      ) : (
        <p className="text-sm text-muted-foreground">Ninguna promoción vigente aplica a esta venta. Puedes continuar.</p>
      )}
      {others.length ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-muted-foreground">Promociones que no aplican ({others.length})</summary>
          <ul className="mt-2 grid gap-1">
            {others.map((o) => (
              <li key={o.code}>
                <span className="font-medium">{o.name}</span>: <span className="text-muted-foreground">{o.reasons.join(" ")}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {codes.length ? <BeforeAfter simulation={chosen} /> : null}
    </div>
  );
}

function BeforeAfter({ simulation }: { simulation: UseQueryResult<Simulation> }) {
  if (simulation.error) return <Alert variant="destructive">{errorMessage(simulation.error)}</Alert>;
  if (!simulation.data) return <p className="text-sm text-muted-foreground">Calculando…</p>;
  const s = simulation.data;
  const after = new Map(s.schedule.map((l) => [l.number, l]));
  return (
    <div className="grid gap-2">
      <Table aria-label="Pagos antes y después de las promociones">
        <TableHeader>
          <TableRow>
            <TableHead>Pago</TableHead>
            <TableHead>Vence</TableHead>
            <TableHead className="text-right">Antes</TableHead>
            <TableHead className="text-right">Después</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {s.base_schedule.map((l) => {
            const a = after.get(l.number);
            return (
              <TableRow key={l.number}>
                <TableCell>Pago {l.number}</TableCell>
                <TableCell>{formatDate(l.due_date)}</TableCell>
                <TableCell className="text-right tabular-nums">{formatMoney(l.amount)}</TableCell>
                <TableCell className="text-right tabular-nums">{a ? `${formatMoney(a.amount)}${a.paid ? " (pagado)" : ""}` : "Se elimina"}</TableCell>
              </TableRow>
            );
          })}
          <TableRow>
            <TableCell colSpan={2} className="font-medium">
              Total
            </TableCell>
            <TableCell className="text-right font-medium tabular-nums">{formatMoney(s.prima_total)}</TableCell>
            <TableCell className="text-right font-medium tabular-nums">{formatMoney(s.total)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <p className="text-sm">
        Descuento total: <span className="font-medium">{formatMoney(s.total_discount)}</span>
      </p>
    </div>
  );
}
