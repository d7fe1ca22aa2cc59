import { Badge } from "@/components/ui/badge";

import type { Employee } from "../schemas";

/** Vendedor / Cobrador / Ajustador as badges (an employee may be several). */
export function EmployeeFlagBadges({ employee }: { employee: Pick<Employee, "is_seller" | "is_collector" | "is_adjuster"> }) {
  const flags = [
    employee.is_seller ? { label: "Vendedor", tone: "blue" as const } : null,
    employee.is_collector ? { label: "Cobrador", tone: "green" as const } : null,
    employee.is_adjuster ? { label: "Ajustador", tone: "orange" as const } : null,
  ].filter((f) => f !== null);
  if (!flags.length) return <span className="text-muted-foreground">—</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {flags.map((f) => (
        <Badge key={f.label} tone={f.tone}>
          {f.label}
        </Badge>
      ))}
    </span>
  );
}

/** Departments, with "gerente" on those the employee manages. */
export function DepartmentBadges({ departments }: { departments: Employee["departments"] }) {
  if (!departments.length) return <span className="text-muted-foreground">—</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {departments.map((d) => (
        <Badge key={d.department} tone={d.is_manager ? "primary" : "neutral"}>
          {d.name}
          {d.is_manager ? " · gerente" : ""}
        </Badge>
      ))}
    </span>
  );
}

export function EmployeeStatusBadge({ active }: { active: boolean }) {
  return <Badge tone={active ? "green" : "grey"}>{active ? "Activo" : "Baja"}</Badge>;
}
