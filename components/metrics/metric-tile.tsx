import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { Card } from "@/components/ui/card";
import { formatValue, targetGap, targetLabel } from "@/lib/metrics/format";
import type { MetricSummary } from "@/lib/metrics/queries";
import { Sparkline } from "./sparkline";
import { MetricStatusBadge } from "./status-badge";
import { Trend } from "./trend";

/** One metric at a glance: latest value against its target, status, and the last 30 days. */
export function MetricTile({ metric: m }: { metric: MetricSummary }) {
  const gap = targetGap(m.latest?.value, m.target, m.unit, m.direction);
  return (
    <Card className="relative h-full p-4 transition-colors hover:bg-muted/40 print:break-inside-avoid" data-testid="metric-tile" data-status={m.status}>
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="truncate font-medium">
            <Link href={`/metrics/${m.key}`} className="after:absolute after:inset-0 hover:underline">
              {m.name}
            </Link>
          </h3>
          <p className="truncate font-mono text-xs text-muted-foreground">{m.key}</p>
        </div>
        <MetricStatusBadge status={m.status} />
      </div>
      <div className="mt-3 flex items-end justify-between gap-3">
        <div>
          <p className="text-2xl font-semibold tabular-nums" data-testid="metric-latest">
            {formatValue(m.latest?.value, m.unit)}
          </p>
          <p className="text-xs text-muted-foreground">
            {targetLabel(m.target, m.unit, m.direction)}
            {gap ? ` · ${gap}` : ""}
          </p>
        </div>
        <Sparkline
          points={m.spark}
          target={m.target}
          className={m.status === "critical" ? "text-danger" : m.status === "warning" ? "text-warning-text" : "text-primary"}
          label={m.spark.length > 1 ? `${m.name}, last 30 days: from ${formatValue(m.spark[0]!.v, m.unit)} to ${formatValue(m.spark.at(-1)!.v, m.unit)}` : `${m.name}: no values in the last 30 days`}
        />
      </div>
      <p className="mt-2 flex flex-wrap gap-x-2 text-xs text-muted-foreground">
        <Trend values={m.spark.map((p) => p.v)} direction={m.direction} unit={m.unit} period="in 30 days" />
        {m.latest ? (
          <span>
            updated <LocalTime iso={m.latest.recordedAt.toISOString()} format="short" />
          </span>
        ) : (
          <span>no values yet</span>
        )}
      </p>
    </Card>
  );
}
