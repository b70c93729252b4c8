import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { PageHeader } from "@/components/shell/page-header";
import { requirePage } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Triage" };

export default async function TriagePage() {
  await requirePage("pages.triage");
  return (
    <>
      <PageHeader title="Triage" description="Untriaged and newly imported items, one at a time, with keyboard shortcuts." />
      <ComingSoon what="The triage inbox" issue={4} />
    </>
  );
}
