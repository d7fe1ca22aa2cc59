import type { Metadata } from "next";

import { PolicyDetail } from "@/features/policies/components/policy-detail";
import { ScreenGuard } from "@/features/shell/components/screen-guard";
import { SCREENS } from "@/features/shell/navigation";

export const metadata: Metadata = { title: "Póliza" };

export default async function PolicyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <ScreenGuard screen={SCREENS.policies}>
      <PolicyDetail id={Number(id)} />
    </ScreenGuard>
  );
}
