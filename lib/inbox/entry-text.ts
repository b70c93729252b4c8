// An inbox entry in words: "Lee Lead moved P0-006 to In progress". Used by the inbox (HTML) and by
// e-mail (plain text), in the reader's zone. Pure.

import type { NotificationKind } from "@/lib/domain/notifications";
import { STATUS_LABELS } from "@/lib/backlog/labels";
import { formatInstant } from "@/lib/time/format";
import { itemCount, type Change, type EntryDetail, type ItemRef } from "@/lib/notify/detail";

export type EntryWords = {
  /** Who did it ("Lee Lead"), shown in bold before `text`. */
  actor: string;
  /** The rest of the sentence, without the actor. */
  text: string;
  /** Where the entry leads. */
  href: string;
  /** The items it covers, each with its own link (a burst lists up to 20), and how many in all. */
  items: (ItemRef & { href: string })[];
  total: number;
  /** A quoted excerpt of a comment or note, if any. */
  excerpt?: string;
};

const SYSTEM_KINDS: readonly NotificationKind[] = ["at_risk", "overdue", "review_due", "metric_threshold", "import_finished", "webhook_disabled"];

export const itemHref = (item: Pick<ItemRef, "project" | "key">) => `/backlog/${encodeURIComponent(item.project)}/${encodeURIComponent(item.key)}`;

function changeWords(change: Change, key: string, zone: string, first: boolean): string {
  const its = first ? `${key}'s` : "its";
  switch (change.field) {
    case "status":
      return `moved ${first ? key : "it"} to ${STATUS_LABELS[change.to]}`;
    case "priority":
      if (!change.to) return `removed ${its} priority`;
      return change.from ? `changed ${its} priority from ${change.from} to ${change.to}` : `set ${its} priority to ${change.to}`;
    case "dueAt":
      return change.to ? `set ${its} due date to ${formatInstant(change.to, zone, "date")}` : `removed ${its} due date`;
    case "assignee":
      return change.to ? `assigned ${first ? key : "it"} to ${change.to}` : `unassigned ${first ? key : "it"}`;
  }
}

/** "moved P0-006 to Done and changed its priority from P2 to P1". */
export function changesWords(changes: readonly Change[], key: string, zone: string): string {
  const parts = changes.map((c, i) => changeWords(c, key, zone, i === 0));
  if (!parts.length) return `changed ${key}`;
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** The sentence for one entry, as the reader (in `zone`) sees it. */
export function entryWords(entry: { kind: NotificationKind; actorLabel: string; detail: EntryDetail; subjectType: string }, zone: string): EntryWords {
  const d = entry.detail;
  const items = (d.items ?? []).map((i) => ({ ...i, href: itemHref(i) }));
  const n = itemCount(d);
  const one = items[0];
  const many = n > 1;
  // Reminders, thresholds and finished imports are news, not someone's act: worded without an actor.
  const base = { actor: SYSTEM_KINDS.includes(entry.kind) ? "" : entry.actorLabel, items, total: n, excerpt: d.excerpt };
  const firstHref = one?.href ?? "/inbox";
  switch (entry.kind) {
    case "assigned":
      return { ...base, text: many ? `assigned you ${plural(n, "item")}` : `assigned you ${one?.key ?? "an item"}`, href: firstHref };
    case "item_changed":
      return { ...base, text: many ? `changed ${plural(n, "item")} you watch` : changesWords(d.changes ?? [], one?.key ?? "an item", zone), href: firstHref };
    case "commented":
      return { ...base, text: many ? `commented on ${plural(n, "item")} you watch` : `commented on ${one?.key ?? "an item"}`, href: firstHref };
    case "mentioned": {
      if (d.where === "runbook" && d.runbook) return { ...base, text: `mentioned you in a change note of the runbook ${d.runbook.title}`, href: `/runbooks/${encodeURIComponent(d.runbook.slug)}/history` };
      const where = d.where === "description" ? "the description of" : "a comment on";
      return { ...base, text: many ? `mentioned you on ${plural(n, "item")}` : `mentioned you in ${where} ${one?.key ?? "an item"}`, href: firstHref };
    }
    case "at_risk":
      return { ...base, text: many ? `${plural(n, "item")} you follow are close to their due date` : `${one?.key ?? "An item"} is close to its due date`, href: firstHref };
    case "overdue":
      return { ...base, text: many ? `${plural(n, "item")} you follow are overdue` : `${one?.key ?? "An item"} is overdue`, href: firstHref };
    case "review_due":
      return { ...base, text: `The runbook ${d.runbook?.title ?? ""} is due for review`.trim(), href: d.runbook ? `/runbooks/${encodeURIComponent(d.runbook.slug)}` : "/runbooks" };
    case "metric_threshold": {
      const m = d.metric;
      const value = m?.value !== undefined ? `: ${m.value.toLocaleString("en", { maximumFractionDigits: 3 })}${m.unit ? ` ${m.unit}` : ""}` : "";
      const state = m?.status === "critical" ? "is critical" : m?.status === "warning" ? "is at warning" : m?.status === "ok" ? "is back to OK" : "crossed a threshold";
      return { ...base, text: `${m?.name ?? "A metric"} ${state}${value}`, href: m ? `/metrics/${encodeURIComponent(m.key)}` : "/metrics" };
    }
    case "pull_request": {
      const pr = d.pullRequest;
      const name = pr ? `${pr.repo}#${pr.number}` : "a pull request";
      const kept = pr && one ? `; ${one.key} stays ${STATUS_LABELS[pr.status]}` : "";
      return { ...base, text: `reopened pull request ${name} for ${one?.key ?? "an item"}${kept}`, href: firstHref };
    }
    case "import_finished": {
      const i = d.import;
      const text = i ? `Your import of ${i.fileName} into ${i.project} finished: ${plural(i.created, "item")} created, ${i.updated.toLocaleString("en")} updated` : "Your import finished";
      return { ...base, text, href: i ? `/backlog?project=${encodeURIComponent(i.project)}` : "/backlog" };
    }
    case "webhook_disabled": {
      const w = d.webhook;
      const text = w ? `The webhook to ${w.url} was switched off after failing since ${formatInstant(w.failingSince, zone, "datetime")}` : "A webhook was switched off after a day of failures";
      return { ...base, text, href: w ? `/admin/webhooks/${encodeURIComponent(w.id)}` : "/admin/webhooks" };
    }
  }
}

/** One line of plain text (e-mail subjects, digests): "Lee Lead moved P0-006 to Done", "P0-006 is overdue". */
export function entryLine(entry: Parameters<typeof entryWords>[0], zone: string): string {
  const w = entryWords(entry, zone);
  return w.actor ? `${w.actor} ${w.text}` : w.text;
}
