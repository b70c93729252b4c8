import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

// The app's data table: a ruled header in small muted type, rows ruled below (not the last), cells
// padded px-3 py-2. Every part takes a className, merged over these defaults (px-4 wins over px-3).
// Small tables inside an already padded panel (a chart's table view, a file preview, a diff) keep
// their own tighter rows and cells and use Table alone, for the scrolling box and the base type.

/**
 * The table inside a box of its own that scrolls sideways, so a wide table never widens the page.
 * The box is `relative` so that it also holds the absolutely placed parts of its cells (a column's
 * `sr-only` name): an unpositioned scroller lets them out, and they widened a phone's page by 300 px.
 */
export function Table({
  className,
  containerClassName,
  stacked = false,
  scrollLabel,
  ...props
}: ComponentProps<"table"> & {
  containerClassName?: string;
  /** On a phone, each row is a card and each cell a line under its `label` (app/globals.css, `.table-stacked`). */
  stacked?: boolean;
  /**
   * For a table with nothing focusable in it (a diff): names its box, which then takes the focus,
   * so a keyboard can scroll it sideways too.
   */
  scrollLabel?: string;
}) {
  const scroller = scrollLabel ? { role: "region", "aria-label": scrollLabel, tabIndex: 0 } : {};
  return (
    <div className={cn("relative overflow-x-auto", containerClassName)} {...scroller}>
      <table className={cn("w-full text-sm", stacked && "table-stacked", className)} {...props} />
    </div>
  );
}

/** The header row: pass the column headers as children (every table here has one header row). */
export function TableHeader({ className, children, ...props }: ComponentProps<"thead">) {
  return (
    <thead className={cn("border-b border-border text-left text-xs text-muted-foreground", className)} {...props}>
      <tr>{children}</tr>
    </thead>
  );
}

export function TableBody(props: ComponentProps<"tbody">) {
  return <tbody {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("border-b border-border last:border-0", className)} {...props} />;
}

/**
 * A header cell. A column header (the default) is a medium-weight label; a row header
 * (`scope="row"`) names its row in the body, so it is set like the cells beside it.
 */
export function TableHead({ className, scope = "col", label, ...props }: ComponentProps<"th"> & { label?: string }) {
  return <th scope={scope} data-label={label} className={cn("px-3 py-2", scope === "row" ? "text-left font-normal" : "font-medium", className)} {...props} />;
}

/** `label`: the column's name, shown above the cell when a `stacked` table is a card on a phone. */
export function TableCell({ className, label, ...props }: ComponentProps<"td"> & { label?: string }) {
  return <td data-label={label} className={cn("px-3 py-2", className)} {...props} />;
}
