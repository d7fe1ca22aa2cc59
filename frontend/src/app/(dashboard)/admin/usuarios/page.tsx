import type { Metadata } from "next";

import { UsersList } from "@/features/admin/components/users-list";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Usuarios" };

export default function UsersPage() {
  return (
    <ScreenGuard screen={SCREENS.users}>
      <UsersList />
    </ScreenGuard>
  );
}
