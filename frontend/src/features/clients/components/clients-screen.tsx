"use client";

import { Pencil, Plus } from "lucide-react";
import * as React from "react";

import { Button } from "@/components/ui/button";
import { useSessionStore } from "@/features/auth/api/session-store";
import { can } from "@/lib/permissions";

import { ClientDetail } from "./client-detail";
import { ClientFormSheet } from "./client-form";
import { ClientsList } from "./clients-list";

/** Clientes: the list, and the "Nuevo cliente" drawer for who may create. */
export function ClientsScreen() {
  const user = useSessionStore((s) => s.user);
  const [open, setOpen] = React.useState(false);
  const actions = can(user, "clients.create") ? (
    <Button onClick={() => setOpen(true)}>
      <Plus className="size-4" /> Nuevo cliente
    </Button>
  ) : null;
  return (
    <>
      <ClientsList actions={actions} />
      <ClientFormSheet open={open} onOpenChange={setOpen} client={null} />
    </>
  );
}

/** Ficha del cliente, with "Editar" for who may edit. */
export function ClientDetailScreen({ id }: { id: number }) {
  const user = useSessionStore((s) => s.user);
  const [open, setOpen] = React.useState(false);
  const mayEdit = can(user, "clients.edit");
  return (
    <ClientDetail
      id={id}
      actions={(client) =>
        mayEdit ? (
          <>
            <Button variant="outline" onClick={() => setOpen(true)}>
              <Pencil className="size-4" /> Editar
            </Button>
            <ClientFormSheet open={open} onOpenChange={setOpen} client={client} />
          </>
        ) : null
      }
    />
  );
}
