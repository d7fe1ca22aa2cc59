"use client";

import { cn } from "@/lib/utils";
import type { PermissionHolder } from "@/lib/permissions";

import { usePending } from "../api/queries";

/**
 * The menu counter of Autorizaciones: proposals and policy submissions waiting (pending or in
 * review), from GET /authorization/pending; socket events invalidate it (features/realtime).
 */
export function PendingAuthorizationsBadge({ user, collapsed = false }: { user: PermissionHolder; collapsed?: boolean }) {
  const pending = usePending(user);
  const total = pending.data?.counts.total ?? 0;
  if (!total) return null;
  const label = total === 1 ? "1 pendiente de autorizar" : `${total} pendientes de autorizar`;
  return (
    <span
      data-testid="authorizations-badge"
      data-count={total}
      title={label}
      className={cn(
        "ml-auto inline-flex min-w-5 items-center justify-center rounded-full bg-amber-400 px-1.5 text-xs font-semibold leading-5 text-slate-900",
        collapsed && "absolute -right-1 -top-1 ml-0 min-w-4 px-1 text-[10px] leading-4",
      )}
    >
      <span aria-hidden="true">{total > 99 ? "99+" : total}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
