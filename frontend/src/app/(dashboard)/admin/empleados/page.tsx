import type { Metadata } from "next";

import { EmployeesScreen } from "@/features/employees/components/employees-screen";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Empleados" };

export default function EmployeesPage() {
  return (
    <ScreenGuard screen={SCREENS.employees}>
      <EmployeesScreen />
    </ScreenGuard>
  );
}
