"use client";

import {
  type ColumnDef,
  type SortingState,
  type VisibilityState,
  flexRender,
  getCoreRowModel,
  useReactTable,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown, ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight, Columns3 } from "lucide-react";
import * as React from "react";

import { formatInteger } from "@/lib/format";
import { cn } from "@/lib/utils";

import { Button } from "./button";
import { Checkbox } from "./checkbox";
import { DropdownMenu, DropdownMenuContent, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "./dropdown-menu";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "./select";
import { Skeleton } from "./skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "./table";

export const PAGE_SIZES = [10, 25, 50, 100] as const;

/** The API's sort parameter ("name", "-created_at") <-> TanStack's sorting state. */
export function sortToState(sort: string | null | undefined): SortingState {
  if (!sort) return [];
  return sort.startsWith("-") ? [{ id: sort.slice(1), desc: true }] : [{ id: sort, desc: false }];
}

export function stateToSort(state: SortingState): string | null {
  const first = state[0];
  if (!first) return null;
  return first.desc ? `-${first.id}` : first.id;
}

export interface DataTableProps<T> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns mix value types
  columns: ColumnDef<T, any>[];
  /** The current page's rows (undefined while the first page loads). */
  rows: T[] | undefined;
  /** Rows in all pages (the API's `total`). */
  total: number | undefined;
  /** 1-based, as the API counts. */
  page: number;
  size: number;
  sort: string | null;
  onPageChange: (page: number) => void;
  onSizeChange: (size: number) => void;
  onSortChange: (sort: string | null) => void;
  getRowId: (row: T) => string;
  isLoading?: boolean;
  /** A refetch is in flight: the rows stay, dimmed. */
  isFetching?: boolean;
  emptyMessage?: string;
  /** Accessible name of the table. */
  label: string;
  /** Offer the show/hide columns menu (screens.md §1.0). */
  columnToggle?: boolean;
}

/**
 * A data table over TanStack Table with the paging and sorting done by the server: the table
 * only renders the page it is given and reports page, size and sort changes. Columns sort when
 * their definition says `enableSorting: true` (the id is the API's sort key).
 */
