"use client";

import { X } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { MetricStatusBadge } from "@/components/metrics/status-badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { useItemAction } from "@/components/use-item-action";
import { formatValue } from "@/lib/metrics/format";
import type { MetricStatus } from "@/lib/metrics/status";
import { linkRunbookMetricAction, unlinkRunbookMetricAction } from "@/lib/runbooks/actions";

export type LinkedMetric = { id: string; key: string; name: string; unit: string; value: number | null; status: MetricStatus };


/** Metrics this runbook answers; their state shows here and raises the banner above the runbook. */
export function LinkedMetrics(props: { runbookId: string; linked: LinkedMetric[]; options: { id: string; key: string; name: string }[]; canEdit: boolean }) {
  const { runbookId, linked, options, canEdit } = props;
  const { run, pending } = useItemAction();
  const [choice, setChoice] = useState("");
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
              {canEdit ? (
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={`Unlink ${m.name}`}
                  disabled={pending}
                  onClick={() => run(() => unlinkRunbookMetricAction({ runbookId, metricId: m.id }), { success: `${m.name} unlinked` })}
                >
                  <X className="size-4" />
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        options.length === 0 ? (
          <p className="text-xs text-muted-foreground">No metrics are defined yet; a lead defines them on the Metrics page.</p>
        ) : free.length ? (
          <form
            className="flex gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              run(() => linkRunbookMetricAction({ runbookId, metricId: choice }), { success: "Metric linked", onSuccess: () => setChoice("") });
            }}
          >
            <Select value={choice} onChange={(e) => setChoice(e.target.value)} aria-label="Metric to link">
              <option value="">Link a metric…</option>
              {free.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} ({o.key})
                </option>
              ))}
            </Select>
            <Button type="submit" variant="secondary" disabled={pending || !choice}>
              Link
            </Button>
          </form>
        ) : null
      ) : null}
    </div>
  );
}
