/** Query keys of the employees feature. */
export interface EmployeeListParams {
  page: number;
  size: number;
  sort: string | null;
  q: string;
  department: string;
  flag: string;
  active: string;
}

export const employeeKeys = {
  all: ["employees"] as const,
  lists: () => [...employeeKeys.all, "list"] as const,
  list: (params: EmployeeListParams) => [...employeeKeys.lists(), params] as const,
  detail: (id: number) => [...employeeKeys.all, "detail", id] as const,
  schedule: (id: number) => [...employeeKeys.all, "schedule", id] as const,
  departments: () => ["departments"] as const,
  withoutUser: (q: string) => [...employeeKeys.all, "without-user", q] as const,
};
