import type { Metadata } from "next";

import { PolicyWizard } from "@/features/policy-wizard/components/policy-wizard";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Nueva póliza" };

export default function NewPolicyPage() {
  return (
    <ScreenGuard screen={SCREENS.policyNew}>
      <PolicyWizard />
    </ScreenGuard>
  );
}
