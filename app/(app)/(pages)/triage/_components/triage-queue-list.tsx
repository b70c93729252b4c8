import { Card } from "@/components/ui/card";
import type { TriageItem } from "@/lib/backlog/triage-queries";
import { cn } from "@/lib/cn";

// The queue on the left of the inbox. The inbox owns the focus; this only shows it and reports clicks.

/** The DOM id of an entry's button, so the inbox can scroll it into view and move keyboard focus to it. */
export const entryId = (id: string) => `triage-entry-${id}`;

export function QueueList({
  items,
  focusedId,
  total,
  listRef,
  onFocus,
}: {
  items: TriageItem[];
  focusedId: string;
  total: number;
  listRef: React.RefObject<HTMLUListElement | null>;
  onFocus: (id: string) => void;
}) {
  return (
    <Card className="overflow-hidden">
      <p className="flex justify-between border-b border-border px-3 py-2 text-xs text-muted-foreground">
        <span>Oldest first</span>
        {total > items.length ? (
          <span>
            showing {items.length} of {total.toLocaleString("en")}
          </span>
        ) : null}
      </p>
      <ul ref={listRef} aria-label="Triage queue" className="max-h-64 divide-y divide-border overflow-y-auto lg:max-h-[calc(100vh-13rem)]">
        {items.map((item) => {
          const current = item.id === focusedId;
          return (
            <li key={item.id}>
              {/* One tab stop for the whole list (roving tabindex); j/k move between entries. */}
              <button
                id={entryId(item.id)}
                type="button"
                tabIndex={current ? 0 : -1}
                aria-current={current ? "true" : undefined}
                onClick={() => onFocus(item.id)}
                // Inset, or the scrolling list would clip the global focus ring (an unlayered rule
                // that utility classes cannot override).
                style={{ outlineOffset: -2 }}
                className={cn(
                  "block w-full border-l-2 px-3 py-2.5 text-left transition-colors hover:bg-muted/60",
                  current ? "border-l-primary bg-muted" : "border-l-transparent",
                )}
              >
                <span className="flex items-center gap-2 text-xs text-muted-foreground">
                  <span className="font-mono text-foreground/80">{item.key}</span>
                  <span className="truncate">{item.projectName}</span>
                  {item.recentImport ? <span className="ml-auto shrink-0 rounded bg-primary/10 px-1.5 text-[0.7rem] font-medium text-primary">new</span> : null}
                </span>
                <span className="mt-0.5 line-clamp-2 block text-sm font-medium">{item.title}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
