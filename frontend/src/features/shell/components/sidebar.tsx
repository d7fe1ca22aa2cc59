"use client";

import { ChevronDown, PanelLeftClose, PanelLeftOpen, ShieldCheck } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import * as React from "react";

import { PendingAuthorizationsBadge } from "@/features/authorizations/components/pending-badge";
import { cn } from "@/lib/utils";
import type { PermissionHolder } from "@/lib/permissions";

import { type NavEntry, type Screen, type ScreenBadgeKey, isGroup, visibleNavigation } from "../navigation";
import { useSidebar } from "../sidebar-store";

function isActive(pathname: string, s: Screen): boolean {
  return s.href === "/" ? pathname === "/" : pathname === s.href || pathname.startsWith(`${s.href}/`);
}

/** The live counters a menu item may carry (Screen.badge). */
const BADGES: Record<ScreenBadgeKey, React.ComponentType<{ user: PermissionHolder; collapsed?: boolean }>> = {
  authorizations: PendingAuthorizationsBadge,
};

function ScreenBadge({ screen, user, collapsed }: { screen: Screen; user: PermissionHolder; collapsed: boolean }) {
  if (!screen.badge) return null;
  const Badge = BADGES[screen.badge];
  return <Badge user={user} collapsed={collapsed} />;
}

/** The menu of screens.md §1.0, reduced to what this user may open. */
export function SidebarNav({ user, collapsed = false, onNavigate }: { user: PermissionHolder; collapsed?: boolean; onNavigate?: () => void }) {
  const pathname = usePathname();
  const entries = React.useMemo(() => visibleNavigation(user), [user]);
  return (
    <nav aria-label="Menú principal" className="flex-1 overflow-y-auto px-2 py-3">
      <ul className="grid gap-0.5">
        {entries.map((entry) => (
          <SidebarEntry key={isGroup(entry) ? entry.label : entry.screen.id} entry={entry} user={user} pathname={pathname} collapsed={collapsed} onNavigate={onNavigate} />
        ))}
      </ul>
    </nav>
  );
}

function SidebarEntry({
  entry,
  user,
  pathname,
  collapsed,
  onNavigate,
}: {
  entry: NavEntry;
  user: PermissionHolder;
  pathname: string;
  collapsed: boolean;
  onNavigate?: (() => void) | undefined;
}) {
  const groupActive = isGroup(entry) && entry.items.some((s) => isActive(pathname, s));
  const [open, setOpen] = React.useState(true);
  if (!isGroup(entry)) {
    const Icon = entry.icon;
    const active = isActive(pathname, entry.screen);
    return (
      <li>
        <Link
          href={entry.screen.href}
          onClick={onNavigate}
          aria-current={active ? "page" : undefined}
          title={collapsed ? entry.screen.title : undefined}
          className={cn(
            "flex items-center gap-3 rounded-md px-3 py-2 text-sm text-sidebar-foreground/85 transition-colors hover:bg-sidebar-accent hover:text-sidebar-foreground",
            active && "bg-sidebar-accent font-medium text-white",
            collapsed && "justify-center px-2",
          )}
        >
          <Icon aria-hidden="true" className="size-4 shrink-0" />
          <span className={cn(collapsed && "sr-only")}>{entry.screen.title}</span>
          <ScreenBadge screen={entry.screen} user={user} collapsed={collapsed} />
        </Link>
      </li>
    );
  }
  const Icon = entry.icon;
  return (
    <li>
      <button
        type="button"
        onClick={() => setOpen((v) => !v)}
        aria-expanded={open}
        title={collapsed ? entry.label : undefined}
        className={cn(
          "flex w-full items-center gap-3 rounded-md px-3 py-2 text-sm text-sidebar-foreground/85 hover:bg-sidebar-accent hover:text-sidebar-foreground",
          groupActive && "text-white",
          collapsed && "justify-center px-2",
        )}
      >
        <Icon aria-hidden="true" className="size-4 shrink-0" />
        <span className={cn("flex-1 text-left", collapsed && "sr-only")}>{entry.label}</span>
        {collapsed ? null : <ChevronDown aria-hidden="true" className={cn("size-4 transition-transform", !open && "-rotate-90")} />}
      </button>
      {open ? (
        <ul className={cn("mt-0.5 grid gap-0.5", collapsed ? "" : "ml-4 border-l border-sidebar-accent pl-2")}>
          {entry.items.map((s) => {
            const active = isActive(pathname, s);
            return (
              <li key={s.id}>
                <Link
                  href={s.href}
                  onClick={onNavigate}
                  aria-current={active ? "page" : undefined}
                  title={collapsed ? s.title : undefined}
                  className={cn(
                    "relative flex items-center gap-2 rounded-md px-3 py-1.5 text-sm text-sidebar-muted hover:bg-sidebar-accent hover:text-sidebar-foreground",
                    active && "bg-sidebar-accent font-medium text-white",
                    collapsed && "justify-center px-2 text-center text-xs",
                  )}
                >
                  <span>{collapsed ? s.title.slice(0, 3) : s.title}</span>
                  <ScreenBadge screen={s} user={user} collapsed={collapsed} />
                </Link>
              </li>
            );
          })}
        </ul>
      ) : null}
    </li>
  );
}

export function Sidebar({ user }: { user: PermissionHolder }) {
  const collapsed = useSidebar((s) => s.collapsed);
  const toggle = useSidebar((s) => s.toggle);
  return (
    <aside
      className={cn(
        "sticky top-0 hidden h-screen shrink-0 flex-col bg-sidebar text-sidebar-foreground transition-[width] md:flex",
        collapsed ? "w-16" : "w-60",
      )}
      data-collapsed={collapsed}
    >
      <div className={cn("flex h-14 items-center gap-2 border-b border-sidebar-accent px-4", collapsed && "justify-center px-2")}>
        <ShieldCheck aria-hidden="true" className="size-6 shrink-0 text-sky-300" />
        <span className={cn("font-semibold tracking-tight", collapsed && "sr-only")}>ProtegRT CRM</span>
      </div>
      <SidebarNav user={user} collapsed={collapsed} />
      <div className="border-t border-sidebar-accent p-2">
        <button
          type="button"
          onClick={toggle}
          className="flex w-full items-center justify-center gap-2 rounded-md px-3 py-2 text-xs text-sidebar-muted hover:bg-sidebar-accent hover:text-sidebar-foreground"
          aria-label={collapsed ? "Expandir menú" : "Contraer menú"}
        >
          {collapsed ? <PanelLeftOpen className="size-4" /> : <PanelLeftClose className="size-4" />}
          <span className={cn(collapsed && "sr-only")}>Contraer menú</span>
        </button>
      </div>
    </aside>
  );
}
