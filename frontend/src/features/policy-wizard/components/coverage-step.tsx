"use client";

import { ApiError } from "@protegrt/api-client";
import type { UseQueryResult } from "@tanstack/react-query";
import { CircleAlert, CircleCheck, CircleHelp } from "lucide-react";
import { Controller, useFormContext, useWatch } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useSessionStore } from "@/features/auth/api/session-store";
import { PAYMENT_PLAN_LABEL } from "@/features/policies/lib/policy-format";
import { errorMessage } from "@/lib/errors";
import { formatDate, formatMoney } from "@/lib/format";
import { can } from "@/lib/permissions";
import { cn } from "@/lib/utils";

import { useSellers } from "@/features/policies/api/queries";

import { type Coverage, type Eligibility, type PaymentSchemes, type Vehicle } from "../api/queries";
import { type WizardValues, ampliaDeductibles, commercialValue, expirationFor } from "../lib/rules";
import { InstallmentsPreview } from "./installments-preview";
import { AMPLIA_SELECT, errorAt } from "./policy-wizard";
import { vehicleLabel } from "./vehicle-step";

const CATEGORY_LABEL: Record<string, string> = { liability: "Responsabilidad civil", comprehensive: "Amplia", platform: "Plataforma" };

interface CoverageStepProps {
  vehicle: Vehicle | null;
  coverages: UseQueryResult<Coverage[]>;
  coverage: Coverage | null;
  schemes: UseQueryResult<PaymentSchemes>;
  eligibility: UseQueryResult<Eligibility> | null;
}

/** May this user put the policy in another seller's name (policies/router.py actor_of)? */
export function mayAssignSeller(user: { is_admin: boolean; permissions: readonly string[]; roles: readonly { code: string }[] } | null): boolean {
  if (!user) return false;
  return user.is_admin || user.roles.some((r) => r.code === "gerente") || can(user, "policies.change_seller");
}

