"use client";

import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

interface SimplePagerProps {
  page: number;
  pages: number;
  onPageChange: (page: number) => void;
  className?: string;
}

/** "Anterior · Página n de m · Siguiente" under a small table that is not a DataTable. */
export function SimplePager({ page, pages, onPageChange, className }: SimplePagerProps) {
  return (
    <div className={cn("flex items-center gap-2 text-sm", className)}>
      <Button variant="outline" size="sm" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
        Anterior
      </Button>
      <span>
        Página {page} de {pages}
      </span>
      <Button variant="outline" size="sm" disabled={page >= pages} onClick={() => onPageChange(page + 1)}>
        Siguiente
      </Button>
    </div>
  );
}
