import type { Metadata } from "next";

import { PaymentsScreen } from "@/features/payments/components/payments-screen";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Pagos" };

export default function PaymentsPage() {
  return (
    <ScreenGuard screen={SCREENS.payments}>
      <PaymentsScreen />
    </ScreenGuard>
  );
}
