import type { Metadata } from "next";

import { SettingsScreen } from "@/features/settings/components/settings-screen";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Configuración" };

export default function SettingsPage() {
  return (
    <ScreenGuard screen={SCREENS.settings}>
      <SettingsScreen />
    </ScreenGuard>
  );
}
