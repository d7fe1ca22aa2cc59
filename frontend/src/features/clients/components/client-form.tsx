"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { Schemas } from "@protegrt/api-client";
import { useQueryClient } from "@tanstack/react-query";
import * as React from "react";
import { type Path, useController, useForm } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { toast } from "@/components/ui/toast";
import { api, unwrap } from "@/lib/api";
import { applyServerErrors } from "@/lib/errors";

import { clientKeys } from "../api/keys";
import { EMPTY_CLIENT_FORM, type ClientFormValues, RFC_RE, clientFormSchema, fromClient, normalizeRfc, toClientBody } from "../schemas";
import { MapPicker } from "./map-picker";
import { MunicipalitySelect } from "./municipality-select";

type ClientDetail = Schemas["ClientDetail"];
type DuplicateMatch = Schemas["DuplicateMatch"];

const FIELDS: readonly Path<ClientFormValues>[] = [
  "first_name",
  "last_name",
  "second_last_name",
  "phone_whatsapp",
  "phone_secondary",
  "email",
  "rfc",
  "notes",
  "address.street",
  "address.exterior_number",
  "address.interior_number",
  "address.neighborhood",
  "address.postal_code",
  "address.municipality_id",
  "address.lat",
  "address.lng",
];

/** The server's field names that differ from the form's. */
const SERVER_ALIASES: Record<string, Path<ClientFormValues>> = {
  "address.location": "address.lat",
  "address.location.lat": "address.lat",
  "address.location.lng": "address.lng",
};

const REASONS: Record<string, string> = { same_name_phone: "Mismo nombre y WhatsApp", same_rfc: "Mismo RFC" };

type SaveResult = { ok: true; client: ClientDetail } | { ok: false; matches: DuplicateMatch[] };

/** POST or PATCH; a 409 CLIENT_POSSIBLE_DUPLICATE comes back as its matches, any other failure throws. */
export async function saveClient(values: ClientFormValues, clientId: number | null, confirmDuplicate: boolean): Promise<SaveResult> {
  const body = { ...toClientBody(values), confirm_duplicate: confirmDuplicate };
  const result =
    clientId === null
      ? await api.POST("/api/v1/clients", { body })
      : await api.PATCH("/api/v1/clients/{client_id}", { params: { path: { client_id: clientId } }, body });
  if (result.response.status === 409) {
    const error = result.error as { error?: string; matches?: DuplicateMatch[] } | undefined;
    if (error?.error === "CLIENT_POSSIBLE_DUPLICATE") return { ok: false, matches: error.matches ?? [] };
  }
  return { ok: true, client: await unwrap(Promise.resolve(result)) };
}

interface ClientFormProps {
  /** Null: a new client. */
  clientId: number | null;
  defaultValues?: ClientFormValues;
  onSaved: (client: ClientDetail) => void;
  onCancel: () => void;
  /** Map tiles URL template; empty = no map (coordinates by hand). */
  tilesUrl?: string;
  /** The call that saves (tests pass their own). */
  save?: typeof saveClient;
  /** "Municipio, Estado" of the saved address (edit), shown in the municipality picker. */
  municipalityLabel?: string;
}

