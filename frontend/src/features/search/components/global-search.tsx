"use client";

import { FileText, Loader2, Search, User } from "lucide-react";
import Link from "next/link";
import { Popover } from "radix-ui";
import * as React from "react";

import { PolicyStatusBadge } from "@/components/ui/badge";
import { SCREENS, canOpen } from "@/features/shell/navigation";
import { errorMessage } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import type { PermissionHolder } from "@/lib/permissions";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { cn } from "@/lib/utils";

import { MIN_QUERY, canSearch, useGlobalSearch } from "../api/queries";

/**
 * The header's search over clients and policies. A result links to its detail screen once that
 * screen exists (navigation.ts); until then it shows what was found. "/" focuses the box.
 */
export function GlobalSearch({ user }: { user: PermissionHolder }) {
  const [text, setText] = React.useState("");
  const [open, setOpen] = React.useState(false);
  const inputRef = React.useRef<HTMLInputElement>(null);
  const q = useDebouncedValue(text, 250);
  const { clients, policies, enabled } = useGlobalSearch(q, user);

  React.useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable);
      if (event.key === "/" && !typing) {
        event.preventDefault();
        inputRef.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  if (!canSearch(user)) return null;

  const clientHref = canOpen(user, SCREENS.clients) ? (id: number) => `${SCREENS.clients.href}/${id}` : null;
  const policyHref = canOpen(user, SCREENS.policies) ? (id: number) => `${SCREENS.policies.href}/${id}` : null;
  const loading = (clients.isFetching || policies.isFetching) && enabled;
  const clientRows = clients.data?.items ?? [];
  const policyRows = policies.data?.items ?? [];
  const nothing = enabled && !loading && !clientRows.length && !policyRows.length && !clients.error && !policies.error;

  return (
    <Popover.Root open={open && text.trim().length >= MIN_QUERY} onOpenChange={setOpen}>
      <Popover.Anchor asChild>
        <div className="relative w-48 sm:w-72 lg:w-96">
          <Search aria-hidden="true" className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" />
          <input
            ref={inputRef}
            type="search"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onKeyDown={(e) => {
              if (e.key === "Escape") setOpen(false);
            }}
            placeholder="Buscar cliente, folio, placas, serie…"
            aria-label="Buscar clientes y pólizas"
            className="h-9 w-full rounded-md border border-input bg-background pl-8 pr-8 text-sm placeholder:text-muted-foreground focus-visible:border-ring focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring/30"
          />
          {loading ? <Loader2 aria-hidden="true" className="absolute right-2.5 top-1/2 size-4 -translate-y-1/2 animate-spin text-muted-foreground" /> : null}
        </div>
      </Popover.Anchor>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          onOpenAutoFocus={(e) => e.preventDefault()}
          onInteractOutside={(e) => {
            if (e.target instanceof Node && inputRef.current?.contains(e.target)) e.preventDefault();
          }}
          className="z-50 w-[min(32rem,calc(100vw-2rem))] rounded-lg border bg-popover p-2 text-popover-foreground shadow-lg animate-in"
          data-testid="search-results"
        >
          {clients.error || policies.error ? (
            <p className="px-2 py-3 text-sm text-destructive">{errorMessage(clients.error ?? policies.error)}</p>
          ) : null}
          {nothing ? <p className="px-2 py-3 text-sm text-muted-foreground">Sin resultados para «{q.trim()}».</p> : null}
          {clientRows.length ? (
            <ResultGroup title="Clientes">
              {clientRows.map((c) => (
                <ResultRow key={`c${c.id}`} href={clientHref?.(c.id)} onPick={() => setOpen(false)} icon={User}>
                  <span className="font-medium">{c.full_name}</span>
                  <span className="text-xs text-muted-foreground">
                    {[c.phone_whatsapp, c.rfc].filter(Boolean).join(" · ")}
                  </span>
                </ResultRow>
              ))}
            </ResultGroup>
          ) : null}
          {policyRows.length ? (
            <ResultGroup title="Pólizas">
              {policyRows.map((p) => (
                <ResultRow key={`p${p.id}`} href={policyHref?.(p.id)} onPick={() => setOpen(false)} icon={FileText}>
                  <span className="flex items-center gap-2 font-medium">
                    Folio {p.folio} <PolicyStatusBadge status={p.status} />
                  </span>
                  <span className="text-xs text-muted-foreground">
                    {[p.client_name, [p.make, p.model, p.year].filter(Boolean).join(" "), p.plates, `vence ${formatDate(p.expiration_date)}`]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </ResultRow>
              ))}
            </ResultGroup>
          ) : null}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

function ResultGroup({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="py-1">
      <p className="px-2 pb-1 text-xs font-semibold uppercase tracking-wide text-muted-foreground">{title}</p>
      <ul className="grid">{children}</ul>
    </div>
  );
}

function ResultRow({
  href,
  onPick,
  icon: Icon,
  children,
}: {
  href: string | null | undefined;
  onPick: () => void;
  icon: typeof User;
  children: React.ReactNode;
}) {
  const body = (
    <>
      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
      <span className="grid min-w-0 gap-0.5 [&>span]:truncate">{children}</span>
    </>
  );
  const cls = cn("flex items-start gap-2 rounded-md px-2 py-1.5 text-sm", href && "hover:bg-accent");
  return (
    <li>
      {href ? (
        <Link href={href} className={cls} onClick={onPick}>
          {body}
        </Link>
      ) : (
        <div className={cls}>{body}</div>
      )}
    </li>
  );
}
