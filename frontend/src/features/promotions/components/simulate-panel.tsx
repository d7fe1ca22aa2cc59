"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import * as React from "react";
import { Controller, type Path, useForm } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Coverage } from "@/features/coverages/api/queries";
import { coverageLabel } from "@/features/coverages/lib/labels";
import { AMOUNT_MESSAGE, normalizeAmount, toCents } from "@/features/coverages/lib/money";
import { PAYMENT_PLAN_LABEL } from "@/features/policies/lib/policy-format";
import { applyServerErrors } from "@/lib/errors";
import { formatDate, formatMoney, parseDate, todayInMexico } from "@/lib/format";
import { z, type Infer } from "@/lib/zod";

import { type SimulateBody, type Simulation, simulatePromotions } from "../api/queries";
import { DATE_MESSAGE } from "../schemas";

const ALL = "__all__";
const LIABILITY_PLANS = ["cash", "cash_2_installments", "monthly_7"];
const QUOTED_PLANS = ["cash", "cash_2_installments", "quarterly_4", "semiannual_2", "monthly_12"];

/** The plans a coverage may be sold with (policies/schedule.py allowed_plans). */
export function plansFor(coverage: Coverage | undefined): string[] {
  if (!coverage) return [];
  return coverage.category === "comprehensive" ? QUOTED_PLANS : LIABILITY_PLANS;
}

const baseSchema = z.object({
  coverage_id: z.string().min(1, "Elige la cobertura."),
  payment_plan: z.string().min(1, "Elige la forma de pago."),
  effective_date: z.string().trim().min(1, "Este campo es obligatorio."),
  quoted_premium: z.string().trim(),
  code: z.string(),
  is_renewal: z.boolean(),
  referrer_folio: z.string().trim(),
  vehicle_year: z.string().trim(),
  as_of: z.string().trim(),
});
export type SimulateFormValues = Infer<typeof baseSchema>;

export function simulateFormSchema(coverages: readonly Coverage[]) {
  return baseSchema.superRefine((v, ctx) => {
    const add = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const coverage = coverages.find((c) => String(c.id) === v.coverage_id);
    if (v.effective_date && !parseDate(v.effective_date)) add("effective_date", DATE_MESSAGE);
    if (v.as_of && !parseDate(v.as_of)) add("as_of", DATE_MESSAGE);
    if (coverage && v.payment_plan && !plansFor(coverage).includes(v.payment_plan)) add("payment_plan", "Esta cobertura no se vende con esa forma de pago.");
    if (coverage?.is_quoted) {
      const cents = toCents(v.quoted_premium);
      if (!v.quoted_premium) add("quoted_premium", "Las coberturas amplias necesitan la prima cotizada.");
      else if (cents === null) add("quoted_premium", AMOUNT_MESSAGE);
      else if (cents <= 0) add("quoted_premium", "Debe ser mayor que cero.");
    }
    if (v.referrer_folio && !/^[1-9]\d*$/.test(v.referrer_folio)) add("referrer_folio", "Escribe el folio (número) de la póliza.");
    if (v.vehicle_year && !(/^\d{4}$/.test(v.vehicle_year) && Number(v.vehicle_year) >= 1900 && Number(v.vehicle_year) <= 2100)) {
      add("vehicle_year", "Escribe un año de 1900 a 2100.");
    }
  });
}

export function toSimulateBody(v: SimulateFormValues, coverage: Coverage | undefined): SimulateBody {
  return {
    coverage_id: Number(v.coverage_id),
    payment_plan: v.payment_plan as SimulateBody["payment_plan"],
    effective_date: parseDate(v.effective_date) ?? v.effective_date,
    quoted_premium: coverage?.is_quoted ? (normalizeAmount(v.quoted_premium) ?? v.quoted_premium) : null,
    is_renewal: v.is_renewal,
    referrer_folio: v.referrer_folio ? Number(v.referrer_folio) : null,
    codes: v.code ? [v.code] : null,
    vehicle_year: v.vehicle_year ? Number(v.vehicle_year) : null,
    as_of: v.as_of ? parseDate(v.as_of) : null,
  };
}

const FIELDS: readonly Path<SimulateFormValues>[] = ["coverage_id", "payment_plan", "effective_date", "quoted_premium", "referrer_folio", "vehicle_year", "as_of"];
const SERVER_ALIASES: Record<string, Path<SimulateFormValues>> = { codes: "code" };

