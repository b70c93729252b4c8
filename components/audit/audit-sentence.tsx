import Link from "next/link";
import type { ReactNode } from "react";
import { LocalTime } from "@/components/local-time";
import type { Phrase, Segment, Sentence } from "@/lib/screens/audit-text";

// An audit event in words (lib/screens/audit-text.ts builds them), as the item page's history and
// the admin audit log both show it: values in medium weight, things as links, times in the
// viewer's zone, and a long text's whole before and after behind a disclosure.

function LongText({ label, text }: { label: string; text: string | null }) {
  return (
    <div className="min-w-0">
      <p className="text-xs text-muted-foreground">{label}</p>
      <p className="whitespace-pre-wrap break-words">{text === null || text === "" ? <span className="text-muted-foreground">(empty)</span> : text}</p>
    </div>
  );
}

function SegmentView({ segment }: { segment: Segment }) {
  switch (segment.kind) {
    case "text":
      return segment.text;
    case "value":
      return <span className="font-medium break-words">{segment.text}</span>;
    case "time":
      return <LocalTime iso={segment.iso} className="font-medium" />;
    case "link":
      return segment.href ? (
        <Link href={segment.href} className="font-medium text-primary break-words underline decoration-primary/40 underline-offset-2 hover:decoration-primary">
          {segment.text}
        </Link>
      ) : (
        <span className="font-medium break-words">{segment.text}</span>
      );
    case "diff":
      return (
        <details className="mt-1">
          <summary className="cursor-pointer text-xs text-primary">Show the full text</summary>
          <div className="mt-1 grid gap-2 rounded-md border border-border p-2 text-xs sm:grid-cols-2">
            <LongText label="Before" text={segment.before} />
            <LongText label="After" text={segment.after} />
          </div>
        </details>
      );
  }
}

export function PhraseView({ phrase }: { phrase: Phrase }) {
  return (
    <>
      {phrase.map((s, i) => (
        <SegmentView key={i} segment={s} />
      ))}
    </>
  );
}

/** "Actor did this", then one line per field when one edit changed several; `after` follows the headline (when, a note). */
export function AuditSentence({ actor, sentence, after }: { actor: ReactNode; sentence: Sentence; after?: ReactNode }) {
  return (
    <>
      <span className="font-medium">{actor}</span> <PhraseView phrase={sentence.head} />
      {after}
      {sentence.details.length ? (
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          {sentence.details.map((p, i) => (
            <li key={i}>
              <PhraseView phrase={p} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
