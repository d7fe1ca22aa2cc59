import { ShieldCheck } from "lucide-react";

/** The frame of the login steps: the product's name, a title and the step's content. */
export function AuthCard({ title, description, children }: { title: string; description?: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="w-full max-w-md">
      <div className="mb-6 flex items-center justify-center gap-2 text-primary">
        <ShieldCheck aria-hidden="true" className="size-7" />
        <span className="text-xl font-semibold tracking-tight text-foreground">ProtegRT CRM</span>
      </div>
      <div className="rounded-xl border bg-card p-8 shadow-sm">
        <h1 className="text-xl font-semibold">{title}</h1>
        {description ? <p className="mt-1 text-sm text-muted-foreground">{description}</p> : null}
        <div className="mt-6">{children}</div>
      </div>
    </div>
  );
}
