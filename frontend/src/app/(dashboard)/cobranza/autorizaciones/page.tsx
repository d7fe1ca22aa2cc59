import type { Metadata } from "next";

import { AuthorizationsScreen } from "@/features/authorizations/components/authorizations-screen";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Autorizaciones" };

export default function AuthorizationsPage() {
  return (
    <ScreenGuard screen={SCREENS.authorizations}>
      <AuthorizationsScreen />
    </ScreenGuard>
  );
}
