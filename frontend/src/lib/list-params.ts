"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import * as React from "react";

import { PAGE_SIZES } from "@/components/ui/data-table";

export interface ListParams {
  page: number;
  size: number;
  sort: string | null;
  q: string;
  /** Any other filter of the list, as strings (empty = not set). */
  filters: Record<string, string>;
}

/**
 * A list's page, size, sort, search and filters, kept in the URL (?page=2&size=50&sort=-name&q=…)
 * so a reload, the back button and a shared link show the same page. A change of search, sort,
 * size or filter goes back to page 1.
 */
export function useListParams(defaults: { size?: number; sort?: string | null; filters?: readonly string[] } = {}) {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filterNames = defaults.filters ?? [];

  const sizeRaw = Number(searchParams.get("size"));
  const params: ListParams = {
    page: Math.max(1, Math.floor(Number(searchParams.get("page"))) || 1),
    size: (PAGE_SIZES as readonly number[]).includes(sizeRaw) ? sizeRaw : (defaults.size ?? 25),
    sort: searchParams.get("sort") ?? defaults.sort ?? null,
    q: searchParams.get("q") ?? "",
    filters: Object.fromEntries(filterNames.map((name) => [name, searchParams.get(name) ?? ""])),
  };

  const update = React.useCallback(
    (patch: Partial<Omit<ListParams, "filters">> & { filters?: Record<string, string> }) => {
      const next = new URLSearchParams(searchParams.toString());
      const set = (key: string, value: string | number | null | undefined) => {
        if (value === null || value === undefined || value === "") next.delete(key);
        else next.set(key, String(value));
      };
      const resetsPage = "size" in patch || "sort" in patch || "q" in patch || "filters" in patch;
      if ("size" in patch) set("size", patch.size);
      if ("sort" in patch) set("sort", patch.sort);
      if ("q" in patch) set("q", patch.q);
      for (const [key, value] of Object.entries(patch.filters ?? {})) set(key, value);
      set("page", "page" in patch ? (patch.page === 1 ? null : patch.page) : resetsPage ? null : next.get("page"));
      const query = next.toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [searchParams, router, pathname],
  );

  return [params, update] as const;
}
