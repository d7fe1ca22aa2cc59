import type { Metadata } from "next";

import { ReceiptsScreen } from "@/features/receipts/components/receipts-screen";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Recibos" };

export default function ReceiptsPage() {
  return (
    <ScreenGuard screen={SCREENS.receipts}>
      <ReceiptsScreen />
    </ScreenGuard>
  );
}
