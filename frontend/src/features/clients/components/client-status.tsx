import { Badge, type BadgeTone } from "@/components/ui/badge";

export const CLIENT_STATUS: Record<string, { label: string; tone: BadgeTone }> = {
  active: { label: "Activo", tone: "green" },
  delinquent: { label: "Moroso", tone: "orange" },
  no_policies: { label: "Sin pólizas", tone: "grey" },
};

export function ClientStatusBadge({ status }: { status: string }) {
  const s = CLIENT_STATUS[status] ?? { label: status, tone: "neutral" as const };
  return <Badge tone={s.tone}>{s.label}</Badge>;
}

/** tel: link of a 10-digit Mexican number. */
export const telHref = (phone: string) => `tel:+52${phone.replace(/\D/g, "").slice(-10)}`;
/** WhatsApp link of a 10-digit Mexican number. */
export const whatsappHref = (phone: string) => `https://wa.me/52${phone.replace(/\D/g, "").slice(-10)}`;
