import { sparklinePoints, valueExtent } from "./chart-geometry";

// A trend line small enough for a table cell or a card: plain SVG, so it renders on the server
// and costs no client JavaScript. It takes the text colour (stroke="currentColor").

const PAD = 2;

export interface SparklineProps {
  points: { t: number; v: number }[];
  /** What the line shows, for screen readers ("Type errors, last 30 days: 12 to 48"). */
  label: string;
  width?: number;
  height?: number;
  /** Drawn as a dashed line when it is near the values (see valueExtent). */
  target?: number | null;
  className?: string;
}

export function Sparkline({ points: given, label, width = 120, height = 32, target = null, className }: SparklineProps) {
  // A value that is not a number (NaN stored straight into the database) has no place on the line.
  const points = given.filter((p) => Number.isFinite(p.v) && Number.isFinite(p.t));
  const common = { role: "img", width, height, viewBox: `0 0 ${width} ${height}`, className, fill: "none", stroke: "currentColor" } as const;
  if (points.length < 2) {
    return (
      <svg {...common} aria-label="no data">
        <line x1={PAD} x2={width - PAD} y1={height / 2} y2={height / 2} strokeWidth={1} strokeDasharray="3 3" opacity={0.5} />
      </svg>
    );
  }
  const [lo, hi] = valueExtent(
    points.map((p) => ({ min: p.v, max: p.v })),
    [target],
  )!;
  const xy = sparklinePoints(points, width, height, PAD, [lo, hi]);
  const targetY = target !== null && target >= lo && target <= hi ? sparklinePoints([{ t: 0, v: target }], width, height, PAD, [lo, hi])[0]!.y : null;
  return (
    <svg {...common} aria-label={label}>
      {targetY !== null && <line x1={PAD} x2={width - PAD} y1={targetY} y2={targetY} strokeWidth={1} strokeDasharray="2 2" opacity={0.55} data-target="" />}
      <polyline points={xy.map((p) => `${p.x},${p.y}`).join(" ")} strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
    </svg>
  );
}
