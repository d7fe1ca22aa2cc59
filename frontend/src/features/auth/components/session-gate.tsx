"use client";

import dynamic from "next/dynamic";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import * as React from "react";

import { Skeleton } from "@/components/ui/skeleton";

import { useMe } from "../api/queries";
import { refreshAccessToken, refreshIfStale } from "../api/session";
import { useSessionStore } from "../api/session-store";

// Loaded only when a session ends under the page: the shell itself ships no form code.
const ReloginDialog = dynamic(() => import("./relogin-dialog").then((m) => m.ReloginDialog), { ssr: false });

/**
 * The (dashboard) pages render only with a session. On a fresh load the access token is not in
 * memory: one silent refresh through the httpOnly cookie gets it, or the person goes to /login
 * (and comes back here afterwards).
 */
export function SessionGate({ children }: { children: React.ReactNode }) {
  const status = useSessionStore((s) => s.status);
  const user = useSessionStore((s) => s.user);
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const here = `${pathname}${searchParams.size ? `?${searchParams.toString()}` : ""}`;
  const hereRef = React.useRef(here);
  hereRef.current = here;

  React.useEffect(() => {
    if (useSessionStore.getState().accessToken) return;
    let cancelled = false;
    void refreshAccessToken().then((token) => {
      if (!token && !cancelled) router.replace(`/login?next=${encodeURIComponent(hereRef.current)}`);
    });
    return () => {
      cancelled = true;
    };
  }, [router]);

  React.useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === "visible") refreshIfStale();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, []);

  // The login answer already carries the user; /auth/me keeps permissions current.
  useMe(status === "authenticated");

  if (!user) return <ShellSkeleton />;
  return (
    <>
      {children}
      {status === "expired" ? <ReloginDialog /> : null}
    </>
  );
}

function ShellSkeleton() {
  return (
    <div className="flex min-h-screen" aria-busy="true" aria-label="Cargando">
      <div className="hidden w-60 bg-sidebar md:block" />
      <div className="flex-1 p-6">
        <Skeleton className="mb-6 h-8 w-64" />
        <Skeleton className="mb-3 h-24 w-full" />
        <Skeleton className="h-64 w-full" />
      </div>
    </div>
  );
}
