import { cva, type VariantProps } from "class-variance-authority";

import { cn } from "@/lib/utils";

export const badgeVariants = cva(
  "inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium",
  {
    variants: {
      tone: {
        neutral: "border-border bg-muted text-foreground",
        primary: "border-primary/30 bg-primary/10 text-primary",
        // Policy status colours (screens.md §1.4): active green, pending yellow, morosa orange,
        // cancelled red, expired grey; pre_effective (sold, not yet in force) blue and suspended
        // (manual hold) purple so neither is mistaken for the five above.
        green: "border-emerald-300 bg-emerald-50 text-emerald-800",
        yellow: "border-yellow-300 bg-yellow-50 text-yellow-800",
        orange: "border-orange-300 bg-orange-50 text-orange-800",
        red: "border-red-300 bg-red-50 text-red-800",
        grey: "border-slate-300 bg-slate-100 text-slate-600",
        blue: "border-sky-300 bg-sky-50 text-sky-800",
        purple: "border-violet-300 bg-violet-50 text-violet-800",
      },
    },
    defaultVariants: { tone: "neutral" },
  },
);

export type BadgeTone = NonNullable<VariantProps<typeof badgeVariants>["tone"]>;

export function Badge({
  className,
  tone,
  ...props
}: React.ComponentProps<"span"> & VariantProps<typeof badgeVariants>) {
  return <span data-slot="badge" className={cn(badgeVariants({ tone }), className)} {...props} />;
}

export type PolicyStatus = "pending" | "active" | "morosa" | "pre_effective" | "expired" | "cancelled" | "suspended";

export const POLICY_STATUS: Record<PolicyStatus, { label: string; tone: BadgeTone }> = {
  active: { label: "Vigente", tone: "green" },
  pending: { label: "Pendiente", tone: "yellow" },
  morosa: { label: "Morosa", tone: "orange" },
  cancelled: { label: "Cancelada", tone: "red" },
  expired: { label: "Vencida", tone: "grey" },
  pre_effective: { label: "Por iniciar", tone: "blue" },
  suspended: { label: "Suspendida", tone: "purple" },
};

/** A policy's status with its colour; an unknown status (a newer API) shows neutral. */
export function PolicyStatusBadge({ status, className }: { status: string; className?: string }) {
  const known = POLICY_STATUS[status as PolicyStatus];
  return (
    <Badge tone={known?.tone ?? "neutral"} className={className} data-status={status}>
      {known?.label ?? status}
    </Badge>
  );
}