/** The schedule before and after the promotions, the discount and each rule's verdict. */
export function SimulationResult({ data }: { data: Simulation }) {
  const after = new Map(data.schedule.map((l) => [l.number, l]));
  const numbers = [...new Set([...data.base_schedule.map((l) => l.number), ...data.schedule.map((l) => l.number)])].sort((a, b) => a - b);
  const before = new Map(data.base_schedule.map((l) => [l.number, l]));
  return (
    <div className="grid gap-4" aria-label="Resultado de la simulación" role="region">
      <dl className="grid grid-cols-3 gap-3 text-sm">
        <div className="rounded-md border p-3">
          <dt className="text-muted-foreground">Prima total</dt>
          <dd className="text-lg font-semibold tabular-nums">{formatMoney(data.prima_total)}</dd>
        </div>
        <div className="rounded-md border p-3">
          <dt className="text-muted-foreground">Descuento</dt>
          <dd className="text-lg font-semibold tabular-nums text-success">{formatMoney(data.total_discount)}</dd>
        </div>
        <div className="rounded-md border p-3">
          <dt className="text-muted-foreground">Total con promociones</dt>
          <dd className="text-lg font-semibold tabular-nums">{formatMoney(data.total)}</dd>
        </div>
      </dl>
      <Table aria-label="Pagos antes y después">
        <TableHeader>
          <TableRow>
            <TableHead>Pago</TableHead>
            <TableHead>Vence</TableHead>
            <TableHead className="text-right">Antes</TableHead>
            <TableHead className="text-right">Después</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {numbers.map((n) => {
            const b = before.get(n);
            const a = after.get(n);
            const changed = !a || !b || a.amount !== b.amount || a.paid;
            return (
              <TableRow key={n}>
                <TableCell>Pago {n}</TableCell>
                <TableCell>{formatDate((a ?? b)?.due_date)}</TableCell>
                <TableCell className="text-right tabular-nums">{b ? formatMoney(b.amount) : "—"}</TableCell>
                <TableCell className={changed ? "text-right font-medium tabular-nums text-success" : "text-right tabular-nums"}>
                  {a ? `${formatMoney(a.amount)}${a.paid ? " · pagado" : ""}` : "Sin pago (eliminado)"}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <div className="grid gap-2">
        <h3 className="text-sm font-medium">Reglas evaluadas</h3>
        {data.rules.length === 0 ? <p className="text-sm text-muted-foreground">No hay promociones vigentes que evaluar en esa fecha.</p> : null}
        <ul className="grid gap-2">
          {data.rules.map((r) => (
            <li key={r.rule_id} className="rounded-md border p-3 text-sm">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium">
                  {r.code} · {r.benefit}
                </span>
                {r.applies ? <Badge tone="green">Aplica · {formatMoney(r.discount)}</Badge> : <Badge tone="grey">No aplica</Badge>}
              </div>
              <ul className="mt-1 list-disc pl-5 text-muted-foreground">
                {r.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

interface SimulatePanelProps {
  coverages: readonly Coverage[];
  /** Promotions to pick from ("" = every current one). */
  promotions: readonly { code: string; name: string }[];
  initialCode?: string;
  simulate?: typeof simulatePromotions;
}

/** "Simular": what the promotions would do to a new policy's payments, without saving anything. */
export function SimulatePanel({ coverages, promotions, initialCode = "", simulate = simulatePromotions }: SimulatePanelProps) {
  const schema = React.useMemo(() => simulateFormSchema(coverages), [coverages]);
  const form = useForm<SimulateFormValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      coverage_id: "",
      payment_plan: "",
      effective_date: formatDate(todayInMexico()),
      quoted_premium: "",
      code: initialCode,
      is_renewal: false,
      referrer_folio: "",
      vehicle_year: "",
      as_of: "",
    },
    mode: "onTouched",
  });
  const { control, register, handleSubmit, formState, setError, watch, setValue } = form;
  const errors = formState.errors;
  const [result, setResult] = React.useState<Simulation | null>(null);
  const [formError, setFormError] = React.useState<string | null>(null);
  const [running, setRunning] = React.useState(false);
  const coverage = coverages.find((c) => String(c.id) === watch("coverage_id"));
  const plans = plansFor(coverage);

  const submit = async (values: SimulateFormValues) => {
    setFormError(null);
    setRunning(true);
    try {
      setResult(await simulate(toSimulateBody(values, coverage)));
    } catch (error) {
      setResult(null);
      const fields = (error as { fields?: Record<string, string> }).fields ?? {};
      for (const [from, to] of Object.entries(SERVER_ALIASES)) if (from in fields) setError(to, { type: "server", message: fields[from] });
      setFormError(applyServerErrors(error, setError, FIELDS));
    } finally {
      setRunning(false);
    }
  };

  return (
    <div className="grid gap-4">
      <form noValidate onSubmit={handleSubmit(submit)} className="grid gap-4" aria-label="Datos de la simulación">
        {formError ? <Alert variant="destructive">{formError}</Alert> : null}
        <FormField id="sim-coverage" label="Cobertura" required error={errors.coverage_id?.message}>
          <Controller
            control={control}
            name="coverage_id"
            render={({ field }) => (
              <Select
                value={field.value}
                onValueChange={(v) => {
                  field.onChange(v);
                  const next = coverages.find((c) => String(c.id) === v);
                  if (!plansFor(next).includes(form.getValues("payment_plan"))) setValue("payment_plan", "");
                }}
              >
                <SelectTrigger aria-label="Cobertura">
                  <SelectValue placeholder="Elige la cobertura" />
                </SelectTrigger>
                <SelectContent>
                  {coverages.map((c) => (
                    <SelectItem key={c.id} value={String(c.id)}>
                      {coverageLabel(c)}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
          />
        </FormField>
        <div className="grid gap-4 sm:grid-cols-3">
          <FormField id="sim-plan" label="Forma de pago" required error={errors.payment_plan?.message}>
            <Controller
              control={control}
              name="payment_plan"
              render={({ field }) => (
                <Select value={field.value} onValueChange={field.onChange} disabled={!coverage}>
                  <SelectTrigger aria-label="Forma de pago">
                    <SelectValue placeholder={coverage ? "Elige la forma de pago" : "Primero la cobertura"} />
                  </SelectTrigger>
                  <SelectContent>
                    {plans.map((p) => (
                      <SelectItem key={p} value={p}>
                        {PAYMENT_PLAN_LABEL[p] ?? p}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              )}
            />
          </FormField>
          <FormField id="sim-effective" label="Inicio de vigencia" required error={errors.effective_date?.message} hint="dd/mm/aaaa">
            <Input {...register("effective_date")} />
          </FormField>
          {coverage?.is_quoted ? (
            <FormField id="sim-premium" label="Prima cotizada (MXN)" required error={errors.quoted_premium?.message}>
              <Input inputMode="decimal" {...register("quoted_premium")} />
            </FormField>
          ) : null}
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <FormField id="sim-code" label="Promoción" error={errors.code?.message}>
            <Controller
              control={control}
              name="code"
              render={({ field }) => (
                <Select value={field.value || ALL} onValueChange={(v) => field.onChange(v === ALL ? "" : v)}>
                  <SelectTrigger aria-label="Promoción a simular">
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    <SelectItem value={ALL}>Todas las vigentes</SelectItem>
                    {promotions.map((p) => (
                      <SelectItem key={p.code} value={p.code}>
                        {p.code} · {p.name}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              )}
            />
          </FormField>
          <FormField id="sim-year" label="Año (modelo) del vehículo" error={errors.vehicle_year?.message}>
            <Input inputMode="numeric" {...register("vehicle_year")} />
          </FormField>
          <FormField id="sim-referrer" label="Folio de quien refiere" error={errors.referrer_folio?.message}>
            <Input inputMode="numeric" {...register("referrer_folio")} />
          </FormField>
          <FormField id="sim-as-of" label="Fecha de la simulación" error={errors.as_of?.message} hint="dd/mm/aaaa; vacío: hoy">
            <Input {...register("as_of")} />
          </FormField>
          <Controller
            control={control}
            name="is_renewal"
            render={({ field }) => (
              <div className="flex items-center gap-2 self-center">
                <Checkbox id="sim-renewal" checked={field.value} onCheckedChange={(v) => field.onChange(v === true)} />
                <Label htmlFor="sim-renewal">Es renovación</Label>
              </div>
            )}
          />
        </div>
        <div className="flex justify-end">
          <Button type="submit" disabled={running}>
            {running ? "Simulando…" : "Simular"}
          </Button>
        </div>
      </form>
      {result ? <SimulationResult data={result} /> : null}
    </div>
  );
}
