import type { Metadata } from "next";

import { CoveragesScreen } from "@/features/coverages/components/coverages-screen";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Coberturas" };

export default function CoveragesPage() {
  return (
    <ScreenGuard screen={SCREENS.coverages}>
      <CoveragesScreen />
    </ScreenGuard>
  );
}
