"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Check } from "lucide-react";
import { useRouter } from "next/navigation";
import * as React from "react";
import { type FieldErrors, FormProvider, type Path, type Resolver, useForm, useWatch } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toast";
import { useSessionStore } from "@/features/auth/api/session-store";
import { useVehicleKeys } from "@/features/coverages/api/queries";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { parseDate, todayInMexico } from "@/lib/format";
import { useIdempotencyKey } from "@/lib/idempotency";
import { can } from "@/lib/permissions";
import { cn } from "@/lib/utils";

import {
  createPolicy,
  createVehicle,
  useClientVehicles,
  useCoveragesFor,
  usePaymentSchemes,
  usePromotionSimulation,
  useSelectEligibility,
} from "../api/queries";
import { wizardKeys } from "../api/keys";
import {
  EMPTY_VEHICLE,
  LAST_STEP,
  STEPS,
  STEP_FIELDS,
  type StepContext,
  type StepErrors,
  type StepIndex,
  type WizardValues,
  emptyWizard,
  normalizeQuote,
  placeServerError,
  policyBody,
  QUOTE_RE,
  toDmy,
  validateStep,
  vehicleBody,
} from "../lib/rules";
import { ClientStep } from "./client-step";
import { ConfirmStep } from "./confirm-step";
import { CoverageStep } from "./coverage-step";
import { PromotionsStep } from "./promotions-step";
import { VehicleStep } from "./vehicle-step";

export const AMPLIA_SELECT = "AMPLIA SELECT";

