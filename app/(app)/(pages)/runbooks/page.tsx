import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db";
import { requirePageFor } from "@/lib/routing/require-page";
import { can } from "@/lib/auth/policy";
import { listRunbooks } from "@/lib/runbooks/queries";
import { runbookPath } from "@/lib/runbooks/slug";
import { ReviewDue } from "./_components/review-due";

export const metadata: Metadata = { title: "Runbooks" };

export default async function RunbooksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageFor("/runbooks");
  const raw = (await searchParams).q;
  const q = typeof raw === "string" ? raw.slice(0, 200) : "";
  const rows = await listRunbooks(await getDb(), { q });
  const now = new Date();
  const overdue = rows.filter((r) => r.reviewDueAt < now).length;

  return (
    <>
      <PageHeader
        title="Runbooks"
        description="Versioned operational procedures, reviewed on a schedule and rehearsed."
        actions={
          can(actor, "runbooks.create") ? (
            <Link href="/runbooks/new" className="inline-flex h-9 items-center rounded-md bg-primary px-3.5 text-sm font-medium text-primary-foreground hover:opacity-90">
              New runbook
            </Link>
          ) : null
        }
      />
      <form role="search" className="mb-4 flex max-w-md gap-2" action="/runbooks">
        <Input name="q" type="search" defaultValue={q} placeholder="Search titles, services and text" aria-label="Search runbooks" />
      </form>
      {overdue > 0 ? (
        <p className="mb-4 text-sm text-danger" role="status">
          {overdue} runbook{overdue === 1 ? " is" : "s are"} overdue for review.
        </p>
      ) : null}
      {rows.length === 0 ? (
        <Card className="p-8 text-center">
          {q ? (
            <>
              <p className="font-medium">No runbook matches “{q}”</p>
              <p className="mt-1 text-sm text-muted-foreground">
                <Link href="/runbooks" className="text-primary hover:underline">
                  Show all runbooks
                </Link>
              </p>
            </>
          ) : (
            <>
              <p className="font-medium">No runbooks yet</p>
              <p className="mt-1 text-sm text-muted-foreground">
                Write one from the template, import a Markdown file, or use “Create runbook” on a backlog item that asks for one.
              </p>
            </>
          )}
        </Card>
      ) : (
        <Card className="overflow-hidden">
          <Table>
            <caption className="sr-only">Runbooks, the next review due first</caption>
            <TableHeader>
              <TableHead className="px-4">Runbook</TableHead>
              <TableHead className="px-4">Owner</TableHead>
              <TableHead className="px-4">Last reviewed</TableHead>
              <TableHead className="px-4">Review</TableHead>
              <TableHead className="px-4 text-right">Open items</TableHead>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.id} className="hover:bg-muted/50" data-testid="runbook-row">
                  <TableCell className="px-4 py-2.5">
                    <Link href={runbookPath(r.slug)} className="font-medium hover:underline">
                      {r.title}
                    </Link>
                    {r.draft ? <Badge className="ml-2 align-middle">Draft</Badge> : null}
                    <p className="text-xs text-muted-foreground">
                      {r.service || "No service set"} · revision {r.revision}
                    </p>
                  </TableCell>
                  <TableCell className="px-4 py-2.5">{r.ownerName ?? <span className="text-muted-foreground">Nobody</span>}</TableCell>
                  <TableCell className="px-4 py-2.5">
                    {r.lastReviewedAt ? (
                      <>
                        <LocalTime iso={r.lastReviewedAt.toISOString()} format="date" />
                        <span className="block text-xs text-muted-foreground">{r.reviewedByName ?? "a former user"}</span>
                      </>
                    ) : (
                      <span className="text-muted-foreground">Never</span>
                    )}
                  </TableCell>
                  <TableCell className="px-4 py-2.5">
                    <ReviewDue dueAt={r.reviewDueAt} now={now} />
                  </TableCell>
                  <TableCell className="px-4 py-2.5 text-right tabular-nums">{r.openItems}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
    </>
  );
}
