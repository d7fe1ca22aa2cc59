"use client";

import { ArrowRight } from "lucide-react";
import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useSessionStore } from "@/features/auth/api/session-store";
import { formatDate, todayInMexico } from "@/lib/format";

import { isGroup, visibleNavigation } from "../navigation";
import { roleLabel } from "./user-menu";

/**
 * Inicio. The summary widgets of Issue 6 (policies by status, today's activity) come with the
 * policies screens; until then: who is signed in and the screens they can open.
 */
export function HomeScreen() {
  const user = useSessionStore((s) => s.user);
  if (!user) return null;
  const screens = visibleNavigation(user)
    .flatMap((entry) => (isGroup(entry) ? entry.items : [entry.screen]))
    .filter((s) => s.id !== "home");
  const firstName = user.full_name.split(" ")[0] ?? user.full_name;
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Hola, {firstName}</h1>
        <p className="mt-1 text-sm text-muted-foreground">Hoy es {formatDate(todayInMexico())}.</p>
      </div>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        <Card>
          <CardHeader>
            <CardTitle>Tu usuario</CardTitle>
            <CardDescription>@{user.username}</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-wrap gap-2">
            <Badge tone="primary">{roleLabel(user)}</Badge>
            {user.employee_code ? <Badge>{user.employee_code}</Badge> : null}
            {user.departments.map((d) => (
              <Badge key={d.code} tone="neutral">
                {d.code}
                {d.is_manager ? " (gerente)" : ""}
              </Badge>
            ))}
            <Badge tone={user.totp_enabled ? "green" : "grey"}>{user.totp_enabled ? "2FA activa" : "Sin 2FA"}</Badge>
          </CardContent>
        </Card>
        {screens.length ? (
          <Card className="md:col-span-1 xl:col-span-2">
            <CardHeader>
              <CardTitle>Tus pantallas</CardTitle>
            </CardHeader>
            <CardContent>
              <ul className="grid gap-1 sm:grid-cols-2">
                {screens.map((s) => (
                  <li key={s.id}>
                    <Link href={s.href} className="flex items-center justify-between rounded-md px-3 py-2 text-sm hover:bg-accent">
                      {s.title}
                      <ArrowRight aria-hidden="true" className="size-4 text-muted-foreground" />
                    </Link>
                  </li>
                ))}
              </ul>
            </CardContent>
          </Card>
        ) : null}
      </div>
    </div>
  );
}
