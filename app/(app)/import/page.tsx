import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { PageHeader } from "@/components/shell/page-header";
import { requirePage } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  await requirePage("pages.import");
  return (
    <>
      <PageHeader title="Import" description="Turn a Markdown plan into a structured backlog, with a dry run first." />
      <ComingSoon what="Markdown import and export" issue={3} />
    </>
  );
}
