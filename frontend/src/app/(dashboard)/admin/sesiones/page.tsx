import type { Metadata } from "next";

import { SessionsScreen } from "@/features/access/components/sessions-screen";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Sesiones activas" };

export default function SessionsPage() {
  return (
    <ScreenGuard screen={SCREENS.sessions}>
      <SessionsScreen />
    </ScreenGuard>
  );
}
