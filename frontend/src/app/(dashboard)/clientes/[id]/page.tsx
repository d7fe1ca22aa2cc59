import type { Metadata } from "next";

import { ClientDetailScreen } from "@/features/clients/components/clients-screen";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Cliente" };

export default async function ClientPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <ScreenGuard screen={SCREENS.clients}>
      <ClientDetailScreen id={Number(id)} />
    </ScreenGuard>
  );
}
