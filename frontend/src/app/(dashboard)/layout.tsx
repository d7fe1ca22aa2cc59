import { Suspense } from "react";

import { SessionGate } from "@/features/auth/components/session-gate";
import { AppShell } from "@/features/shell/components/app-shell";

export default function DashboardLayout({ children }: { children: React.ReactNode }) {
  return (
    <Suspense>
      <SessionGate>
        <AppShell>{children}</AppShell>
      </SessionGate>
    </Suspense>
  );
}
