"use client";

import type { Schemas } from "@protegrt/api-client";
import type { ColumnDef } from "@tanstack/react-table";
import { MessageCircle, Phone } from "lucide-react";
import Link from "next/link";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { DataTable } from "@/components/ui/data-table";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";
import { errorMessage } from "@/lib/errors";
import { useListParams } from "@/lib/list-params";
import { useDebouncedValue } from "@/lib/use-debounced-value";

import { useClients } from "../api/queries";
import { ClientStatusBadge, telHref, whatsappHref } from "./client-status";

type ClientRow = Schemas["ClientRead"];

const addressLine = (c: ClientRow) => {
  const a = c.address;
  if (!a) return "—";
  const number = [a.exterior_number ?? "S/N", a.interior_number ? `int. ${a.interior_number}` : null].filter(Boolean).join(" ");
  return [`${a.street} ${number}`, a.neighborhood, a.postal_code ? `C.P. ${a.postal_code}` : null].filter(Boolean).join(", ");
};

export const clientColumns: ColumnDef<ClientRow>[] = [
  { id: "id", header: "ID", accessorKey: "id", enableSorting: false },
  {
    id: "name",
    header: "Nombre",
    accessorKey: "full_name",
    enableSorting: true,
    enableHiding: false,
    cell: ({ row }) => (
      <Link href={`${SCREENS.clients.href}/${row.original.id}`} className="font-medium text-primary hover:underline">
        {row.original.full_name}
      </Link>
    ),
  },
  { id: "phone_whatsapp", header: "WhatsApp", accessorKey: "phone_whatsapp", enableSorting: false },
  { id: "phone_secondary", header: "Otro teléfono", accessorFn: (c) => c.phone_secondary ?? "—", enableSorting: false },
  { id: "email", header: "Correo", accessorFn: (c) => c.email ?? "—", enableSorting: false },
  { id: "address", header: "Domicilio", accessorFn: addressLine, enableSorting: false },
  { id: "municipality", header: "Municipio", accessorFn: (c) => c.address?.municipality ?? "—", enableSorting: false },
  { id: "state", header: "Estado", accessorFn: (c) => c.address?.state ?? "—", enableSorting: false },
  { id: "status", header: "Estatus", enableSorting: false, cell: ({ row }) => <ClientStatusBadge status={row.original.status} /> },
  { id: "created_at", header: "Alta", accessorKey: "created_at", enableSorting: true, enableHiding: true, cell: ({ row }) => row.original.created_at.slice(0, 10) },
  {
    id: "actions",
    header: "Acciones",
    enableSorting: false,
    enableHiding: false,
    cell: ({ row }) => (
      <span className="flex gap-2">
        <a href={telHref(row.original.phone_whatsapp)} aria-label={`Llamar a ${row.original.full_name}`} className="text-muted-foreground hover:text-foreground">
          <Phone className="size-4" />
        </a>
        <a
          href={whatsappHref(row.original.phone_whatsapp)}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={`WhatsApp a ${row.original.full_name}`}
          className="text-muted-foreground hover:text-foreground"
        >
          <MessageCircle className="size-4" />
        </a>
      </span>
    ),
  },
];

/** Clientes (screens.md §1.3): server-side paged, sorted and filtered list. There is no export. */
export function ClientsList({ actions }: { actions?: React.ReactNode }) {
  const [params, update] = useListParams({ size: 25, sort: null, filters: ["has_active_policy"] });
  const [search, setSearch] = React.useState(params.q);
  const q = useDebouncedValue(search, 300);
  const lastQ = React.useRef(q);
  React.useEffect(() => {
    if (q === lastQ.current) return;
    lastQ.current = q;
    update({ q });
  }, [q, update]);

  const hasActivePolicy = params.filters.has_active_policy ?? "";
  const clients = useClients({ page: params.page, size: params.size, sort: params.sort, q: params.q, hasActivePolicy });

  return (
    <div>
      <PageHeader title="Clientes" description="Búsqueda por nombre (tolera acentos y errores), teléfono, RFC o folio de póliza." actions={actions} />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <Input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Buscar por nombre, teléfono, RFC o folio"
          aria-label="Buscar clientes"
          className="max-w-sm"
        />
        <Select value={hasActivePolicy || "all"} onValueChange={(v) => update({ filters: { has_active_policy: v === "all" ? "" : v } })}>
          <SelectTrigger className="w-48" aria-label="Filtrar por póliza vigente">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="all">Todos</SelectItem>
            <SelectItem value="true">Con póliza vigente</SelectItem>
            <SelectItem value="false">Sin póliza vigente</SelectItem>
          </SelectContent>
        </Select>
      </div>
      {clients.error ? (
        <Alert variant="destructive" className="mb-4">
          {errorMessage(clients.error)}
        </Alert>
      ) : null}
      {clients.data?.total_is_capped ? (
        <Alert className="mb-4">Hay más coincidencias de las que se muestran: afina la búsqueda.</Alert>
      ) : null}
      <DataTable
        label="Clientes"
        columns={clientColumns}
        rows={clients.data?.items}
        total={clients.data?.total}
        page={params.page}
        size={params.size}
        sort={params.sort}
        onPageChange={(page) => update({ page })}
        onSizeChange={(size) => update({ size })}
        onSortChange={(sort) => update({ sort })}
        getRowId={(c) => String(c.id)}
        isLoading={clients.isPending}
        isFetching={clients.isFetching}
        emptyMessage="Ningún cliente coincide con la búsqueda."
      />
    </div>
  );
}
