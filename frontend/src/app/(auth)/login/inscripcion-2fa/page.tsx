import type { Metadata } from "next";

import { EnrollmentScreen } from "@/features/auth/components/login-screens";

export const metadata: Metadata = { title: "Activar verificación en dos pasos" };

export default function EnrollmentPage() {
  return <EnrollmentScreen />;
}
