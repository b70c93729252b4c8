import "server-only";
import type { Db } from "@/db";
import { metricOptions } from "@/lib/metrics/queries";
import { loadRunbookPageView } from "./off-thread";
import { getRunbookForParam } from "./queries";
import { watchState } from "@/lib/notify/queries";

// Everything a runbook's page shows: the record (getRunbook), its body laid out (off the request
// thread when long), its review history and its linked metrics, the alarming ones first in a banner.
// Times the page prints are ISO strings, as LocalTime takes them.

/** What the viewer may do on a runbook's page; editing also decides whether the metric picker is read. */
export type RunbookPagePermissions = { edit: boolean; review: boolean; drill: boolean };

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The runbook a page's `[slug]` segment names, as its page shows it to a viewer with `may`, or null. */
export async function loadRunbookPage(db: Db, slugParam: string, may: RunbookPagePermissions, viewerId: string | null = null) {
  const runbook = await getRunbookForParam(db, slugParam);
  if (!runbook) return null;
  const [view, options, watching] = await Promise.all([
    loadRunbookPageView(runbook.body),
    may.edit ? metricOptions(db) : [],
    // Its owner follows it without choosing to; anyone may watch it.
    viewerId ? watchState(db, viewerId, "runbook", runbook.id, runbook.ownerId === viewerId) : false,
  ]);
  const { metrics, reviews, ...rest } = runbook;
  return {
    may,
    watching,
    runbook: rest,
    // A runbook that is one scenario (an alert runbook, a procedure: layouts.ts) names it by its own
    // title, which is not part of the body the view was laid out (and kept) for.
    view: { ...view, scenarios: view.scenarios.map((s) => (s.title ? s : { ...s, title: runbook.title })) },
    review: {
      lastAt: iso(runbook.lastReviewedAt),
      lastByName: runbook.reviewedByName,
      dueAt: runbook.reviewDueAt,
      intervalDays: runbook.reviewIntervalDays,
      /** Reviews before the last one, newest first. */
      earlier: reviews.slice(1).map((r) => ({ at: r.reviewedAt.toISOString(), byName: r.reviewedByName, revision: r.revision, note: r.note })),
    },
    /** Linked metrics in warning or critical: the page opens with them. */
    alarms: metrics
      .filter((m) => m.status === "warning" || m.status === "critical")
      .map((m) => ({ id: m.id, key: m.key, name: m.name, unit: m.unit, value: m.value, status: m.status, recordedAt: iso(m.recordedAt) })),
    metrics: { linked: metrics.map((m) => ({ id: m.id, key: m.key, name: m.name, unit: m.unit, value: m.value, status: m.status })), options },
  };
}

export type RunbookPage = NonNullable<Awaited<ReturnType<typeof loadRunbookPage>>>;
