import type { Metadata } from "next";

import { UserDetail } from "@/features/admin/components/user-detail";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Usuario" };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <ScreenGuard screen={SCREENS.users}>
      <UserDetail id={Number(id)} />
    </ScreenGuard>
  );
}
