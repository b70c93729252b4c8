import { AuditSentence } from "@/components/audit/audit-sentence";
import { LocalTime } from "@/components/local-time";
import { Card } from "@/components/ui/card";
import type { AuditRecord } from "@/lib/domain/audit-record";
import { auditNote, describeEvent, type Lookups } from "@/lib/screens/audit-text";

export type HistoryEntry = { id: number; actorName: string; at: string; record: AuditRecord };

/** Who changed what, from what to what, when: newest first. */
export function HistoryList({ entries, lookups, truncated, imported }: { entries: HistoryEntry[]; lookups: Lookups; truncated: boolean; imported: string | null }) {
  return (
    <Card className="p-4">
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 font-medium">
          Activity
        </h2>
        {entries.length === 0 && !imported ? <p className="text-sm text-muted-foreground">No changes recorded yet.</p> : null}
        <ol className="space-y-2.5 text-sm" data-testid="item-history">
          {entries.map((e) => {
            const note = auditNote(e.record);
            const when = (
              <span className="text-muted-foreground">
                {" · "}
                <LocalTime iso={e.at} format="short" />
                {note ? ` · ${note}` : ""}
              </span>
            );
            return (
              <li key={e.id} className="border-l-2 border-border pl-3">
                {/* The item's own page: "this item" is understood, so no subject. */}
                <AuditSentence actor={e.actorName} sentence={describeEvent(e.record, lookups, null)} after={when} />
              </li>
            );
          })}
          {/* Imported items have no creation row of their own: the import is recorded once, for all. */}
          {imported && !truncated ? (
            <li className="border-l-2 border-border pl-3 text-muted-foreground">
              Created by an import · <LocalTime iso={imported} format="short" />
            </li>
          ) : null}
        </ol>
        {truncated ? <p className="mt-3 text-xs text-muted-foreground">Showing the latest {entries.length} changes; older ones are in the audit log.</p> : null}
      </section>
    </Card>
  );
}
