import type { Metadata } from "next";

import { PasswordChangeScreen } from "@/features/auth/components/login-screens";

export const metadata: Metadata = { title: "Cambiar contraseña" };

export default function PasswordChangePage() {
  return <PasswordChangeScreen />;
}
