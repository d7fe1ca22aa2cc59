import type { Metadata } from "next";

import { EmployeeDetail } from "@/features/employees/components/employee-detail";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Empleado" };

export default async function EmployeePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <ScreenGuard screen={SCREENS.employees}>
      <EmployeeDetail id={Number(id)} />
    </ScreenGuard>
  );
}