/** Paso 3: dates, the coverages that fit the vehicle, each plan with its installments, seller and contract. */
export function CoverageStep({ vehicle, coverages, coverage, schemes, eligibility }: CoverageStepProps) {
  const user = useSessionStore((s) => s.user);
  const { control, register, setValue, clearErrors, formState } = useFormContext<WizardValues>();
  const errors = formState.errors;
  const effective = useWatch({ control, name: "effective_date" });
  const plan = useWatch({ control, name: "payment_plan" });
  const purchase = useWatch({ control, name: "purchase_price" });
  const sale = useWatch({ control, name: "sale_price" });
  const confirmed = useWatch({ control, name: "amplia_select_confirmed" });
  const end = expirationFor(effective);
  const showSellers = can(user, "employees.read") && mayAssignSeller(user);
  const sellers = useSellers(showSellers);
  const isSelf = user?.flags.is_seller ?? false;

  if (!vehicle) return <Alert variant="destructive">Elige primero el vehículo.</Alert>;

  const quoteError = schemes.error instanceof ApiError && /QUOTE/.test(schemes.error.code) ? schemes.error.detail : null;
  const mean = coverage?.is_quoted ? commercialValue(purchase, sale) : null;
  const deductibles = coverage?.is_quoted ? ampliaDeductibles(coverage.name === AMPLIA_SELECT, vehicle.vehicle_type) : null;

  return (
    <div className="grid gap-6">
      <p className="text-sm text-muted-foreground">
        Vehículo: <span className="font-medium text-foreground">{vehicleLabel(vehicle)}</span> · clave {vehicle.vehicle_key} {vehicle.vehicle_key_name}
      </p>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField id="effective_date" label="Inicio de vigencia" required error={errorAt(errors, "effective_date")} hint="dd/mm/aaaa">
          <Input inputMode="numeric" placeholder="dd/mm/aaaa" {...register("effective_date")} />
        </FormField>
        <div className="grid gap-1.5">
          <span className="text-sm font-medium">Fin de vigencia</span>
          <p className="flex h-9 items-center text-sm" aria-label="Fin de vigencia">
            {end ? formatDate(end) : "—"}
          </p>
          <p className="text-xs text-muted-foreground">Un año después del inicio.</p>
        </div>
        <FormField id="contract_folio" label="Folio de contrato" required error={errorAt(errors, "contract_folio")} hint="El folio impreso en el contrato">
          <Input autoComplete="off" autoCapitalize="characters" maxLength={30} {...register("contract_folio")} />
        </FormField>
      </div>

      {showSellers ? (
        <FormField id="seller_id" label="Vendedor" required={!isSelf} error={errorAt(errors, "seller_id")} hint={isSelf ? "Vacío: tú" : undefined}>
          <Controller
            control={control}
            name="seller_id"
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange}>
                <SelectTrigger aria-label="Vendedor" className="max-w-sm">
                  <SelectValue placeholder={sellers.isPending ? "Cargando…" : "Elige al vendedor"} />
                </SelectTrigger>
                <SelectContent>
                  {(sellers.data?.items ?? []).map((s) => (
                    <SelectItem key={s.id} value={String(s.id)}>
                      {s.full_name}
                      {s.code ? ` (${s.code})` : ""}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
          />
        </FormField>
      ) : isSelf ? (
        <p className="text-sm">
          Vendedor: <span className="font-medium">{user?.full_name}</span>
        </p>
      ) : (
        <Alert variant="destructive">{errorAt(errors, "seller_id") ?? "Tu usuario no es vendedor y no puede asignar la póliza a otro vendedor."}</Alert>
      )}

      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">
          Cobertura<span className="text-destructive" aria-hidden="true">*</span>
        </legend>
        {coverages.error ? <Alert variant="destructive">{errorMessage(coverages.error)}</Alert> : null}
        {coverages.isPending ? <p className="text-sm text-muted-foreground">Cargando coberturas…</p> : null}
        {coverages.data && !coverages.data.length ? (
          <p className="text-sm text-muted-foreground">No hay coberturas activas para este vehículo.</p>
        ) : null}
        <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {(coverages.data ?? []).map((c) => (
            <label
              key={c.id}
              className={cn("flex cursor-pointer items-start gap-3 rounded-md border p-3 text-sm", coverage?.id === c.id && "border-primary bg-primary/5")}
            >
              <input
                type="radio"
                name="coverage"
                className="mt-1"
                checked={coverage?.id === c.id}
                onChange={() => {
                  setValue("coverage_id", String(c.id), { shouldDirty: true });
                  setValue("payment_plan", "", { shouldDirty: true });
                  setValue("promotion_codes", [], { shouldDirty: true });
                  clearErrors(["coverage_id", "payment_plan"]);
                }}
              />
              <span className="grid gap-0.5">
                <span className="font-medium">{c.name}</span>
                <span className="text-xs text-muted-foreground">{CATEGORY_LABEL[c.category] ?? c.category}</span>
                {c.is_quoted ? (
                  <span className="text-xs">Prima según cotización</span>
                ) : (
                  <span className="text-xs">
                    Contado {formatMoney(c.cash_price)} · Crédito {formatMoney(c.credit_price)} · Enganche {formatMoney(c.initial_payment)}
                  </span>
                )}
                {c.tow_services_included ? <span className="text-xs text-muted-foreground">{c.tow_services_included} servicios de grúa</span> : null}
              </span>
            </label>
          ))}
        </div>
        {errorAt(errors, "coverage_id") ? (
          <p role="alert" className="text-xs font-medium text-destructive">
            {errorAt(errors, "coverage_id")}
          </p>
        ) : null}
      </fieldset>

      {coverage?.is_quoted ? (
        <fieldset className="grid gap-4 rounded-md border p-4">
          <legend className="px-1 text-sm font-medium">Cotización {coverage.name}</legend>
          <div className="grid gap-4 sm:grid-cols-3">
            <FormField id="quote_number" label="Número de cotización" required error={errorAt(errors, "quote_number") ?? quoteError ?? undefined} hint="AUT-XXXXXXXX">
              <Input autoComplete="off" autoCapitalize="characters" maxLength={12} {...register("quote_number")} />
            </FormField>
            <FormField id="purchase_price" label="Valor de compra" required error={errorAt(errors, "purchase_price")} hint="Guía de valores, MXN">
              <Input inputMode="decimal" {...register("purchase_price")} />
            </FormField>
            <FormField id="sale_price" label="Valor de venta" required error={errorAt(errors, "sale_price")} hint="Guía de valores, MXN">
              <Input inputMode="decimal" {...register("sale_price")} />
            </FormField>
          </div>
          <dl className="grid gap-2 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-muted-foreground">Valor comercial (promedio)</dt>
              <dd className="font-medium">{mean ? formatMoney(mean) : "—"}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">Deducible por daños</dt>
              <dd className="font-medium">{deductibles?.damage} %</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">Deducible por robo</dt>
              <dd className="font-medium">{deductibles?.theft} %</dd>
            </div>
          </dl>
          <p className="text-xs text-muted-foreground">Deducibles de referencia: la póliza guarda los vigentes en la configuración del negocio.</p>
          {schemes.data?.quote ? (
            <p className="text-sm">
              Prima cotizada: <span className="font-medium">{formatMoney(schemes.data.quote.premium)}</span>
              {schemes.data.quote.vehicle_description ? ` · ${schemes.data.quote.vehicle_description}` : ""}
              {schemes.data.quote.valid_until ? ` · vigente hasta ${formatDate(schemes.data.quote.valid_until)}` : ""}
            </p>
          ) : null}
        </fieldset>
      ) : null}

      {eligibility ? <SelectEligibilityPanel eligibility={eligibility} /> : null}
      {eligibility?.data?.eligible === null ? (
        <div className="grid gap-1">
          <div className="flex items-center gap-2">
            <Checkbox
              id="amplia_select_confirmed"
              checked={confirmed}
              onCheckedChange={(v) => {
                setValue("amplia_select_confirmed", v === true, { shouldDirty: true });
                clearErrors("amplia_select_confirmed");
              }}
              aria-invalid={errorAt(errors, "amplia_select_confirmed") ? true : undefined}
            />
            <Label htmlFor="amplia_select_confirmed">
              Como gerente de Ventas, confirmo que no hubo siniestros con responsabilidad en la vigencia anterior
            </Label>
          </div>
          {errorAt(errors, "amplia_select_confirmed") ? (
            <p role="alert" className="text-xs font-medium text-destructive">
              {errorAt(errors, "amplia_select_confirmed")}
            </p>
          ) : null}
        </div>
      ) : null}

      {coverage ? (
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-medium">
            Forma de pago<span className="text-destructive" aria-hidden="true">*</span>
          </legend>
          {schemes.isFetching && !schemes.data ? <p className="text-sm text-muted-foreground">Calculando pagos…</p> : null}
          {schemes.error && !quoteError ? <Alert variant="destructive">{errorMessage(schemes.error)}</Alert> : null}
          {schemes.data?.message && !schemes.data.schemes.length ? <p className="text-sm text-muted-foreground">{schemes.data.message}</p> : null}
          {coverage.is_quoted && !schemes.data && !schemes.isFetching && !schemes.error ? (
            <p className="text-sm text-muted-foreground">Escribe el número de cotización para ver las formas de pago.</p>
          ) : null}
          <div className="grid gap-3 lg:grid-cols-2">
            {(schemes.data?.schemes ?? []).map((s) => (
              <label
                key={s.plan}
                className={cn("grid cursor-pointer gap-2 rounded-md border p-3", plan === s.plan && "border-primary bg-primary/5")}
              >
                <span className="flex flex-wrap items-center gap-2">
                  <input
                    type="radio"
                    name="payment-plan"
                    aria-label={s.label}
                    checked={plan === s.plan}
                    onChange={() => {
                      setValue("payment_plan", s.plan, { shouldDirty: true });
                      setValue("promotion_codes", [], { shouldDirty: true });
                      clearErrors("payment_plan");
                    }}
                  />
                  <span className="font-medium">{s.label}</span>
                  <Badge tone="neutral">{PAYMENT_PLAN_LABEL[s.plan] ?? s.plan}</Badge>
                  <span className="ml-auto text-sm">
                    Prima {formatMoney(s.total)} · primer pago {formatMoney(s.down_payment)}
                  </span>
                </span>
                <InstallmentsPreview label={`Pagos de ${s.label}`} installments={s.installments} total={s.total} />
              </label>
            ))}
          </div>
          {errorAt(errors, "payment_plan") ? (
            <p role="alert" className="text-xs font-medium text-destructive">
              {errorAt(errors, "payment_plan")}
            </p>
          ) : null}
        </fieldset>
      ) : null}
    </div>
  );
}

const CRITERION_ICON = {
  met: <CircleCheck className="size-4 text-success" aria-label="Cumple" />,
  not_met: <CircleAlert className="size-4 text-destructive" aria-label="No cumple" />,
  unverified: <CircleHelp className="size-4 text-warning" aria-label="Sin verificar" />,
} as const;

/** The four AMPLIA SELECT criteria (screens.md §1.4) for this client and vehicle. */
function SelectEligibilityPanel({ eligibility }: { eligibility: UseQueryResult<Eligibility> }) {
  if (eligibility.error) return <Alert variant="destructive">{errorMessage(eligibility.error)}</Alert>;
  if (!eligibility.data) return <p className="text-sm text-muted-foreground">Revisando los requisitos de AMPLIA SELECT…</p>;
  const e = eligibility.data;
  return (
    <section aria-label="Requisitos de AMPLIA SELECT" className="grid gap-2 rounded-md border p-4">
      <p className={cn("text-sm font-medium", e.eligible === false && "text-destructive")}>{e.summary}</p>
      <ul className="grid gap-1 text-sm">
        {e.criteria.map((c) => (
          <li key={c.code} className="flex items-start gap-2">
            {CRITERION_ICON[c.status]}
            <span>
              <span className="font-medium">{c.label}.</span> <span className="text-muted-foreground">{c.explanation}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
