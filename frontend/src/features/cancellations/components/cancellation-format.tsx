import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";

/**
 * A cancellation code (C1-C5) as a badge; a highlighted code (C5) is orange, the same tone as the
 * Motivos de cancelación screen.
 */
export function CodeBadge({ code, highlight, className }: { code: string; highlight: boolean; className?: string }) {
  return (
    <Badge tone={highlight ? "orange" : "neutral"} className={cn("font-mono", className)} data-highlight={highlight ? "true" : undefined}>
      {code}
    </Badge>
  );
}

/** The API names who cancelled / undid by user id only. */
export function userLabel(id: number | null | undefined): string {
  return id === null || id === undefined ? "—" : `Usuario #${id}`;
}
