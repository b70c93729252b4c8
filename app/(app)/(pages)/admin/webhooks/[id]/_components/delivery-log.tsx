import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { Badge } from "@/components/ui/badge";
import type { DeliveryRow, DeliveryState } from "@/lib/webhooks/endpoint-queries";
import { RedeliverButton } from "./redeliver-button";

const STATE: Record<DeliveryState, { label: string; className: string }> = {
  delivered: { label: "Delivered", className: "border-success/40 text-success" },
  queued: { label: "Queued", className: "" },
  retrying: { label: "Retrying", className: "border-warning/50 text-warning-text" },
  abandoned: { label: "Given up", className: "border-danger/40 text-danger" },
};

const statusText = (status: number | null) => (status === null ? "no answer" : String(status));

/**
 * Each event sent to the endpoint, latest first: its state, and every attempt (status, how long,
 * the start of what the receiver answered) under a disclosure. Finished events can be sent again.
 */
export function DeliveryLog({ id, rows, next }: { id: string; rows: DeliveryRow[]; next: number | null }) {
  if (!rows.length) {
    return <p className="p-4 text-sm text-muted-foreground">Nothing sent yet. “Send test event” posts a <code className="font-mono">ping</code> and shows it here.</p>;
  }
  // An event queued again is a newer row with the same event id: its older rows offer no second redeliver.
  const waiting = new Set(rows.filter((r) => r.state === "queued" || r.state === "retrying").map((r) => r.eventId));
  return (
    <>
      <ol className="divide-y divide-border" aria-label="Deliveries, latest first">
        {rows.map((r) => {
          const last = r.attempts[0];
          return (
            <li key={r.id} className="px-4 py-3" data-testid="delivery-row">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 text-sm">
                <Badge className={STATE[r.state].className}>{STATE[r.state].label}</Badge>
                <span className="font-mono font-medium">{r.eventType}</span>
                <LocalTime iso={r.createdAt.toISOString()} format="short" className="text-muted-foreground" />
                {last ? (
                  <span className="text-muted-foreground">
                    <span className={last.status !== null && last.status < 300 && last.status >= 200 ? "text-success" : "text-danger"}>{statusText(last.status)}</span> in {last.durationMs.toLocaleString("en")} ms
                    {r.attempts.length > 1 ? ` · ${r.attempts.length} attempts` : ""}
                  </span>
                ) : null}
                {r.nextAttemptAt && r.state === "retrying" ? (
                  <span className="text-muted-foreground">
                    next try <LocalTime iso={r.nextAttemptAt.toISOString()} format="short" />
                  </span>
                ) : null}
                <span className="ml-auto">{(r.state === "delivered" || r.state === "abandoned") && !waiting.has(r.eventId) ? <RedeliverButton deliveryId={r.id} eventType={r.eventType} /> : null}</span>
              </div>
              {r.state === "abandoned" && r.lastError ? <p className="mt-1 text-xs text-danger">{r.lastError}</p> : null}
              {r.attempts.length ? (
                <details className="mt-2 text-xs">
                  <summary className="cursor-pointer text-muted-foreground select-none">Attempts and responses</summary>
                  <p className="mt-1 font-mono text-muted-foreground">event {r.eventId}</p>
                  <ol className="mt-2 space-y-2">
                    {r.attempts.map((a) => (
                      <li key={a.id} className="rounded-md border border-border p-2">
                        <p>
                          <LocalTime iso={a.at.toISOString()} format="datetime" /> · <span className="font-medium">{statusText(a.status)}</span> · {a.durationMs.toLocaleString("en")} ms
                          {a.error ? <span className="text-danger"> · {a.error}</span> : null}
                        </p>
                        {a.excerpt ? <pre className="mt-1 max-h-40 overflow-auto font-mono break-all whitespace-pre-wrap text-muted-foreground">{a.excerpt}</pre> : null}
                      </li>
                    ))}
                  </ol>
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
      {next ? (
        <p className="border-t border-border px-4 py-3 text-sm">
          <Link href={`/admin/webhooks/${id}?before=${next}`} className="text-primary underline underline-offset-2">
            Older deliveries
          </Link>
        </p>
      ) : null}
    </>
  );
}
