"use client";

import { useFormContext, useWatch } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { useSessionStore } from "@/features/auth/api/session-store";
import { formatDate, formatMoney } from "@/lib/format";

import { useSellers } from "@/features/policies/api/queries";

import { type Coverage, type PaymentScheme, type Simulation, type Vehicle } from "../api/queries";
import { type StepIndex, type WizardValues, commercialValue, expirationFor, normalizeQuote } from "../lib/rules";
import { InstallmentsPreview } from "./installments-preview";
import { BAND_LABEL, SERVICE_LABEL, vehicleLabel } from "./vehicle-step";

interface ConfirmStepProps {
  vehicle: Vehicle | null;
  coverage: Coverage | null;
  scheme: PaymentScheme | null;
  /** The chosen promotions' simulation (null without promotions). */
  simulation: Simulation | null;
  onEdit: (step: StepIndex) => void;
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-2 text-sm">
      <dt className="text-muted-foreground">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Paso 5: everything at a glance before creating the policy. */
export function ConfirmStep({ vehicle, coverage, scheme, simulation, onEdit }: ConfirmStepProps) {
  const user = useSessionStore((s) => s.user);
  const { control } = useFormContext<WizardValues>();
  const v = useWatch({ control }) as WizardValues;
  const sellers = useSellers(false);
  const seller = v.seller_id ? (sellers.data?.items.find((s) => String(s.id) === v.seller_id)?.full_name ?? `#${v.seller_id}`) : user?.full_name;
  const end = expirationFor(v.effective_date);
  const lines = simulation ? simulation.schedule : (scheme?.installments ?? []);
  const total = simulation ? simulation.total : (scheme?.total ?? "0.00");

  const edit = (step: StepIndex, label: string) => (
    <Button variant="link" size="sm" className="h-auto p-0" onClick={() => onEdit(step)} aria-label={`Editar ${label}`}>
      Editar
    </Button>
  );

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card>
        <CardHeader className="flex-row items-center justify-between">
          <CardTitle>Cliente</CardTitle>
          {edit(0, "cliente")}
        </CardHeader>
        <CardContent>
          <dl className="grid gap-1">
            <Row label="Nombre">{v.client_label}</Row>
          </dl>
        </CardContent>
      </Card>
      <Card>
        <CardHeader className="flex-row items-center justify-between">
          <CardTitle>Vehículo</CardTitle>
          {edit(1, "vehículo")}
        </CardHeader>
        <CardContent>
          {vehicle ? (
            <dl className="grid gap-1">
              <Row label="Vehículo">{vehicleLabel(vehicle)}</Row>
              <Row label="Clave">
                {vehicle.vehicle_key} {vehicle.vehicle_key_name} · {SERVICE_LABEL[vehicle.service_type] ?? vehicle.service_type}
                {vehicle.cylinder_band ? ` · ${BAND_LABEL[vehicle.cylinder_band] ?? vehicle.cylinder_band}` : ""}
              </Row>
              <Row label="Color">{vehicle.color ?? "—"}</Row>
              <Row label="Placas">{vehicle.plates ?? "—"}</Row>
              <Row label="NIV">{vehicle.serial_number ?? "—"}</Row>
              <Row label="Motor">{vehicle.engine_number ?? "—"}</Row>
            </dl>
          ) : (
            <p className="text-sm text-muted-foreground">—</p>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader className="flex-row items-center justify-between">
          <CardTitle>Cobertura y pagos</CardTitle>
          {edit(2, "cobertura y pagos")}
        </CardHeader>
        <CardContent>
          <dl className="grid gap-1">
            <Row label="Cobertura">{coverage?.name ?? "—"}</Row>
            <Row label="Forma de pago">{scheme?.label ?? "—"}</Row>
            <Row label="Vigencia">
              {v.effective_date} al {end ? formatDate(end) : "—"}
            </Row>
            <Row label="Folio de contrato">{v.contract_folio.trim().toUpperCase()}</Row>
            <Row label="Vendedor">{seller ?? "—"}</Row>
            {coverage?.is_quoted ? (
              <>
                <Row label="Cotización">{normalizeQuote(v.quote_number)}</Row>
                <Row label="Valor comercial">{formatMoney(commercialValue(v.purchase_price, v.sale_price))}</Row>
              </>
            ) : null}
            {v.amplia_select_confirmed && coverage?.name === "AMPLIA SELECT" ? <Row label="AMPLIA SELECT">Confirmada por gerente de Ventas</Row> : null}
          </dl>
        </CardContent>
      </Card>
      <Card>
        <CardHeader className="flex-row items-center justify-between">
          <CardTitle>Promociones</CardTitle>
          {edit(3, "promociones")}
        </CardHeader>
        <CardContent>
          {v.promotion_codes.length ? (
            <dl className="grid gap-1">
              <Row label="Claves">{v.promotion_codes.join(", ")}</Row>
              {simulation ? <Row label="Descuento">{formatMoney(simulation.total_discount)}</Row> : null}
            </dl>
          ) : (
            <p className="text-sm text-muted-foreground">Sin promociones.</p>
          )}
        </CardContent>
      </Card>
      <Card className="lg:col-span-2">
        <CardHeader>
          <CardTitle>Pagos</CardTitle>
        </CardHeader>
        <CardContent>
          <p className="mb-2 text-sm">
            Prima total: <span className="font-medium">{formatMoney(scheme?.total)}</span>
            {simulation ? ` · con promociones: ${formatMoney(simulation.total)}` : ""}
          </p>
          <InstallmentsPreview label="Pagos de la póliza" installments={lines} total={total} />
        </CardContent>
      </Card>
    </div>
  );
}
