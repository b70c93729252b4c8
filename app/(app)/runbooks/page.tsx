import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { PageHeader } from "@/components/shell/page-header";
import { requirePage } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Runbooks" };

export default async function RunbooksPage() {
  await requirePage("pages.runbooks");
  return (
    <>
      <PageHeader title="Runbooks" description="Versioned operational procedures, reviewed on a schedule and rehearsed." />
      <ComingSoon what="Runbooks, revisions, reviews and drills" issue={6} />
    </>
  );
}
