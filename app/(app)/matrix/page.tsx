import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { PageHeader } from "@/components/shell/page-header";
import { requirePage } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Priority matrix" };

export default async function MatrixPage() {
  await requirePage("pages.matrix");
  return (
    <>
      <PageHeader title="Priority matrix" description="Priority × status, impact × effort, and what is overdue." />
      <ComingSoon what="The priority matrix and SLA tracking" issue={5} />
    </>
  );
}
