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
export function Table({ className, containerClassName, ...props }: ComponentProps<"table"> & { containerClassName?: string }) {
  return (
    <div className={cn("relative overflow-x-auto", containerClassName)}>
      <table className={cn("w-full text-sm", className)} {...props} />
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
export function TableHead({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return <th scope={scope} className={cn("px-3 py-2", scope === "row" ? "text-left font-normal" : "font-medium", className)} {...props} />;
}

export function TableCell({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-3 py-2", className)} {...props} />;
}