export function DataTable<T>({
  columns,
  rows,
  total,
  page,
  size,
  sort,
  onPageChange,
  onSizeChange,
  onSortChange,
  getRowId,
  isLoading = false,
  isFetching = false,
  emptyMessage = "No hay registros que coincidan.",
  label,
  columnToggle = true,
}: DataTableProps<T>) {
  const [columnVisibility, setColumnVisibility] = React.useState<VisibilityState>({});
  const pageCount = total === undefined ? 1 : Math.max(1, Math.ceil(total / size));
  const sorting = React.useMemo(() => sortToState(sort), [sort]);

  const table = useReactTable({
    data: rows ?? [],
    columns,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    enableSortingRemoval: true,
    enableMultiSort: false,
    pageCount,
    state: { sorting, columnVisibility, pagination: { pageIndex: page - 1, pageSize: size } },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      onSortChange(stateToSort(next));
    },
    onColumnVisibilityChange: setColumnVisibility,
  });

  const first = total ? (page - 1) * size + 1 : 0;
  const last = total ? Math.min(total, page * size) : 0;
  const visibleColumns = table.getVisibleLeafColumns().length;

  return (
    <div className="grid gap-3">
      {columnToggle ? (
        <div className="flex justify-end">
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button variant="outline" size="sm">
                <Columns3 aria-hidden="true" />
                Columnas
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent align="end" className="w-56">
              <DropdownMenuLabel>Mostrar columnas</DropdownMenuLabel>
              <DropdownMenuSeparator />
              {table
                .getAllLeafColumns()
                .filter((column) => column.getCanHide())
                .map((column) => {
                  const id = `col-toggle-${column.id}`;
                  return (
                    <label key={column.id} htmlFor={id} className="flex items-center gap-2 rounded-sm px-2 py-1.5 text-sm hover:bg-accent">
                      <Checkbox
                        id={id}
                        checked={column.getIsVisible()}
                        onCheckedChange={(value) => column.toggleVisibility(value === true)}
                      />
                      {typeof column.columnDef.header === "string" ? column.columnDef.header : column.id}
                    </label>
                  );
                })}
            </DropdownMenuContent>
          </DropdownMenu>
        </div>
      ) : null}

      <div className={cn("rounded-lg border bg-card", isFetching && !isLoading && "opacity-70")} aria-busy={isLoading || isFetching}>
        <Table aria-label={label}>
          <TableHeader>
            {table.getHeaderGroups().map((group) => (
              <TableRow key={group.id} className="hover:bg-transparent">
                {group.headers.map((header) => {
                  const canSort = header.column.getCanSort();
                  const direction = header.column.getIsSorted();
                  const content = header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <TableHead
                      key={header.id}
                      aria-sort={direction === "asc" ? "ascending" : direction === "desc" ? "descending" : canSort ? "none" : undefined}
                    >
                      {canSort ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className="-ml-1 inline-flex items-center gap-1 rounded px-1 py-0.5 uppercase hover:text-foreground"
                        >
                          {content}
                          {direction === "asc" ? (
                            <ArrowUp aria-hidden="true" className="size-3.5" />
                          ) : direction === "desc" ? (
                            <ArrowDown aria-hidden="true" className="size-3.5" />
                          ) : (
                            <ArrowUpDown aria-hidden="true" className="size-3.5 opacity-40" />
                          )}
                        </button>
                      ) : (
                        content
                      )}
                    </TableHead>
                  );
                })}
              </TableRow>
            ))}
          </TableHeader>
          <TableBody>
            {isLoading && !rows ? (
              Array.from({ length: Math.min(size, 8) }, (_, i) => (
                <TableRow key={`skeleton-${i}`}>
                  <TableCell colSpan={visibleColumns}>
                    <Skeleton className="h-5 w-full" />
                  </TableCell>
                </TableRow>
              ))
            ) : table.getRowModel().rows.length === 0 ? (
              <TableRow className="hover:bg-transparent">
                <TableCell colSpan={visibleColumns} className="h-24 text-center text-muted-foreground">
                  {emptyMessage}
                </TableCell>
              </TableRow>
            ) : (
              table.getRowModel().rows.map((row) => (
                <TableRow key={row.id}>
                  {row.getVisibleCells().map((cell) => (
                    <TableCell key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</TableCell>
                  ))}
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </div>

      <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-muted-foreground">
        <p aria-live="polite">
          {total === undefined
            ? "Cargando…"
            : total === 0
              ? "Sin resultados"
              : `Mostrando ${formatInteger(first)}–${formatInteger(last)} de ${formatInteger(total)}`}
        </p>
        <div className="flex items-center gap-4">
          <div className="flex items-center gap-2">
            <span id="page-size-label">Filas por página</span>
            <Select value={String(size)} onValueChange={(value) => onSizeChange(Number(value))}>
              <SelectTrigger className="h-8 w-20" aria-labelledby="page-size-label">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {PAGE_SIZES.map((n) => (
                  <SelectItem key={n} value={String(n)}>
                    {n}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          <span>
            Página {formatInteger(page)} de {formatInteger(pageCount)}
          </span>
          <div className="flex items-center gap-1">
            <Button variant="outline" size="icon" className="size-8" onClick={() => onPageChange(1)} disabled={page <= 1} aria-label="Primera página">
              <ChevronsLeft />
            </Button>
            <Button variant="outline" size="icon" className="size-8" onClick={() => onPageChange(page - 1)} disabled={page <= 1} aria-label="Página anterior">
              <ChevronLeft />
            </Button>
            <Button variant="outline" size="icon" className="size-8" onClick={() => onPageChange(page + 1)} disabled={page >= pageCount} aria-label="Página siguiente">
              <ChevronRight />
            </Button>
            <Button variant="outline" size="icon" className="size-8" onClick={() => onPageChange(pageCount)} disabled={page >= pageCount} aria-label="Última página">
              <ChevronsRight />
            </Button>
          </div>
        </div>
      </div>
    </div>
  );
}
