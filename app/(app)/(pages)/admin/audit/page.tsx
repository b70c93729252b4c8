import type { Metadata } from "next";
import Link from "next/link";
import { AuditSentence } from "@/components/audit/audit-sentence";
import { LocalTime } from "@/components/local-time";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { viewerTimeZone } from "@/lib/account/viewer-zone";
import { auditHref, parseAuditFilter } from "@/lib/audit-log/filters";
import { listAuditActors, listAuditEntries } from "@/lib/audit-log/queries";
import { requirePageFor } from "@/lib/routing/require-page";
import { auditNote, describeEvent, subjectOf } from "@/lib/screens/audit-text";
import { AdminTabs } from "../_components/admin-tabs";
import { AuditFilters } from "./_components/audit-filters";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageFor("/admin/audit");
  // Days in the filter are the viewer's days: "From 6 Dec" starts at midnight where they are.
  const { zone } = await viewerTimeZone();
  const { filter, query, problems } = parseAuditFilter(await searchParams, zone);
  const [{ entries, names, nextBefore }, actors] = await Promise.all([listAuditEntries(actor, query), listAuditActors()]);
  const filtered = Object.keys(filter).some((k) => k !== "before");

  return (
    <>
      <PageHeader title="Administration" description="Every change, who made it and when. The log is append-only." />
      <AdminTabs current="/admin/audit" />
      <AuditFilters filter={filter} people={actors.people} tokens={actors.tokens} />
      {problems.length ? (
        <div role="alert" className="mb-4 rounded-md border border-danger/40 bg-danger/10 px-4 py-2 text-sm">
          <p className="font-medium">Some filters were not applied:</p>
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Card className="overflow-hidden">
        {entries.length === 0 ? (
          <p className="p-6 text-sm text-muted-foreground">{filtered ? "No changes match these filters." : "No changes recorded yet."}</p>
        ) : (
          // Below 640 px each row stacks (the time over the sentence) instead of scrolling sideways.
          <Table className="max-sm:block" data-testid="audit-log">
            <caption className="sr-only">Audit log, newest first</caption>
            <TableHeader className="max-sm:sr-only">
              <TableHead className="w-44 px-4">When</TableHead>
              <TableHead className="px-4">What happened</TableHead>
            </TableHeader>
            <TableBody className="max-sm:block">
              {entries.map((e) => {
                const note = auditNote(e.record);
                return (
                  <TableRow key={e.id} className="align-top max-sm:block max-sm:py-2">
                    <TableCell className="px-4 whitespace-nowrap text-muted-foreground tabular-nums max-sm:block max-sm:py-0 max-sm:text-xs">
                      <LocalTime iso={e.at} />
                    </TableCell>
                    <TableCell className="px-4 wrap-anywhere max-sm:block max-sm:py-0.5">
                      <AuditSentence
                        actor={e.actor.name}
                        sentence={describeEvent(e.record, names, subjectOf(e, names))}
                        after={note ? <span className="text-muted-foreground"> · {note}</span> : null}
                      />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </Card>
      <nav aria-label="Audit log pages" className="mt-4 flex gap-4 text-sm">
        {filter.before ? (
          <Link href={auditHref(filter, { before: undefined })} className="text-primary hover:underline">
            ← Newest entries
          </Link>
        ) : null}
        {nextBefore ? (
          <Link href={auditHref(filter, { before: nextBefore })} className="text-primary hover:underline">
            Older entries →
          </Link>
        ) : null}
      </nav>
    </>
  );
}
