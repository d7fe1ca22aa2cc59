"use client";

import { Plus, UserRound } from "lucide-react";
import * as React from "react";
import { useFormContext, useWatch } from "react-hook-form";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useSessionStore } from "@/features/auth/api/session-store";
import { ClientFormSheet } from "@/features/clients/components/client-form";
import { errorMessage } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { useDebouncedValue } from "@/lib/use-debounced-value";

import { CLIENT_SEARCH_MIN, useClientSearch } from "../api/queries";
import type { WizardValues } from "../lib/rules";
import { errorAt } from "./policy-wizard";

/** Paso 1: the client, found by a type-ahead (from 3 characters) or registered in the clients drawer. */
export function ClientStep() {
  const user = useSessionStore((s) => s.user);
  const { control, setValue, clearErrors, formState } = useFormContext<WizardValues>();
  const clientId = useWatch({ control, name: "client_id" });
  const clientLabel = useWatch({ control, name: "client_label" });
  const [text, setText] = React.useState("");
  const q = useDebouncedValue(text, 250);
  const results = useClientSearch(q);
  const [drawer, setDrawer] = React.useState(false);
  const error = errorAt(formState.errors, "client_id");

  const choose = (id: number, label: string) => {
    if (String(id) !== clientId) {
      // The vehicle belongs to the previous client: choose it again.
      setValue("vehicle_id", "", { shouldDirty: true });
      setValue("vehicle_mode", "existing", { shouldDirty: true });
      setValue("promotion_codes", [], { shouldDirty: true });
    }
    setValue("client_id", String(id), { shouldDirty: true });
    setValue("client_label", label, { shouldDirty: true });
    clearErrors("client_id");
    setText("");
  };

  const tooShort = q.trim().length < CLIENT_SEARCH_MIN;
  return (
    <div className="grid gap-4">
      {clientId ? (
        <div className="flex flex-wrap items-center gap-3 rounded-md border bg-muted/40 p-3" aria-label="Cliente elegido" role="group">
          <UserRound className="size-5 text-muted-foreground" aria-hidden="true" />
          <div>
            <p className="font-medium">{clientLabel}</p>
            <p className="text-xs text-muted-foreground">Cliente #{clientId}</p>
          </div>
        </div>
      ) : null}
      <div className="flex flex-wrap items-end gap-3">
        <FormField
          id="client-search"
          label={clientId ? "Cambiar cliente" : "Buscar cliente"}
          required={!clientId}
          error={error}
          hint={`Nombre, teléfono o RFC; desde ${CLIENT_SEARCH_MIN} caracteres.`}
          className="min-w-72 flex-1"
        >
          <Input type="search" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} />
        </FormField>
        {can(user, "clients.create") ? (
          <Button variant="outline" onClick={() => setDrawer(true)}>
            <Plus aria-hidden="true" /> Nuevo cliente
          </Button>
        ) : null}
      </div>
      {!tooShort ? (
        results.error ? (
          <Alert variant="destructive">{errorMessage(results.error)}</Alert>
        ) : results.data ? (
          results.data.items.length ? (
            <ul className="grid gap-2" aria-label="Clientes encontrados">
              {results.data.items.map((c) => (
                <li key={c.id}>
                  <button
                    type="button"
                    onClick={() => choose(c.id, c.full_name)}
                    className="flex w-full flex-wrap items-center gap-x-3 gap-y-1 rounded-md border p-3 text-left hover:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring/30"
                  >
                    <span className="font-medium">{c.full_name}</span>
                    <span className="text-sm text-muted-foreground">{c.phone_whatsapp}</span>
                    {c.rfc ? <span className="text-sm text-muted-foreground">RFC {c.rfc}</span> : null}
                    {c.address ? <span className="text-xs text-muted-foreground">{c.address.municipality}, {c.address.state}</span> : null}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted-foreground">Ningún cliente coincide con «{q.trim()}».</p>
          )
        ) : (
          <p className="text-sm text-muted-foreground">Buscando…</p>
        )
      ) : null}
      <ClientFormSheet open={drawer} onOpenChange={setDrawer} client={null} onSaved={(c) => choose(c.id, c.full_name)} />
    </div>
  );
}
