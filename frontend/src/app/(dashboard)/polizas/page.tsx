import type { Metadata } from "next";

import { PoliciesList } from "@/features/policies/components/policies-list";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Pólizas" };

export default function PoliciesPage() {
  return (
    <ScreenGuard screen={SCREENS.policies}>
      <PoliciesList />
    </ScreenGuard>
  );
}