export function ClientForm({
  clientId,
  defaultValues = EMPTY_CLIENT_FORM,
  onSaved,
  onCancel,
  tilesUrl,
  save = saveClient,
  municipalityLabel,
}: ClientFormProps) {
  const form = useForm<ClientFormValues>({
    resolver: zodResolver(clientFormSchema),
    defaultValues,
    mode: "onTouched",
    reValidateMode: "onChange",
  });
  const { register, handleSubmit, formState, setError, watch, setValue, trigger } = form;
  const errors = formState.errors;
  const municipality = useController({ control: form.control, name: "address.municipality_id" });
  const [formError, setFormError] = React.useState<string | null>(null);
  const [matches, setMatches] = React.useState<DuplicateMatch[] | null>(null);
  const [saving, setSaving] = React.useState(false);

  // RFC format is checked as it is typed, not only on blur.
  const rfc = watch("rfc");
  React.useEffect(() => {
    if (rfc && (normalizeRfc(rfc).length >= 12 || formState.touchedFields.rfc)) void trigger("rfc");
  }, [rfc, trigger, formState.touchedFields.rfc]);
  const phone = watch("phone_whatsapp");
  React.useEffect(() => {
    if (phone && (phone.replace(/\D/g, "").length >= 10 || formState.touchedFields.phone_whatsapp)) void trigger("phone_whatsapp");
  }, [phone, trigger, formState.touchedFields.phone_whatsapp]);

  const submit = async (values: ClientFormValues, confirm: boolean) => {
    setFormError(null);
    setSaving(true);
    try {
      const result = await save(values, clientId, confirm);
      if (result.ok) {
        setMatches(null);
        onSaved(result.client);
      } else {
        setMatches(result.matches);
      }
    } catch (error) {
      setMatches(null);
      const aliased = error as { fields?: Record<string, string> };
      if (aliased.fields) {
        for (const [from, to] of Object.entries(SERVER_ALIASES)) {
          if (from in aliased.fields) {
            setError(to, { type: "server", message: aliased.fields[from] });
          }
        }
      }
      setFormError(applyServerErrors(error, setError, FIELDS));
    } finally {
      setSaving(false);
    }
  };

  const field = (name: Path<ClientFormValues>) => {
    const parts = name.split(".");
    let e: unknown = errors;
    for (const p of parts) e = (e as Record<string, unknown> | undefined)?.[p];
    return (e as { message?: string } | undefined)?.message;
  };

  const lat = watch("address.lat");
  const lng = watch("address.lng");

  return (
    <form noValidate onSubmit={handleSubmit((v) => submit(v, false))} className="grid gap-4" aria-label="Datos del cliente">
      {formError ? <Alert variant="destructive">{formError}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField id="first_name" label="Nombre(s)" required error={field("first_name")}>
          <Input autoComplete="off" {...register("first_name")} />
        </FormField>
        <FormField id="last_name" label="Apellido paterno" required error={field("last_name")}>
          <Input autoComplete="off" {...register("last_name")} />
        </FormField>
        <FormField id="second_last_name" label="Apellido materno" error={field("second_last_name")}>
          <Input autoComplete="off" {...register("second_last_name")} />
        </FormField>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="phone_whatsapp" label="WhatsApp" required error={field("phone_whatsapp")} hint="10 dígitos">
          <Input type="tel" inputMode="tel" {...register("phone_whatsapp")} />
        </FormField>
        <FormField id="phone_secondary" label="Otro teléfono" error={field("phone_secondary")}>
          <Input type="tel" inputMode="tel" {...register("phone_secondary")} />
        </FormField>
        <FormField id="email" label="Correo electrónico" error={field("email")}>
          <Input type="email" {...register("email")} />
        </FormField>
        <FormField
          id="rfc"
          label="RFC"
          error={field("rfc")}
          hint={rfc && RFC_RE.test(normalizeRfc(rfc)) ? "Formato válido" : "Opcional"}
        >
          <Input autoCapitalize="characters" {...register("rfc")} />
        </FormField>
      </div>
      <fieldset className="grid gap-4 rounded-md border p-4">
        <legend className="px-1 text-sm font-medium">Domicilio</legend>
        <FormField id="address.street" label="Calle" required error={field("address.street")}>
          <Input {...register("address.street")} />
        </FormField>
        <div className="grid gap-4 sm:grid-cols-3">
          <FormField id="address.exterior_number" label="Núm. exterior" error={field("address.exterior_number")} hint="Vacío: S/N">
            <Input {...register("address.exterior_number")} />
          </FormField>
          <FormField id="address.interior_number" label="Núm. interior" error={field("address.interior_number")}>
            <Input {...register("address.interior_number")} />
          </FormField>
          <FormField id="address.postal_code" label="Código postal" required error={field("address.postal_code")}>
            <Input inputMode="numeric" maxLength={5} {...register("address.postal_code")} />
          </FormField>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="address.neighborhood" label="Colonia" required error={field("address.neighborhood")}>
            <Input {...register("address.neighborhood")} />
          </FormField>
          <FormField id="address.municipality_id" label="Municipio" required error={field("address.municipality_id")}>
            <MunicipalitySelect
              value={municipality.field.value}
              onChange={(v) => municipality.field.onChange(v)}
              onBlur={municipality.field.onBlur}
              initialLabel={municipalityLabel}
            />
          </FormField>
        </div>
        <MapPicker
          tilesUrl={tilesUrl}
          lat={lat}
          lng={lng}
          onPick={(p) => {
            setValue("address.lat", p.lat.toFixed(6), { shouldValidate: true, shouldDirty: true });
            setValue("address.lng", p.lng.toFixed(6), { shouldValidate: true, shouldDirty: true });
          }}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="address.lat" label="Latitud" error={field("address.lat")}>
            <Input inputMode="decimal" {...register("address.lat")} />
          </FormField>
          <FormField id="address.lng" label="Longitud" error={field("address.lng")}>
            <Input inputMode="decimal" {...register("address.lng")} />
          </FormField>
        </div>
      </fieldset>
      <FormField id="notes" label="Notas" error={field("notes")}>
        <Input {...register("notes")} />
      </FormField>
      <div className="flex justify-end gap-2">
        <Button type="button" variant="outline" onClick={onCancel}>
          Cancelar
        </Button>
        <Button type="submit" disabled={saving}>
          {saving ? "Guardando…" : "Guardar"}
        </Button>
      </div>

      <Dialog open={matches !== null} onOpenChange={(open) => (open ? null : setMatches(null))}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Posible cliente duplicado</DialogTitle>
            <DialogDescription>Ya existen clientes parecidos. Revisa antes de guardar.</DialogDescription>
          </DialogHeader>
          <ul className="grid gap-2 text-sm" aria-label="Coincidencias">
            {(matches ?? []).map((m) => (
              <li key={m.id} className="rounded-md border p-2">
                <span className="font-medium">{m.full_name}</span> · {m.phone_whatsapp}
                {m.rfc ? ` · RFC ${m.rfc}` : ""} <span className="text-muted-foreground">({REASONS[m.reason] ?? m.reason})</span>
              </li>
            ))}
          </ul>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setMatches(null)}>
              Revisar
            </Button>
            <Button type="button" disabled={saving} onClick={handleSubmit((v) => submit(v, true))}>
              Guardar de todos modos
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </form>
  );
}

