"use client";

import { MapPin, MessageCircle, Phone } from "lucide-react";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge, PolicyStatusBadge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { errorMessage } from "@/lib/errors";
import { formatDate, formatMoney } from "@/lib/format";

import { useClient } from "../api/queries";
import { ClientStatusBadge, telHref, whatsappHref } from "./client-status";

const VEHICLE_TYPES: Record<string, string> = {
  automobile: "Automóvil",
  pickup: "Pick-up",
  suv: "SUV",
  motorcycle: "Motocicleta",
  mototaxi: "Mototaxi",
  truck: "Camión",
};

/** Ficha del cliente (screens.md §1.3): header with call / WhatsApp, address, and the tabs. */
export function ClientDetail({ id, actions }: { id: number; actions?: (client: NonNullable<ReturnType<typeof useClient>["data"]>) => React.ReactNode }) {
  const client = useClient(id);
  if (client.error) return <Alert variant="destructive">{errorMessage(client.error)}</Alert>;
  if (!client.data) return <Skeleton className="h-40 w-full" />;
  const c = client.data;
  const a = c.address;

  return (
    <div>
      <PageHeader
        title={c.full_name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <ClientStatusBadge status={c.status} />
            {c.rfc ? <span>RFC {c.rfc}</span> : null}
            {c.email ? <span>{c.email}</span> : null}
          </span>
        }
        actions={actions?.(c)}
      />
      <div className="mb-6 flex flex-wrap gap-4 text-sm">
        <a href={telHref(c.phone_whatsapp)} className="inline-flex items-center gap-1 text-primary hover:underline">
          <Phone className="size-4" /> Llamar {c.phone_whatsapp}
        </a>
        <a href={whatsappHref(c.phone_whatsapp)} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-1 text-primary hover:underline">
          <MessageCircle className="size-4" /> WhatsApp
        </a>
        {c.phone_secondary ? (
          <a href={telHref(c.phone_secondary)} className="inline-flex items-center gap-1 text-primary hover:underline">
            <Phone className="size-4" /> Otro: {c.phone_secondary}
          </a>
        ) : null}
      </div>
      {a ? (
        <p className="mb-6 flex flex-wrap items-center gap-2 text-sm" data-testid="client-address">
          <MapPin className="size-4 text-muted-foreground" />
          {a.street} {a.exterior_number ?? "S/N"}
          {a.interior_number ? ` int. ${a.interior_number}` : ""}, {a.neighborhood}
          {a.postal_code ? `, C.P. ${a.postal_code}` : ""}, {a.municipality}, {a.state}
          {a.location ? (
            <span className="text-muted-foreground">
              ({a.location.lat.toFixed(5)}, {a.location.lng.toFixed(5)})
            </span>
          ) : null}
          {a.location_is_approximate ? (
            <Badge tone="yellow" title="Ubicada por el centro del municipio">
              aproximada
            </Badge>
          ) : null}
        </p>
      ) : null}
      {c.notes ? <p className="mb-6 text-sm text-muted-foreground">{c.notes}</p> : null}

      <Tabs defaultValue="policies">
        <TabsList>
          <TabsTrigger value="policies">Pólizas ({c.policies.length})</TabsTrigger>
          <TabsTrigger value="payments">Pagos</TabsTrigger>
          <TabsTrigger value="vehicles">Vehículos ({c.vehicles.length})</TabsTrigger>
        </TabsList>
        <TabsContent value="policies">
          {c.policies.length ? (
            <Table aria-label="Pólizas del cliente">
              <TableHeader>
                <TableRow>
                  <TableHead>Folio</TableHead>
                  <TableHead>Cobertura</TableHead>
                  <TableHead>Vigencia</TableHead>
                  <TableHead>Prima total</TableHead>
                  <TableHead>Estatus</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {c.policies.map((p) => (
                  <TableRow key={p.id}>
                    <TableCell>{p.folio}</TableCell>
                    <TableCell>{p.coverage_name}</TableCell>
                    <TableCell>
                      {formatDate(p.effective_date)} – {formatDate(p.expiration_date)}
                    </TableCell>
                    <TableCell>{formatMoney(p.prima_total)}</TableCell>
                    <TableCell>
                      <PolicyStatusBadge status={p.status} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : (
            <p className="py-6 text-sm text-muted-foreground">El cliente no tiene pólizas.</p>
          )}
        </TabsContent>
        <TabsContent value="payments">
          {c.policies.length ? (
            <Table aria-label="Resumen de pagos por póliza">
              <TableHeader>
                <TableRow>
                  <TableHead>Póliza</TableHead>
                  <TableHead>Pagados</TableHead>
                  <TableHead>Pendientes</TableHead>
                  <TableHead>Atrasados / vencidos</TableHead>
                  <TableHead>Pagado</TableHead>
                  <TableHead>Por pagar</TableHead>
                  <TableHead>Atrasado</TableHead>
                  <TableHead>Próximo vencimiento</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {c.policies.map((p) => (
                  <TableRow key={p.id}>
                    <TableCell>{p.folio}</TableCell>
                    <TableCell>
                      {p.payments.paid} / {p.payments.installments}
                    </TableCell>
                    <TableCell>{p.payments.pending}</TableCell>
                    <TableCell>
                      {p.payments.late} / {p.payments.overdue}
                    </TableCell>
                    <TableCell>{formatMoney(p.payments.amount_paid)}</TableCell>
                    <TableCell>{formatMoney(p.payments.amount_outstanding)}</TableCell>
                    <TableCell className={Number(p.payments.amount_past_due) > 0 ? "text-destructive" : undefined}>
                      {formatMoney(p.payments.amount_past_due)}
                    </TableCell>
                    <TableCell>{p.payments.next_due_date ? formatDate(p.payments.next_due_date) : "—"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : (
            <p className="py-6 text-sm text-muted-foreground">Sin pagos: el cliente no tiene pólizas.</p>
          )}
        </TabsContent>
        <TabsContent value="vehicles">
          {c.vehicles.length ? (
            <Table aria-label="Vehículos del cliente">
              <TableHeader>
                <TableRow>
                  <TableHead>Tipo</TableHead>
                  <TableHead>Marca</TableHead>
                  <TableHead>Modelo</TableHead>
                  <TableHead>Año</TableHead>
                  <TableHead>Placas</TableHead>
                  <TableHead>Serie</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {c.vehicles.map((v) => (
                  <TableRow key={v.id}>
                    <TableCell>{VEHICLE_TYPES[v.vehicle_type] ?? v.vehicle_type}</TableCell>
                    <TableCell>{v.make}</TableCell>
                    <TableCell>{v.model}</TableCell>
                    <TableCell>{v.year ?? "—"}</TableCell>
                    <TableCell>{v.plates ?? "—"}</TableCell>
                    <TableCell>{v.serial_number ?? "—"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : (
            <p className="py-6 text-sm text-muted-foreground">El cliente no tiene vehículos.</p>
          )}
        </TabsContent>
      </Tabs>
    </div>
  );
}