/** "vehicle.make" -> { vehicle: { make: {type, message} } } (RHF's error shape). */
export function toFieldErrors(errors: StepErrors, type = "validate"): FieldErrors<WizardValues> {
  const out: Record<string, unknown> = {};
  for (const [path, message] of Object.entries(errors)) {
    const parts = path.split(".");
    let node = out;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = { type, message };
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  return out as FieldErrors<WizardValues>;
}

/** The message of a form path in RHF's errors. */
export function errorAt(errors: FieldErrors<WizardValues>, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return (node as { message?: string } | undefined)?.message;
}

const LEAVE_MESSAGE = "Hay datos sin guardar en la nueva póliza. Si sales, se pierden.";

/** Nueva póliza (screens.md §1.4): Cliente → Vehículo → Cobertura y pagos → Promociones → Confirmar. */
export function PolicyWizard({ initialStep = 0 }: { initialStep?: StepIndex }) {
  const user = useSessionStore((s) => s.user);
  const router = useRouter();
  const queryClient = useQueryClient();
  const today = todayInMexico();
  const [step, setStep] = React.useState<StepIndex>(initialStep);
  const [banners, setBanners] = React.useState<Partial<Record<StepIndex, string>>>({});

  const stepRef = React.useRef<StepIndex>(step);
  stepRef.current = step;
  const ctxRef = React.useRef<StepContext | null>(null);
  const resolver = React.useCallback<Resolver<WizardValues>>(async (values) => {
    const ctx = ctxRef.current;
    if (!ctx) return { values, errors: {} };
    const errors = validateStep(stepRef.current, values, ctx);
    return Object.keys(errors).length ? { values: {}, errors: toFieldErrors(errors) } : { values, errors: {} };
  }, []);
  const form = useForm<WizardValues>({
    defaultValues: emptyWizard(toDmy(today)),
    resolver,
    mode: "onTouched",
    reValidateMode: "onChange",
  });
  const values = useWatch({ control: form.control }) as WizardValues;

  // -- what the steps' rules depend on (shared queries: the steps read the same cache) --------------
  const clientId = values.client_id ? Number(values.client_id) : null;
  const keys = useVehicleKeys();
  const vehicles = useClientVehicles(clientId);
  const vehicle = vehicles.data?.items.find((v) => String(v.id) === values.vehicle_id) ?? null;
  const chosenKey = keys.data?.find((k) => String(k.code) === values.vehicle?.vehicle_key) ?? null;
  const coverages = useCoveragesFor(
    vehicle ? { vehicle_key: vehicle.vehicle_key, service_type: vehicle.service_type, cylinder_band: vehicle.cylinder_band } : null,
  );
  const coverage = coverages.data?.find((c) => String(c.id) === values.coverage_id) ?? null;
  const isSelect = coverage?.name === AMPLIA_SELECT;
  const eligibility = useSelectEligibility(clientId, vehicle?.id ?? null, isSelect);
  const effectiveIso = parseDate(values.effective_date ?? "");
  const quote = normalizeQuote(values.quote_number ?? "");
  const schemes = usePaymentSchemes(coverage?.id ?? null, effectiveIso, QUOTE_RE.test(quote) ? quote : null, coverage?.is_quoted ?? false);
  const scheme = schemes.data?.schemes.find((s) => s.plan === values.payment_plan) ?? null;

  const canPromos = can(user, "promotions.read");
  const simulationBase =
    canPromos && coverage && scheme && effectiveIso && vehicle
      ? {
          coverage_id: coverage.id,
          payment_plan: scheme.plan,
          effective_date: effectiveIso,
          quoted_premium: schemes.data?.quote?.premium ?? null,
          is_renewal: false,
          vehicle_year: vehicle.year ?? null,
          client_id: clientId,
        }
      : null;
  const chosenCodes = values.promotion_codes ?? [];
  const chosenSimulation = usePromotionSimulation(
    simulationBase && chosenCodes.length ? { ...simulationBase, codes: [...chosenCodes].sort() } : null,
  );

  const ctx: StepContext = {
    today,
    requiresCylinderBand: chosenKey?.requires_cylinder_band ?? false,
    sellerRequired: !user?.flags.is_seller,
    coverageIsQuoted: coverage?.is_quoted ?? false,
    coverageIsSelect: isSelect,
    selectEligible: isSelect ? eligibility.data?.eligible : undefined,
  };
  ctxRef.current = ctx;

  // -- leaving with unsaved data ---------------------------------------------------------------------
  const dirty = form.formState.isDirty || values.client_id !== "";
  const leaving = React.useRef(false);
  const [pendingHref, setPendingHref] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (leaving.current) return;
      e.preventDefault();
      e.returnValue = LEAVE_MESSAGE;
    };
    // In-app links (sidebar, breadcrumbs, header search): ask first.
    const onClick = (e: MouseEvent) => {
      if (leaving.current || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const anchor = (e.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!anchor || anchor.target === "_blank" || anchor.hasAttribute("download")) return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return;
      e.preventDefault();
      e.stopPropagation();
      setPendingHref(url.pathname + url.search + url.hash);
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty]);

  // -- moving between steps ----------------------------------------------------------------------------
  const place = (errors: StepErrors, type: string) => {
    for (const [path, message] of Object.entries(errors)) form.setError(path as Path<WizardValues>, { type, message });
  };
  const setBanner = (s: StepIndex, message: string | null) =>
    setBanners((b) => {
      const next = { ...b };
      if (message) next[s] = message;
      else delete next[s];
      return next;
    });

  const vehicleMutation = useMutation({ mutationFn: createVehicle });
  const policyMutation = useMutation({ mutationFn: (args: Parameters<typeof createPolicy>) => createPolicy(...args) });
  const policyKey = useIdempotencyKey(step === LAST_STEP); // one key per confirm step: the same on a retry
  const creating = React.useRef(false);

  const showServerError = (error: unknown) => {
    const placed = placeServerError(error);
    setStep(placed.step);
    place(placed.fields, "server");
    setBanner(placed.step, placed.message);
  };

  const goTo = (target: StepIndex) => {
    setBanner(step, null);
    setStep(target);
    window.scrollTo?.({ top: 0 });
  };

  const next = async () => {
    const current = form.getValues();
    form.clearErrors(STEP_FIELDS[step] as Path<WizardValues>[]);
    const errors = validateStep(step, current, ctx);
    if (step === 2 && !Object.keys(errors).length && !scheme) {
      errors.payment_plan = schemes.isFetching ? "Espera a que carguen las formas de pago." : "Elige la forma de pago.";
    }
    if (Object.keys(errors).length) {
      place(errors, "validate");
      setBanner(step, "Revisa los campos marcados.");
      return;
    }
    if (step === 1 && current.vehicle_mode === "new") {
      // The vehicle is registered now (the coverage step needs a real vehicle): it becomes the client's.
      if (vehicleMutation.isPending) return;
      try {
        const created = await vehicleMutation.mutateAsync(vehicleBody(Number(current.client_id), current.vehicle));
        queryClient.setQueryData(wizardKeys.clientVehicles(created.client_id ?? 0), (old: typeof vehicles.data) =>
          old ? { ...old, items: [...old.items.filter((v) => v.id !== created.id), created], total: old.total + 1 } : old,
        );
        void queryClient.invalidateQueries({ queryKey: wizardKeys.clientVehicles(created.client_id ?? 0) });
        form.setValue("vehicle_id", String(created.id), { shouldDirty: true });
        form.setValue("vehicle_mode", "existing", { shouldDirty: true });
        form.setValue("vehicle", { ...EMPTY_VEHICLE }, { shouldDirty: true }); // it is in the client's list now
        toast("Vehículo registrado", { description: `${created.make} ${created.model} ${created.year ?? ""}`.trim(), variant: "success" });
      } catch (error) {
        const placed = placeServerError(error);
        if (placed.step === 1 || placed.step === LAST_STEP) {
          place(placed.fields, "server");
          setBanner(1, placed.message);
        } else showServerError(error);
        return;
      }
    }
    goTo((step + 1) as StepIndex);
  };

  const submit = async () => {
    if (creating.current) return; // no double policies: one creation in flight at most
    const current = form.getValues();
    for (const s of [0, 1, 2] as const) {
      const errors = validateStep(s, current, ctx);
      if (Object.keys(errors).length) {
        setStep(s);
        place(errors, "validate");
        setBanner(s, "Revisa los campos marcados.");
        return;
      }
    }
    creating.current = true;
    setBanner(LAST_STEP, null);
    try {
      const policy = await policyMutation.mutateAsync([policyBody(current, ctx), policyKey.key]);
      policyKey.renew();
      leaving.current = true;
      void queryClient.invalidateQueries({ queryKey: ["policies"] });
      toast("Póliza creada", { description: `Folio ${policy.folio}`, variant: "success" });
      router.push(`/polizas/${policy.id}`);
    } catch (error) {
      showServerError(error);
    } finally {
      creating.current = false;
    }
  };

  const banner = banners[step];
  const busy = vehicleMutation.isPending || policyMutation.isPending;

  return (
    <FormProvider {...form}>
      <PageHeader title="Nueva póliza" description="Cliente, vehículo, cobertura y forma de pago, promociones y confirmación." />
      <nav aria-label="Pasos de la nueva póliza" className="mb-6">
        <ol className="flex flex-wrap gap-2">
          {STEPS.map((s, i) => {
            const done = i < step;
            return (
              <li key={s.id}>
                <button
                  type="button"
                  disabled={i > step || busy}
                  aria-current={i === step ? "step" : undefined}
                  onClick={() => goTo(i as StepIndex)}
                  className={cn(
                    "inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm",
                    i === step ? "border-primary bg-primary text-primary-foreground" : done ? "bg-muted" : "text-muted-foreground",
                  )}
                >
                  <span className="inline-flex size-5 items-center justify-center rounded-full border text-xs">
                    {done ? <Check className="size-3" aria-hidden="true" /> : i + 1}
                  </span>
                  {s.label}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      <section aria-labelledby="wizard-step-title" className="grid gap-4">
        <h2 id="wizard-step-title" className="text-lg font-semibold">
          {STEPS[step].label}
        </h2>
        {banner ? <Alert variant="destructive">{banner}</Alert> : null}
        {step === 0 ? <ClientStep /> : null}
        {step === 1 ? <VehicleStep vehicles={vehicles} keys={keys} /> : null}
        {step === 2 ? (
          <CoverageStep vehicle={vehicle} coverages={coverages} coverage={coverage} schemes={schemes} eligibility={isSelect ? eligibility : null} />
        ) : null}
        {step === 3 ? <PromotionsStep base={simulationBase} canRead={canPromos} chosen={chosenSimulation} /> : null}
        {step === 4 ? (
          <ConfirmStep
            vehicle={vehicle}
            coverage={coverage}
            scheme={scheme}
            simulation={chosenCodes.length ? (chosenSimulation.data ?? null) : null}
            onEdit={(s) => goTo(s)}
          />
        ) : null}
      </section>

      <div className="mt-6 flex flex-wrap items-center justify-between gap-2 border-t pt-4">
        <Button variant="outline" onClick={() => (dirty ? setPendingHref("/polizas") : router.push("/polizas"))} disabled={busy}>
          Cancelar
        </Button>
        <div className="flex gap-2">
          {step > 0 ? (
            <Button variant="outline" onClick={() => goTo((step - 1) as StepIndex)} disabled={busy}>
              Anterior
            </Button>
          ) : null}
          {step < LAST_STEP ? (
            <Button onClick={() => void next()} disabled={busy}>
              {vehicleMutation.isPending ? "Registrando vehículo…" : step === 3 ? (chosenCodes.length ? "Siguiente" : "Continuar sin promociones") : "Siguiente"}
            </Button>
          ) : (
            <Button onClick={() => void submit()} disabled={policyMutation.isPending}>
              {policyMutation.isPending ? "Creando póliza…" : "Crear póliza"}
            </Button>
          )}
        </div>
      </div>

      <Dialog open={pendingHref !== null} onOpenChange={(open) => (open ? null : setPendingHref(null))}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>¿Salir sin crear la póliza?</DialogTitle>
            <DialogDescription>{LEAVE_MESSAGE}</DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <Button variant="outline" onClick={() => setPendingHref(null)}>
              Seguir capturando
            </Button>
            <Button
              variant="destructive"
              onClick={() => {
                const href = pendingHref ?? "/polizas";
                leaving.current = true;
                setPendingHref(null);
                router.push(href);
              }}
            >
              Salir y descartar
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </FormProvider>
  );
}
