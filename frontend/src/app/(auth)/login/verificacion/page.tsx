import type { Metadata } from "next";

import { TwoFactorScreen } from "@/features/auth/components/login-screens";

export const metadata: Metadata = { title: "Verificación en dos pasos" };

export default function TwoFactorPage() {
  return <TwoFactorScreen />;
}
