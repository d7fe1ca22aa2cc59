"use client";

import type { Schemas } from "@protegrt/api-client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api";

import { type EmployeeListParams, employeeKeys } from "./keys";

type EmployeeSort = "name" | "-name" | "code" | "-code" | "hire_date" | "-hire_date" | "created_at" | "-created_at";
const SORTS: readonly string[] = ["name", "-name", "code", "-code", "hire_date", "-hire_date", "created_at", "-created_at"];
const FLAGS = ["seller", "collector", "adjuster"] as const;
type Flag = (typeof FLAGS)[number];

export function useEmployees(params: EmployeeListParams) {
  return useQuery({
    queryKey: employeeKeys.list(params),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/employees", {
          params: {
            query: {
              page: params.page,
              size: params.size,
              sort: params.sort && SORTS.includes(params.sort) ? (params.sort as EmployeeSort) : null,
              q: params.q.trim() || null,
              department: params.department || null,
              flag: (FLAGS as readonly string[]).includes(params.flag) ? (params.flag as Flag) : null,
              active: params.active === "" ? null : params.active === "true",
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useEmployee(id: number) {
  return useQuery({
    queryKey: employeeKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/employees/{employee_id}", { params: { path: { employee_id: id } }, signal })),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** The departments (code and name): filters, memberships and per-department roles. */
export function useDepartments(enabled = true) {
  return useQuery({
    queryKey: employeeKeys.departments(),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/employees/departments", { signal })),
    enabled,
    staleTime: 30 * 60_000,
  });
}

/** Active employees without a login, for "Nuevo usuario". */
export function useEmployeesWithoutUser(q: string, enabled: boolean) {
  return useQuery({
    queryKey: employeeKeys.withoutUser(q),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET("/api/v1/employees", {
          params: { query: { q: q.trim() || null, active: true, has_user: false, size: 50, sort: "name" } },
          signal,
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useEmployeeSchedule(id: number) {
  return useQuery({
    queryKey: employeeKeys.schedule(id),
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/employees/{employee_id}/schedule", { params: { path: { employee_id: id } }, signal })),
  });
}

export type EmployeeBody = Schemas["EmployeeCreate"] & Schemas["EmployeeUpdate"];

/** POST (new) or PATCH (edit). Throws the API's error (fields for the form). */
export async function saveEmployee(body: Schemas["EmployeeCreate"] | Schemas["EmployeeUpdate"], id: number | null) {
  return id === null
    ? unwrap(api.POST("/api/v1/employees", { body: body as Schemas["EmployeeCreate"] }))
    : unwrap(api.PATCH("/api/v1/employees/{employee_id}", { params: { path: { employee_id: id } }, body: body as Schemas["EmployeeUpdate"] }));
}

/** Any change to one employee: its record and every list (and the users, whose rows show it). */
function useEmployeeChanged(id: number) {
  const queryClient = useQueryClient();
  return (employee?: Schemas["EmployeeRead"]) => {
    if (employee) queryClient.setQueryData(employeeKeys.detail(id), employee);
    void queryClient.invalidateQueries({ queryKey: employeeKeys.all });
    void queryClient.invalidateQueries({ queryKey: ["admin", "users"] });
  };
}

export function useReplaceDepartments(id: number) {
  const changed = useEmployeeChanged(id);
  return useMutation({
    mutationFn: (body: Schemas["DepartmentMembershipIn"][]) =>
      unwrap(api.PUT("/api/v1/employees/{employee_id}/departments", { params: { path: { employee_id: id } }, body })),
    onSuccess: (employee) => changed(employee),
  });
}

export function useReplaceSchedule(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas["ScheduleWindow"][]) =>
      unwrap(api.PUT("/api/v1/employees/{employee_id}/schedule", { params: { path: { employee_id: id } }, body })),
    onSuccess: (windows) => queryClient.setQueryData(employeeKeys.schedule(id), windows),
  });
}

export function useSetEmployeeActive(id: number) {
  const changed = useEmployeeChanged(id);
  return useMutation({
    mutationFn: (v: { active: boolean; terminationDate?: string | null }) =>
      v.active
        ? unwrap(api.POST("/api/v1/employees/{employee_id}/activate", { params: { path: { employee_id: id } } }))
        : unwrap(
            api.POST("/api/v1/employees/{employee_id}/deactivate", {
              params: { path: { employee_id: id } },
              body: { termination_date: v.terminationDate ?? null },
            }),
          ),
    onSuccess: (employee) => changed(employee),
  });
}
