"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Download } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import * as React from "react";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Input } from "@/components/ui/input";
import { Tabs, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { toast } from "@/components/ui/toast";
import { PageHeader } from "@/features/shell/components/screen-guard";
import { errorMessage } from "@/lib/errors";
import { formatDate, formatMoney, todayInMexico } from "@/lib/format";
import { useListParams } from "@/lib/list-params";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { cn } from "@/lib/utils";

import type { PaymentListParams } from "../api/keys";
import { type PaymentRow, exportPayments, usePayments } from "../api/queries";
import { QUICK_FILTERS, paymentStatus } from "../lib/payment-format";
import { PolicyPaymentsPanel } from "./policy-payments";

const FILTERS = ["status", "view"] as const;
const RESTRUCTURE_PLANS = ["cash_2_installments"] as const;
const RESTRUCTURE_STATUSES = ["pending", "late", "overdue"] as const;

const splitList = (value: string | undefined) => (value ? value.split(",").filter(Boolean) : []);

/** Cobranza › Pagos (screens.md §1.5, §1.10): folios on the left, the selected folio on the right. */
export function PaymentsScreen() {
  const [params, update] = useListParams({ size: 25, sort: "due_date", filters: FILTERS });
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const selected = Number(searchParams.get("poliza")) || null;
  const select = (policyId: number) => {
    const next = new URLSearchParams(searchParams.toString());
    next.set("poliza", String(policyId));
    router.replace(`${pathname}?${next.toString()}`, { scroll: false });
  };

  const [search, setSearch] = React.useState(params.q);
  const q = useDebouncedValue(search, 300);
  const lastQ = React.useRef(q);
  React.useEffect(() => {
    if (q === lastQ.current) return;
    lastQ.current = q;
    update({ q });
  }, [q, update]);

  const view = params.filters.view === "reestructuras" ? "restructures" : "payments";
  const chosen = splitList(params.filters.status);
  const listParams: PaymentListParams = {
    page: params.page,
    size: params.size,
    sort: params.sort,
    q: params.q,
    status: view === "restructures" && chosen.length === 0 ? [...RESTRUCTURE_STATUSES] : chosen,
    plans: view === "restructures" ? [...RESTRUCTURE_PLANS] : [],
  };
  const payments = usePayments(listParams);

  const toggle = (value: string) => {
    const next = chosen.includes(value) ? chosen.filter((s) => s !== value) : [...chosen, value];
    update({ filters: { status: next.join(",") } });
  };

  const [exporting, setExporting] = React.useState(false);
  const onExport = async () => {
    setExporting(true);
    try {
      const saved = await exportPayments(listParams, `pagos-${todayInMexico().replaceAll("-", "")}.xlsx`);
      if (saved) toast("Exportación lista", { variant: "success" });
    } catch (error) {
      toast("No se pudo exportar", { description: errorMessage(error), variant: "error" });
    } finally {
      setExporting(false);
    }
  };

  const columns = React.useMemo<ColumnDef<PaymentRow>[]>(
    () => [
      {
        id: "folio",
        header: "Folio",
        enableSorting: true,
        enableHiding: false,
        cell: ({ row }) => (
          <button
            type="button"
            className="font-medium text-primary underline-offset-2 hover:underline"
            aria-current={row.original.policy_id === selected ? "true" : undefined}
            aria-label={`Ver folio ${row.original.folio}, pago ${row.original.payment_number}`}
            onClick={() => select(row.original.policy_id)}
          >
            {row.original.folio}
          </button>
        ),
      },
      { id: "client", header: "Cliente", accessorKey: "client_name", enableSorting: true },
      {
        id: "payment_number",
        header: "Pago",
        enableSorting: true,
        cell: ({ row }) => (
          <span>
            {row.original.payment_number}
            {row.original.partial_paid !== "0.00" && row.original.status !== "paid" ? (
              <span className="block text-xs text-muted-foreground">Abonado {formatMoney(row.original.partial_paid)}</span>
            ) : null}
          </span>
        ),
      },
      { id: "due_date", header: "Vence", accessorFn: (r) => formatDate(r.due_date), enableSorting: true },
      { id: "remaining", header: "Saldo", accessorFn: (r) => formatMoney(r.remaining), enableSorting: false },
      {
        id: "status",
        header: "Estatus",
        enableSorting: true,
        cell: ({ row }) => {
          const s = paymentStatus(row.original.status);
          return (
            <Badge tone={s.tone} data-status={row.original.status}>
              {s.label}
            </Badge>
          );
        },
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- select reads the current URL
    [selected, searchParams],
  );

  return (
    <div>
      <PageHeader
        title="Pagos"
        description="Mensualidades por folio: cobro en mostrador, abonos, ediciones, reversiones y reestructuras."
        actions={
          <Button variant="outline" onClick={() => void onExport()} disabled={exporting}>
            <Download aria-hidden="true" />
            {exporting ? "Exportando…" : "Exportar a Excel"}
          </Button>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-label="Folios" className="flex min-w-0 flex-col gap-3">
          <Tabs value={view} onValueChange={(v) => update({ filters: { view: v === "restructures" ? "reestructuras" : "", status: "" } })}>
            <TabsList>
              <TabsTrigger value="payments">Pagos</TabsTrigger>
              <TabsTrigger value="restructures">Reestructuras</TabsTrigger>
            </TabsList>
          </Tabs>
          {view === "restructures" ? (
            <p className="text-sm text-muted-foreground">Pólizas de contado en 2 pagos con pagos pendientes o vencidos: candidatas a reestructurar a cuotas.</p>
          ) : null}
          <Input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="Buscar por folio, cliente o placas"
            aria-label="Buscar pagos por folio o cliente"
          />
          <div className="flex flex-wrap gap-2" role="group" aria-label="Filtros rápidos">
            {QUICK_FILTERS.filter((f) => view === "payments" || f.value !== "paid").map((f) => {
              const on = chosen.includes(f.value);
              return (
                <Button
                  key={f.value}
                  size="sm"
                  variant={on ? "default" : "outline"}
                  aria-pressed={on}
                  onClick={() => toggle(f.value)}
                  className={cn(!on && "text-foreground")}
                >
                  {f.label}
                </Button>
              );
            })}
          </div>
          {payments.error ? <Alert variant="destructive">{errorMessage(payments.error)}</Alert> : null}
          <div className="min-w-0 overflow-x-auto">
            <DataTable
              label="Folios y pagos"
              columns={columns}
              rows={payments.data?.items}
              total={payments.data?.total}
              page={params.page}
              size={params.size}
              sort={params.sort}
              onPageChange={(page) => update({ page })}
              onSizeChange={(size) => update({ size })}
              onSortChange={(sort) => update({ sort })}
              getRowId={(r) => String(r.id)}
              isLoading={payments.isPending}
              isFetching={payments.isFetching}
              emptyMessage="Ningún pago coincide con los filtros."
              columnToggle={false}
            />
          </div>
        </section>
        <section aria-label="Folio seleccionado" className="min-w-0">
          {selected ? (
            <PolicyPaymentsPanel policyId={selected} />
          ) : (
            <p className="rounded-lg border border-dashed p-8 text-center text-sm text-muted-foreground">
              Elige un folio de la lista para ver sus pagos.
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
