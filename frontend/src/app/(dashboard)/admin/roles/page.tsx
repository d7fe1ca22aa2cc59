import type { Metadata } from "next";

import { RolesScreen } from "@/features/access/components/roles-screen";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Roles y permisos" };

export default function RolesPage() {
  return (
    <ScreenGuard screen={SCREENS.roles}>
      <RolesScreen />
    </ScreenGuard>
  );
}
