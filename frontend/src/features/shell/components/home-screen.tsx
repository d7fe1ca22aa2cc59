"use client";

import { useSessionStore } from "@/features/auth/api/session-store";
import { HomeSummary } from "@/features/dashboard/components/home-summary";
import { formatDate, todayInMexico } from "@/lib/format";

/** Inicio: a greeting and the summary of what the user may read (features/dashboard). */
export function HomeScreen() {
  const user = useSessionStore((s) => s.user);
  if (!user) return null;
  const firstName = user.full_name.split(" ")[0] ?? user.full_name;
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Hola, {firstName}</h1>
        <p className="mt-1 text-sm text-muted-foreground">Hoy es {formatDate(todayInMexico())}.</p>
      </div>
      <HomeSummary user={user} />
    </div>
  );
}
