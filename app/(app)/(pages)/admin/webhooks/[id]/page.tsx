import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import type { WebhookEvent } from "@/lib/domain/webhooks";
import { requirePageFor } from "@/lib/routing/require-page";
import { deliveryLog, getEndpoint } from "@/lib/webhooks/endpoint-queries";
import { shownUrl } from "@/lib/webhooks/shown-url";
import { AdminTabs } from "../../_components/admin-tabs";
import { EndpointForm } from "../_components/endpoint-form";
import { EndpointStatus } from "../_components/endpoint-status";
import { DeliveryLog } from "./_components/delivery-log";
import { EndpointControls } from "./_components/endpoint-controls";

export const metadata: Metadata = { title: "Webhook" };

const cursor = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().catch(undefined);

export default async function WebhookPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ before?: string | string[] }> }) {
  await requirePageFor("/admin/webhooks/[id]");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const db = await getDb();
  const endpoint = await getEndpoint(db, id);
  if (!endpoint) notFound();
  const before = cursor.parse([(await searchParams).before].flat()[0]);
  const log = await deliveryLog(db, id, before);

  return (
    <>
      <PageHeader title="Administration" description="Webhooks post signed events to other systems: chat, incident tools, your own scripts." />
      <AdminTabs current="/admin/webhooks" />
      <p className="mb-3 text-sm">
        <Link href="/admin/webhooks" className="text-primary underline underline-offset-2">
          ← All webhooks
        </Link>
      </p>
      <Card className="mb-6 p-4">
        <h2 className="font-mono text-base font-semibold break-all">{shownUrl(endpoint.url)}</h2>
        <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted-foreground">Status</dt>
          <dd>
            <EndpointStatus endpoint={{ enabled: endpoint.enabled, disabledReason: endpoint.disabledReason, failingSince: endpoint.failingSince?.toISOString() ?? null }} />
          </dd>
          <dt className="text-muted-foreground">Queued</dt>
          <dd className="tabular-nums">{endpoint.queued.toLocaleString("en")}</dd>
          <dt className="text-muted-foreground">Registered by</dt>
          <dd>{endpoint.createdByName ?? "unknown"}</dd>
        </dl>
        {!endpoint.enabled ? <p className="mt-2 text-sm text-muted-foreground">Switched off: changes are not sent. A test event is, so you can check the receiver before switching it back on.</p> : null}
        <div className="mt-4">
          <EndpointControls id={endpoint.id} url={shownUrl(endpoint.url)} enabled={endpoint.enabled} />
        </div>
      </Card>
      <Card className="mb-6 p-4">
        <h2 className="mb-4 font-medium">Settings</h2>
        <EndpointForm id={endpoint.id} initial={{ url: endpoint.url, description: endpoint.description, format: endpoint.format, events: endpoint.events as WebhookEvent[] }} />
      </Card>
      <Card className="overflow-hidden">
        <h2 className="border-b border-border px-4 py-3 font-medium">Delivery log</h2>
        <DeliveryLog id={endpoint.id} rows={log.rows} next={log.next} />
      </Card>
    </>
  );
}
