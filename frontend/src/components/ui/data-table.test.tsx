import type { ColumnDef } from "@tanstack/react-table";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { describe, expect, it, vi } from "vitest";

import { DataTable, sortToState, stateToSort } from "./data-table";

interface Row {
  id: number;
  name: string;
}

const columns: ColumnDef<Row>[] = [
  { id: "id", header: "ID", accessorKey: "id", enableSorting: false },
  { id: "name", header: "Nombre", accessorKey: "name", enableSorting: true },
];

const page = (n: number, size: number, total: number): Row[] =>
  Array.from({ length: Math.max(0, Math.min(size, total - (n - 1) * size)) }, (_, i) => {
    const id = (n - 1) * size + i + 1;
    return { id, name: `Persona ${id}` };
  });

/** A parent that keeps the paging state and "fetches" each page, as a screen does with the API. */
function Harness({ total = 120, onRequest }: { total?: number; onRequest: (p: { page: number; size: number; sort: string | null }) => void }) {
  const [state, setState] = React.useState({ page: 1, size: 25, sort: null as string | null });
  React.useEffect(() => onRequest(state), [state, onRequest]);
  return (
    <DataTable
      label="Personas"
      columns={columns}
      rows={page(state.page, state.size, total)}
      total={total}
      page={state.page}
      size={state.size}
      sort={state.sort}
      onPageChange={(p) => setState((s) => ({ ...s, page: p }))}
      onSizeChange={(size) => setState((s) => ({ ...s, size, page: 1 }))}
      onSortChange={(sort) => setState((s) => ({ ...s, sort, page: 1 }))}
      getRowId={(r) => String(r.id)}
    />
  );
}

describe("DataTable (server-side paging and sorting)", () => {
  it("renders only the page it is given and counts over the total", () => {
    render(<Harness onRequest={vi.fn()} />);
    const table = screen.getByRole("table", { name: "Personas" });
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 25);
    expect(screen.getByText("Mostrando 1–25 de 120")).toBeInTheDocument();
    expect(screen.getByText("Página 1 de 5")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Página anterior" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Primera página" })).toBeDisabled();
  });

  it("asks the parent for the next, last and first pages", async () => {
    const user = userEvent.setup();
    const onRequest = vi.fn();
    render(<Harness onRequest={onRequest} />);
    await user.click(screen.getByRole("button", { name: "Página siguiente" }));
    expect(onRequest).toHaveBeenLastCalledWith({ page: 2, size: 25, sort: null });
    expect(screen.getByText("Mostrando 26–50 de 120")).toBeInTheDocument();
    expect(screen.getByRole("cell", { name: "Persona 26" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Última página" }));
    expect(onRequest).toHaveBeenLastCalledWith({ page: 5, size: 25, sort: null });
    expect(screen.getByText("Mostrando 101–120 de 120")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Página siguiente" })).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "Primera página" }));
    expect(onRequest).toHaveBeenLastCalledWith({ page: 1, size: 25, sort: null });
  });

  it("cycles a sortable column ascending, descending, off, in the API's notation", async () => {
    const user = userEvent.setup();
    const onRequest = vi.fn();
    render(<Harness onRequest={onRequest} />);
    const header = () => screen.getByRole("columnheader", { name: /Nombre/ });
    expect(header()).toHaveAttribute("aria-sort", "none");
    // ID is not sortable: no button in its header.
    expect(within(screen.getByRole("columnheader", { name: "ID" })).queryByRole("button")).toBeNull();

    await user.click(within(header()).getByRole("button"));
    expect(onRequest).toHaveBeenLastCalledWith({ page: 1, size: 25, sort: "name" });
    expect(header()).toHaveAttribute("aria-sort", "ascending");
    await user.click(within(header()).getByRole("button"));
    expect(onRequest).toHaveBeenLastCalledWith({ page: 1, size: 25, sort: "-name" });
    expect(header()).toHaveAttribute("aria-sort", "descending");
    await user.click(within(header()).getByRole("button"));
    expect(onRequest).toHaveBeenLastCalledWith({ page: 1, size: 25, sort: null });
  });

  it("says so when there is nothing", () => {
    render(<Harness total={0} onRequest={vi.fn()} />);
    expect(screen.getByText("No hay registros que coincidan.")).toBeInTheDocument();
    expect(screen.getByText("Sin resultados")).toBeInTheDocument();
    expect(screen.getByText("Página 1 de 1")).toBeInTheDocument();
  });

  it("maps the sort parameter both ways", () => {
    expect(sortToState("-created_at")).toEqual([{ id: "created_at", desc: true }]);
    expect(sortToState("name")).toEqual([{ id: "name", desc: false }]);
    expect(sortToState(null)).toEqual([]);
    expect(stateToSort([{ id: "name", desc: true }])).toBe("-name");
    expect(stateToSort([])).toBeNull();
  });
});
