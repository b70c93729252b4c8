import type { ReactNode } from "react";
import { PrintedAt } from "./printed-at";

// The lines a printed page starts with: which view this is, narrowed how, printed when and by
// whom. Paper has no URL bar and no filter bar, so without it a printout cannot say what it shows.
// Hidden on screen (the page says all of it there already); app/globals.css's print block hides
// the controls and makes the page light.

export function PrintHeader({ title, filters, printedBy, renderedAt = new Date().toISOString() }: {
  /** The view's name: "Backlog", an item's key and title. */
  title: string;
  /** The view's filters in words ("Project: Payments · Priority: P0"), or what the page is about. */
  filters: ReactNode;
  printedBy?: string;
  /** When the server rendered the page; the browser replaces it with the moment of printing. */
  renderedAt?: string;
}) {
  return (
    <header data-testid="print-header" className="mb-4 hidden border-b border-black pb-2 text-sm print:block">
      <p className="text-xs">Health Backlog</p>
      <p className="text-base font-semibold">{title}</p>
      <p data-testid="print-filters">{filters}</p>
      <p className="text-xs">
        Printed <PrintedAt renderedAt={renderedAt} />
        {printedBy ? ` by ${printedBy}` : null}
      </p>
    </header>
  );
}
