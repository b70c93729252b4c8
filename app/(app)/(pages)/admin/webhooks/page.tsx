import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { requirePageFor } from "@/lib/routing/require-page";
import { listEndpoints } from "@/lib/webhooks/endpoint-queries";
import { AdminTabs } from "../_components/admin-tabs";
import { EndpointTable, type EndpointRowData } from "./_components/endpoint-table";
import { WebhooksWorkspace } from "./_components/webhooks-workspace";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  await requirePageFor("/admin/webhooks");
  const endpoints = await listEndpoints(await getDb());
  const rows: EndpointRowData[] = endpoints.map((e) => ({
    id: e.id,
    url: e.url,
    description: e.description,
    format: e.format,
    events: e.events,
    enabled: e.enabled,
    disabledReason: e.disabledReason,
    failingSince: e.failingSince?.toISOString() ?? null,
    queued: e.queued,
    last: e.last ? { at: e.last.at.toISOString(), status: e.last.status, ok: e.last.ok, error: e.last.error } : null,
  }));
  return (
    <>
      <PageHeader title="Administration" description="Webhooks post signed events to other systems: chat, incident tools, your own scripts." />
      <AdminTabs current="/admin/webhooks" />
      <WebhooksWorkspace>
        <Card className="overflow-hidden">
          <EndpointTable endpoints={rows} />
        </Card>
      </WebhooksWorkspace>
    </>
  );
}
