import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
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
      <Card className="overflow-x-auto">
        {entries.length === 0 ? (
          <p className="p-6 text-sm text-muted-foreground">No changes recorded{filter.entity ? ` for ${filter.entity}` : ""} yet.</p>
        ) : (
          <table className="w-full text-sm">
            <caption className="sr-only">Audit log, newest first</caption>
            <thead className="border-b border-border text-left text-xs text-muted-foreground">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">When (UTC)</th>
                <th scope="col" className="px-4 py-2 font-medium">Who</th>
                <th scope="col" className="px-4 py-2 font-medium">What</th>
                <th scope="col" className="px-4 py-2 font-medium">Change</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} className="border-b border-border align-top last:border-0">
                  <td className="px-4 py-2 whitespace-nowrap tabular-nums">{e.at.toISOString().replace("T", " ").slice(0, 19)}</td>
                  <td className="px-4 py-2">{e.actorLabel}</td>
                  <td className="px-4 py-2">
                    <span className="font-medium">{e.action}</span>{" "}
                    <Link href={`/admin/audit${query({ entity: e.entityType, before: undefined })}`} className="text-muted-foreground hover:underline">
                      {e.entityType}
                    </Link>
                  </td>
                  <td className="px-4 py-2">
                    <AuditChanges before={e.before} after={e.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
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
