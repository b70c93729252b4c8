import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { PageHeader } from "@/components/shell/page-header";
import { requirePage } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Backlog" };

export default async function BacklogPage() {
  await requirePage("pages.backlog");
  return (
    <>
      <PageHeader title="Backlog" description="Every item across your projects, filtered, sorted and searchable." />
      <ComingSoon what="The backlog table, item pages and inline status changes" issue={4} />
    </>
  );
}
