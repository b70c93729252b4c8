import Link from "next/link";
import { MetricStatusBadge } from "@/components/metrics/status-badge";
import { LinkRunbookMetricForm, UnlinkRunbookMetricButton } from "@/components/runbooks/runbook-metric-link";
import { formatValue } from "@/lib/metrics/format";
import type { MetricStatus } from "@/lib/metrics/status";

export type LinkedMetric = { id: string; key: string; name: string; unit: string; value: number | null; status: MetricStatus };

/** Metrics this runbook answers; their state shows here and raises the banner above the runbook. */
export function LinkedMetrics(props: { runbookId: string; linked: LinkedMetric[]; options: { id: string; key: string; name: string }[]; canEdit: boolean }) {
  const { runbookId, linked, options, canEdit } = props;
  const free = options.filter((o) => !linked.some((l) => l.id === o.id));
  return (
    <div className="space-y-3">
      {linked.length === 0 ? (
        <p className="text-sm text-muted-foreground">No linked metrics.</p>
      ) : (
        <ul className="space-y-1.5">
          {linked.map((m) => (
            <li key={m.id} className="flex items-center gap-2 text-sm">
              <Link href={`/metrics/${m.key}`} className="min-w-0 flex-1 truncate hover:underline" title={m.key}>
                {m.name}
              </Link>
              <span className="tabular-nums">{formatValue(m.value, m.unit)}</span>
              <MetricStatusBadge status={m.status} />
              {canEdit ? <UnlinkRunbookMetricButton runbookId={runbookId} metricId={m.id} name={m.name} /> : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        options.length === 0 ? (
          <p className="text-xs text-muted-foreground">No metrics are defined yet; a lead defines them on the Metrics page.</p>
        ) : free.length ? (
          <LinkRunbookMetricForm anchor={{ runbookId }} options={free.map((o) => ({ id: o.id, label: `${o.name} (${o.key})` }))} title="Link a metric" selectLabel="Metric to link" />
        ) : null
      ) : null}
    </div>
  );
}
