import type { Metadata } from "next";

import { LoginScreen } from "@/features/auth/components/login-screens";

export const metadata: Metadata = { title: "Iniciar sesión" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  return <LoginScreen next={typeof next === "string" ? next : null} />;
}
