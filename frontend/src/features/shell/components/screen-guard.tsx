"use client";

import { useRouter } from "next/navigation";
import * as React from "react";

import { useSessionStore } from "@/features/auth/api/session-store";

import { type Screen, canOpen } from "../navigation";

export const ACCESS_DENIED_PATH = "/acceso-denegado";

/**
 * A page declares the screen it is (navigation.ts: path and permissions). Someone without the
 * permission never sees the page: they are sent to "Acceso denegado". The API refuses their
 * calls anyway; this keeps the UI honest.
 */
export function ScreenGuard({ screen, children }: { screen: Screen; children: React.ReactNode }) {
  const user = useSessionStore((s) => s.user);
  const router = useRouter();
  const allowed = canOpen(user, screen);
  React.useEffect(() => {
    if (user && !allowed) router.replace(`${ACCESS_DENIED_PATH}?pantalla=${encodeURIComponent(screen.id)}`);
  }, [user, allowed, router, screen.id]);
  return allowed ? <>{children}</> : null;
}

/** The page's title row: its name and, optionally, actions on the right. */
export function PageHeader({ title, description, actions }: { title: string; description?: React.ReactNode; actions?: React.ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {description ? <p className="mt-1 text-sm text-muted-foreground">{description}</p> : null}
      </div>
      {actions ? <div className="flex items-center gap-2">{actions}</div> : null}
    </div>
  );
}
