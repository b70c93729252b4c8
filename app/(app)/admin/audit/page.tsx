import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { auditFilterSchema, listAuditEntries } from "@/lib/audit-log/queries";
import { requirePageFor } from "@/lib/routing/require-page";
import { AdminTabs } from "../_components/admin-tabs";
import { AuditChanges } from "./_components/audit-changes";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageFor("/admin/audit");
  const filter = auditFilterSchema.parse(await searchParams);
  const { entries, nextBefore } = await listAuditEntries(actor, filter);
  const query = (extra: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ entity: filter.entity, ...extra })) if (v !== undefined) params.set(k, String(v));
    const s = params.toString();
    return s ? `?${s}` : "";
  };

  return (
    <>
      <PageHeader title="Administration" description="Every change, who made it and when. The log is append-only." />
      <AdminTabs current="/admin/audit" />
      <Card className="overflow-hidden">
        {entries.length === 0 ? (
          <p className="p-6 text-sm text-muted-foreground">No changes recorded{filter.entity ? ` for ${filter.entity}` : ""} yet.</p>
        ) : (
          <Table>
            <caption className="sr-only">Audit log, newest first</caption>
            <TableHeader>
              <TableHead className="px-4">When (UTC)</TableHead>
              <TableHead className="px-4">Who</TableHead>
              <TableHead className="px-4">What</TableHead>
              <TableHead className="px-4">Change</TableHead>
            </TableHeader>
            <TableBody>
              {entries.map((e) => (
                <TableRow key={e.id} className="align-top">
                  <TableCell className="px-4 whitespace-nowrap tabular-nums">{e.at.toISOString().replace("T", " ").slice(0, 19)}</TableCell>
                  <TableCell className="px-4">{e.actorLabel}</TableCell>
                  <TableCell className="px-4">
                    <span className="font-medium">{e.action}</span>{" "}
                    <Link href={`/admin/audit${query({ entity: e.entityType, before: undefined })}`} className="text-muted-foreground hover:underline">
                      {e.entityType}
                    </Link>
                  </TableCell>
                  <TableCell className="px-4">
                    <AuditChanges before={e.before} after={e.after} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
      <div className="mt-4 flex gap-4 text-sm">
        {filter.entity || filter.before ? (
          <Link href="/admin/audit" className="text-primary hover:underline">
            Newest, all entities
          </Link>
        ) : null}
        {nextBefore ? (
          <Link href={`/admin/audit${query({ before: nextBefore })}`} className="text-primary hover:underline">
            Older entries →
          </Link>
        ) : null}
      </div>
    </>
  );
}
