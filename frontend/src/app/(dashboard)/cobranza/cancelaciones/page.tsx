import type { Metadata } from "next";

import { CancellationsScreen } from "@/features/cancellations/components/cancellations-screen";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Cancelaciones" };

export default function CancellationsPage() {
  return (
    <ScreenGuard screen={SCREENS.cancellations}>
      <CancellationsScreen />
    </ScreenGuard>
  );
}
