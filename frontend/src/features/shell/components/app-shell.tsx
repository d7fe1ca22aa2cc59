"use client";

import { Menu } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetTitle } from "@/components/ui/sheet";
import { useSessionStore } from "@/features/auth/api/session-store";
import { RealtimeConnector } from "@/features/realtime/realtime-connector";
import { GlobalSearch } from "@/features/search/components/global-search";

import { useSidebar } from "../sidebar-store";
import { PageBreadcrumbs } from "./page-breadcrumbs";
import { Sidebar, SidebarNav } from "./sidebar";
import { UserMenu } from "./user-menu";

/** Sidebar, header (breadcrumbs, search, profile) and the page. Rendered inside SessionGate. */
export function AppShell({ children }: { children: React.ReactNode }) {
  const user = useSessionStore((s) => s.user);
  const mobileOpen = useSidebar((s) => s.mobileOpen);
  const setMobileOpen = useSidebar((s) => s.setMobileOpen);
  if (!user) return null;
  return (
    <div className="flex min-h-screen">
      <RealtimeConnector />
      <Sidebar user={user} />
      <Sheet open={mobileOpen} onOpenChange={setMobileOpen}>
        <SheetContent side="left" className="bg-sidebar p-0 text-sidebar-foreground" aria-describedby={undefined}>
          <SheetTitle className="px-4 pt-4 text-sidebar-foreground">ProtegRT CRM</SheetTitle>
          <SidebarNav user={user} onNavigate={() => setMobileOpen(false)} />
        </SheetContent>
      </Sheet>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-30 flex h-14 items-center gap-3 border-b bg-card/95 px-4 backdrop-blur">
          <Button variant="ghost" size="icon" className="md:hidden" onClick={() => setMobileOpen(true)} aria-label="Abrir menú">
            <Menu />
          </Button>
          <PageBreadcrumbs />
          <div className="ml-auto flex items-center gap-2">
            <GlobalSearch user={user} />
            <UserMenu user={user} />
          </div>
        </header>
        <main id="contenido" className="flex-1 p-4 md:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
