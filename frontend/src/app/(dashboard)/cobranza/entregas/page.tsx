import type { Metadata } from "next";

import { CashScreen } from "@/features/cash/components/cash-screen";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Entregas de efectivo" };

export default function CashDeliveriesPage() {
  return (
    <ScreenGuard screen={SCREENS.cashDeliveries}>
      <CashScreen />
    </ScreenGuard>
  );
}
