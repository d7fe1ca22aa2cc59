"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import * as React from "react";

import { Button } from "@/components/ui/button";
import { useSessionStore } from "@/features/auth/api/session-store";
import { SCREENS } from "@/features/shell/navigation";
import { can } from "@/lib/permissions";

import { EmployeeFormSheet } from "./employee-form";
import { EmployeesList } from "./employees-list";

/** Empleados: the list, and "Nuevo empleado" for who may write (admin.employees). */
export function EmployeesScreen() {
  const user = useSessionStore((s) => s.user);
  const router = useRouter();
  const [open, setOpen] = React.useState(false);
  const actions = can(user, "admin.employees") ? (
    <Button onClick={() => setOpen(true)}>
      <Plus className="size-4" /> Nuevo empleado
    </Button>
  ) : null;
  return (
    <>
      <EmployeesList actions={actions} />
      <EmployeeFormSheet
        open={open}
        onOpenChange={setOpen}
        employee={null}
        // The record shows the code the server assigned, and where departments and schedule are set.
        onSaved={(saved) => router.push(`${SCREENS.employees.href}/${saved.id}`)}
      />
    </>
  );
}
