import type { Metadata } from "next";

import { CancellationCodesScreen } from "@/features/settings/components/cancellation-codes-screen";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Motivos de cancelación" };

export default function CancellationCodesPage() {
  return (
    <ScreenGuard screen={SCREENS.cancellationCodes}>
      <CancellationCodesScreen />
    </ScreenGuard>
  );
}
