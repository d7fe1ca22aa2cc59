"use client";

import { ShieldAlert } from "lucide-react";
import Link from "next/link";

import { Button } from "@/components/ui/button";

export function AccessDenied() {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-3 py-16 text-center" data-testid="access-denied">
      <ShieldAlert aria-hidden="true" className="size-12 text-destructive" />
      <h1 className="text-2xl font-semibold">Acceso denegado</h1>
      <p className="text-sm text-muted-foreground">
        Tu usuario no tiene permiso para abrir esta pantalla. Si la necesitas para tu trabajo, pídele acceso al
        administrador.
      </p>
      <Button asChild className="mt-2">
        <Link href="/">Volver al inicio</Link>
      </Button>
    </div>
  );
}
