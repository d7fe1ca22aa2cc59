"use client";

import { useQueryClient } from "@tanstack/react-query";
import { ChevronDown, KeyRound, LogOut, MonitorSmartphone } from "lucide-react";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useRouter } from "next/navigation";
import * as React from "react";

import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { logoutRequest } from "@/features/auth/api/queries";
import { endSession } from "@/features/auth/api/session";
import type { Me } from "@/features/auth/api/session-store";

// The form (and its validation library) loads when the dialog is first opened.
const ChangePasswordDialog = dynamic(
  () => import("@/features/auth/components/change-password-dialog").then((m) => m.ChangePasswordDialog),
  { ssr: false },
);

import { SCREENS } from "../navigation";

const ROLE_LABELS: Record<string, string> = {
  admin: "Administrador",
  gerente: "Gerente",
  auxiliar: "Auxiliar",
  cobrador: "Cobrador",
  vendedor: "Vendedor",
  ajustador: "Ajustador",
};

export function roleLabel(user: Me): string {
  const first = user.roles[0];
  if (!first) return "Sin rol";
  const base = ROLE_LABELS[first.code] ?? first.code;
  return first.department ? `${base} · ${first.department}` : base;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]?.toUpperCase())
    .join("");
}

/** The profile menu: my sessions, change my password, sign out (screens.md §1.0). */
export function UserMenu({ user }: { user: Me }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [passwordOpen, setPasswordOpen] = React.useState(false);

  const logout = async () => {
    await logoutRequest();
    endSession();
    queryClient.clear();
    router.replace("/login");
  };

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" className="h-10 gap-2 px-2" aria-label={`Menú de ${user.full_name}`} data-testid="user-menu">
            <span className="flex size-8 items-center justify-center rounded-full bg-primary text-xs font-semibold text-primary-foreground">
              {initials(user.full_name)}
            </span>
            <span className="hidden text-left leading-tight lg:block">
              <span className="block text-sm font-medium">{user.full_name}</span>
              <span className="block text-xs text-muted-foreground">{roleLabel(user)}</span>
            </span>
            <ChevronDown aria-hidden="true" className="size-4 text-muted-foreground" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-60">
          <DropdownMenuLabel className="font-normal">
            <span className="block text-sm font-medium">{user.full_name}</span>
            <span className="block text-xs text-muted-foreground">@{user.username}</span>
          </DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuItem asChild>
            <Link href={SCREENS.mySessions.href}>
              <MonitorSmartphone aria-hidden="true" /> Mis sesiones
            </Link>
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => setPasswordOpen(true)}>
            <KeyRound aria-hidden="true" /> Cambiar contraseña
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem variant="destructive" onSelect={() => void logout()}>
            <LogOut aria-hidden="true" /> Cerrar sesión
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {passwordOpen ? <ChangePasswordDialog open={passwordOpen} onOpenChange={setPasswordOpen} /> : null}
    </>
  );
}
