import type { Metadata } from "next";

import { PromotionsScreen } from "@/features/promotions/components/promotions-screen";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Promociones" };

export default function PromotionsPage() {
  return (
    <ScreenGuard screen={SCREENS.promotions}>
      <PromotionsScreen />
    </ScreenGuard>
  );
}