/** The right-hand drawer with the client form (create when `client` is null, edit otherwise). */
export function ClientFormSheet({
  open,
  onOpenChange,
  client,
  onSaved,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  client: ClientDetail | null;
  onSaved?: (client: ClientDetail) => void;
}) {
  const queryClient = useQueryClient();
  const tilesUrl = process.env.NEXT_PUBLIC_MAP_TILES_URL ?? "";
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent>
        <SheetHeader>
          <SheetTitle>{client ? "Editar cliente" : "Nuevo cliente"}</SheetTitle>
          <SheetDescription>Los campos con * son obligatorios.</SheetDescription>
        </SheetHeader>
        {open ? (
          <ClientForm
            key={client?.id ?? "new"}
            clientId={client?.id ?? null}
            defaultValues={client ? fromClient(client) : EMPTY_CLIENT_FORM}
            municipalityLabel={client?.address ? `${client.address.municipality}, ${client.address.state}` : undefined}
            tilesUrl={tilesUrl}
            onCancel={() => onOpenChange(false)}
            onSaved={(saved) => {
              void queryClient.invalidateQueries({ queryKey: clientKeys.lists() });
              queryClient.setQueryData(clientKeys.detail(saved.id), saved);
              toast(client ? "Cliente actualizado" : "Cliente creado", { description: saved.full_name, variant: "success" });
              onOpenChange(false);
              onSaved?.(saved);
            }}
          />
        ) : null}
      </SheetContent>
    </Sheet>
  );
}
