"use client";

import { usePathname } from "next/navigation";

import { Breadcrumbs, type Crumb } from "@/components/ui/breadcrumbs";

import { SCREENS, screenForPath } from "../navigation";

/** Inicio › [group] › screen, from the screen table (navigation.ts). */
export function PageBreadcrumbs() {
  const pathname = usePathname();
  const screen = screenForPath(pathname);
  const items: Crumb[] = [{ label: SCREENS.home.title, href: SCREENS.home.href }];
  if (screen && screen.id !== "home") {
    for (const crumb of screen.trail ?? []) items.push({ label: crumb.label, href: crumb.href });
    items.push({ label: screen.title, href: screen.href });
  } else if (!screen && pathname === "/acceso-denegado") {
    items.push({ label: "Acceso denegado" });
  }
  return <Breadcrumbs items={items} />;
}
