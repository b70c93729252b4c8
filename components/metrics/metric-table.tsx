import { LocalTime } from "@/components/local-time";
import { Table } from "@/components/ui/table";
import type { ChartSeries } from "@/lib/metrics/queries";
import { formatValue } from "@/lib/metrics/format";
import type { ChartMetric } from "./chart-geometry";
import { formatBucketSize } from "./chart-format";

// The chart's text alternative: the same series as rows, newest first.

export const TABLE_ROW_LIMIT = 200;

export interface MetricTableProps {
  metric: ChartMetric;
  series: ChartSeries;
  /** Rows shown at most (newest first); a note says when some are left out. */
  maxRows?: number;
  className?: string;
}

export function MetricTable({ metric, series, maxRows = TABLE_ROW_LIMIT, className }: MetricTableProps) {
  const bucketed = series.bucketMs !== null;
  const rows = series.points.slice(-maxRows).reverse();
  const trimmed = series.points.length - rows.length;
  const count = (n: number) => new Intl.NumberFormat("en").format(n);
  const cell = (v: number) => formatValue(v, metric.unit);

  return (
    <Table containerClassName={className} className="tabular-nums">
      <caption className="mb-2 text-left text-sm text-muted-foreground">
        <span className="font-medium text-foreground">{metric.name}</span>, newest first
        {bucketed && <>; each row is the mean of one {formatBucketSize(series.bucketMs!)} period, with its lowest and highest value</>}
        {trimmed > 0 && (
          <span className="block">
            Showing the newest {count(rows.length)} of {count(series.points.length)} {bucketed ? "periods" : "values"}.
          </span>
        )}
      </caption>
      <thead>
        <tr className="border-b border-border text-left text-xs text-muted-foreground">
          <th scope="col" className="py-1.5 pr-4 font-medium">
            {bucketed ? "Period (middle)" : "Time"}
          </th>
          <th scope="col" className="py-1.5 pr-4 text-right font-medium">
            {bucketed ? "Mean" : "Value"}
          </th>
          {bucketed && (
            <>
              <th scope="col" className="py-1.5 pr-4 text-right font-medium">
                Min
              </th>
              <th scope="col" className="py-1.5 pr-4 text-right font-medium">
                Max
              </th>
              <th scope="col" className="py-1.5 text-right font-medium">
                Values
              </th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={bucketed ? 5 : 2} className="py-3 text-muted-foreground">
              No values in this range.
            </td>
          </tr>
        )}
        {rows.map((p, i) => (
          // Raw values may share a timestamp.
          <tr key={`${p.t}-${i}`} className="border-b border-border/60 last:border-0">
            <th scope="row" className="py-1 pr-4 text-left font-normal">
              <LocalTime iso={new Date(p.t).toISOString()} />
            </th>
            <td className="py-1 pr-4 text-right">{cell(p.v)}</td>
            {bucketed && (
              <>
                <td className="py-1 pr-4 text-right">{cell(p.min)}</td>
                <td className="py-1 pr-4 text-right">{cell(p.max)}</td>
                <td className="py-1 text-right">{count(p.n)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
