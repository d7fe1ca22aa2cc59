import type { Metadata } from "next";

import { ClientsScreen } from "@/features/clients/components/clients-screen";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Clientes" };

export default function ClientsPage() {
  return (
    <ScreenGuard screen={SCREENS.clients}>
      <ClientsScreen />
    </ScreenGuard>
  );
}
