"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api";

import { adminKeys } from "./keys";

export function useUsers(params: { page: number; size: number; sort: string | null; q: string; active: string }) {
  return useQuery({
    queryKey: adminKeys.userList(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/admin/users", {
          params: {
            query: {
              page: params.page,
              size: params.size,
              sort: params.sort,
              q: params.q || null,
              active: params.active === "" ? null : params.active === "true",
            },
          },
          signal,
        }),
      ),
    // The current page stays on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}
