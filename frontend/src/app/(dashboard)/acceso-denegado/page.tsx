import type { Metadata } from "next";

import { AccessDenied } from "@/features/shell/components/access-denied";

export const metadata: Metadata = { title: "Acceso denegado" };

export default function AccessDeniedPage() {
  return <AccessDenied />;
}
