import type { Metadata } from "next";

import { MySessions } from "@/features/auth/components/my-sessions";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Mis sesiones" };

export default function MySessionsPage() {
  return (
    <ScreenGuard screen={SCREENS.mySessions}>
      <MySessions />
    </ScreenGuard>
  );
}
