import { Card } from "@/components/ui/card";
import { auditNote, describeAudit, type Lookups, type Phrase } from "./history-text";
import { LocalTime } from "@/components/local-time";
import type { AuditRecord } from "@/lib/domain/audit-record";

export type HistoryEntry = { id: number; actorName: string; at: string; record: AuditRecord };

function PhraseView({ phrase }: { phrase: Phrase }) {
  return (
    <>
      {phrase.map((s, i) =>
        s.kind === "text" ? (
          <span key={i}>{s.text}</span>
        ) : s.kind === "value" ? (
          <span key={i} className="font-medium">
            {s.text}
          </span>
        ) : (
          <LocalTime key={i} iso={s.iso} className="font-medium" />
        ),
      )}
    </>
  );
}

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
            const phrases = describeAudit(e.record, lookups);
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
                <span className="font-medium">{e.actorName}</span>{" "}
                {phrases.length === 1 ? (
                  <>
                    <PhraseView phrase={phrases[0]!} />
                    {when}
                  </>
                ) : (
                  <>
                    made {phrases.length} changes{when}
                    <ul className="mt-1 list-disc space-y-0.5 pl-5">
                      {phrases.map((p, i) => (
                        <li key={i}>
                          <PhraseView phrase={p} />
                        </li>
                      ))}
                    </ul>
                  </>
                )}
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
