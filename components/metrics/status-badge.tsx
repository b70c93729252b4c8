import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import { STATUS_LABEL } from "@/lib/metrics/format";
import type { MetricStatus } from "@/lib/metrics/status";

const TONE: Record<MetricStatus, string> = {
  ok: "border-success/40 bg-success/10 text-success",
  warning: "border-warning/50 bg-warning/15 text-foreground",
  // The theme's danger red on its own 10% tint measured 4.41:1 in light mode, under the 4.5:1 small
  // text needs; Tailwind's red-700 is darker (the dark theme's red is light enough already).
  critical: "border-danger/40 bg-danger/10 text-red-700 dark:text-danger",
  no_data: "text-muted-foreground",
};

const DOT: Record<MetricStatus, string> = { ok: "bg-success", warning: "bg-warning", critical: "bg-danger", no_data: "bg-muted-foreground" };

/** A metric's state in words and colour (never colour alone). */
export function MetricStatusBadge({ status, className }: { status: MetricStatus; className?: string }) {
  return (
    <Badge className={cn(TONE[status], className)} data-status={status}>
      <span aria-hidden className={cn("mr-1.5 inline-block size-1.5 rounded-full", DOT[status])} />
      {STATUS_LABEL[status]}
    </Badge>
  );
}
