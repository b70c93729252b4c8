// The priorities the dashboard's progress charts stack, with their colours; shared by the page's
// table (progress-charts.tsx) and the plots loaded on demand (progress-plot.tsx).
export const SERIES = [
  { key: "P0", label: "P0", color: "var(--danger)" },
  { key: "P1", label: "P1", color: "var(--warning)" },
  { key: "P2", label: "P2", color: "var(--primary)" },
  { key: "P3", label: "P3", color: "var(--success)" },
  { key: "untriaged", label: "Untriaged", color: "var(--muted-foreground)" },
] as const;

export type ByPriority = { P0: number; P1: number; P2: number; P3: number; untriaged: number };
/** One week of a plot: its label and a count per priority. */
export type WeekRow = ByPriority & { week: string | undefined };
