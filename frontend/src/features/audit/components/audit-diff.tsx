import { cn } from "@/lib/utils";

import { type DiffRow, auditDiff, formatAuditValue, formatListItem, listChanges } from "../lib/diff";

const STATUS_LABEL: Record<DiffRow["status"], string | null> = {
  added: "Nuevo",
  removed: "Eliminado",
  changed: "Cambió",
  same: null,
};

function ListChanges({ before, after }: { before: unknown; after: unknown }) {
  const changes = listChanges(before, after);
  if (!changes || (changes.added.length === 0 && changes.removed.length === 0)) return null;
  return (
    <ul className="mt-1 grid gap-0.5 text-xs" aria-label="Elementos que cambiaron">
      {changes.added.map((item, i) => (
        <li key={`a${i}`} className="text-emerald-800">
          + {formatListItem(item)}
        </li>
      ))}
      {changes.removed.map((item, i) => (
        <li key={`r${i}`} className="text-destructive">
          − {formatListItem(item)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The before/after of an audit row as a field table: changed, new and removed fields are
 * highlighted (and say so in words); for a list, the elements that came and went are listed.
 */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const rows = auditDiff(before, after);
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">Este registro no guarda datos de antes y después.</p>;
  const changed = rows.filter((r) => r.status !== "same").length;
  return (
    <div className="grid gap-2">
      <p className="text-xs text-muted-foreground">
        {changed === 1 ? "1 campo cambió" : `${changed} campos cambiaron`}
        {rows.length > changed ? ` de ${rows.length}` : ""}.
      </p>
      <div className="overflow-x-auto rounded-md border">
        <table className="w-full text-sm" aria-label="Cambios">
          <thead className="bg-muted/60 text-xs uppercase text-muted-foreground">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Campo
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Antes
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Después
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const status = STATUS_LABEL[r.status];
              return (
                <tr
                  key={r.path}
                  data-status={r.status}
                  className={cn("border-t align-top", r.status === "same" ? "text-muted-foreground" : "bg-amber-50")}
                >
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {r.label}
                    {status ? <span className="ml-2 rounded bg-amber-200 px-1.5 py-0.5 text-[10px] font-semibold uppercase text-amber-900">{status}</span> : null}
                  </th>
                  <td className={cn("px-3 py-2 break-words", r.status !== "same" && r.status !== "added" && "text-red-800 line-through decoration-red-300")}>
                    {r.status === "added" ? "—" : formatAuditValue(r.before)}
                  </td>
                  <td className={cn("px-3 py-2 break-words", r.status !== "same" && r.status !== "removed" && "font-medium text-emerald-900")}>
                    {r.status === "removed" ? "—" : formatAuditValue(r.after)}
                    {r.status === "changed" ? <ListChanges before={r.before} after={r.after} /> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
