import type { Metadata } from "next";

import { AuditScreen } from "@/features/audit/components/audit-screen";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Bitácora" };

export default function AuditPage() {
  return (
    <ScreenGuard screen={SCREENS.audit}>
      <AuditScreen />
    </ScreenGuard>
  );
}
