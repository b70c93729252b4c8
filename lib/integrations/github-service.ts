import "server-only";
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { backlogItems, projects, type BacklogItem } from "@/db/schema";
import { githubDeliveries, itemPullRequests, type PullRequestState } from "@/db/schema-integrations";
import { appendAudit } from "@/lib/audit-log/append";
import { announceItem, updateItems, type ItemUpdate } from "@/lib/backlog/writer/items";
import { systemActor } from "@/lib/domain/actors";
import { isClosed, type Status } from "@/lib/domain/items";
import { deliver, type Pending } from "@/lib/notify/deliver-service";
import { followersOf } from "@/lib/notify/watch-service";
import type { PullRequestPayload, PushPayload } from "./github-payloads";
import { MAX_REFS, refsInPullRequest, refsInText, type ItemRef } from "./item-refs";

// What a GitHub delivery does to the backlog, in one transaction with the record of the delivery
// (so a redelivery of the same X-GitHub-Delivery changes nothing, and a failure leaves nothing
// half done for the redelivery to trip over). Items move only through the item writer, as the
// system actor "github": history, audit log, live updates, inbox entries and outgoing webhooks
// follow as for any other change.

/** Who GitHub's changes are by (the audit log's actor label is "system:github"). */
export const GITHUB_ACTOR = systemActor("github");

/** How long a delivery id is remembered (GitHub offers redelivery of the last few days' deliveries). */
export const DELIVERY_RETENTION_DAYS = 30;

export type DeliverySummary = {
  /** Items the delivery names that exist (each once), as project/key. */
  linked: string[];
  /** Items it moved, as project/key → the new status. */
  moved: { item: string; status: Status }[];
  /** Keys it names that no item has, or that several projects have (write project/KEY then). */
  ignored: string[];
  /** People told about a reopened pull request. */
  notified: number;
};

export type DeliveryOutcome = { duplicate: true } | ({ duplicate: false } & DeliverySummary);

const none = (): DeliverySummary => ({ linked: [], moved: [], ignored: [], notified: 0 });

/**
 * Runs `work` once per delivery id: records the id (forgetting ids older than the retention), or
 * answers `duplicate` when it was handled before. Concurrent copies of one delivery wait on the
 * id's unique index, and the second finds it taken.
 */
async function once(db: Db, deliveryId: string, event: string, work: (tx: Tx) => Promise<DeliverySummary>): Promise<DeliveryOutcome> {
  return db.transaction(async (tx) => {
    await tx.delete(githubDeliveries).where(lt(githubDeliveries.receivedAt, sql`now() - make_interval(days => ${DELIVERY_RETENTION_DAYS})`));
    const [fresh] = await tx.insert(githubDeliveries).values({ deliveryId, event }).onConflictDoNothing().returning({ id: githubDeliveries.deliveryId });
    if (!fresh) return { duplicate: true as const };
    return { duplicate: false as const, ...(await work(tx)) };
  });
}

/** A delivery of an event this integration does not act on (ping, or one GitHub sends because the hook subscribes to more): remembered, nothing else. */
export async function recordOnly(db: Db, deliveryId: string, event: string): Promise<DeliveryOutcome> {
  return once(db, deliveryId, event, async () => none());
}

type Found = { row: BacklogItem; slug: string; closes: boolean; /** The first reference that named it. */ ref: ItemRef };

/**
 * The items `refs` name, locked for update, each once: a qualified key in its project; a bare key
 * in the one project that has it (a key several projects share names none of them).
 */
async function resolve(tx: Tx, refs: readonly ItemRef[]): Promise<{ found: Found[]; ignored: string[] }> {
  if (!refs.length) return { found: [], ignored: [] };
  const keys = [...new Set(refs.map((r) => r.key))];
  const rows = await tx
    .select({ row: backlogItems, slug: projects.slug })
    .from(backlogItems)
    .innerJoin(projects, eq(projects.id, backlogItems.projectId))
    .where(inArray(sql`upper(${backlogItems.key})`, keys))
    .orderBy(backlogItems.id)
    .for("update", { of: backlogItems });
  const byId = new Map<string, Found>();
  const ignored: string[] = [];
  for (const ref of refs) {
    const matches = rows.filter((r) => r.row.key.toUpperCase() === ref.key && (ref.project === null || r.slug === ref.project));
    if (matches.length !== 1) {
      ignored.push(ref.project ? `${ref.project}/${ref.key}` : ref.key);
      continue;
    }
    const { row, slug } = matches[0]!;
    const seen = byId.get(row.id);
    if (seen) seen.closes ||= ref.closes;
    else byId.set(row.id, { row, slug, closes: ref.closes, ref });
  }
  return { found: [...byId.values()], ignored };
}

const label = (f: Found) => `${f.slug}/${f.row.key}`;

/** Moves items through the item writer as GitHub; returns what moved. */
async function move(tx: Tx, moves: { found: Found; status: Status }[]): Promise<DeliverySummary["moved"]> {
  if (!moves.length) return [];
  const updates: ItemUpdate[] = moves.map(({ found, status }) => ({ row: found.row, changes: { status } }));
  const written = await updateItems(tx, GITHUB_ACTOR, updates, { action: "item.status" });
  const ids = new Set(written.map((w) => w.id));
  return moves.filter((m) => ids.has(m.found.row.id)).map((m) => ({ item: label(m.found), status: m.status }));
}

/**
 * A pull_request delivery: links the pull request to every item it names (title, body, branch);
 * an open one that first names an item not started moves it to In progress; a merged one closes
 * (Done) the open items it names after a closing keyword; a reopened one changes no status but
 * tells the items' followers. Deliveries arrive out of order (GitHub retries, redeliveries by hand
 * days later): one that describes the pull request as it was before the state already recorded
 * (an older `updated_at`) changes nothing, and a merge is final whatever comes after it.
 */
export async function applyPullRequest(db: Db, deliveryId: string, payload: PullRequestPayload): Promise<DeliveryOutcome> {
  return once(db, deliveryId, "pull_request", async (tx) => {
    const pr = payload.pull_request;
    const repo = payload.repository.full_name;
    const reported: PullRequestState = pr.state === "closed" && (pr.merged || pr.merged_at) ? "merged" : pr.state;
    const title = pr.title.slice(0, 500);
    const sourceUpdatedAt = pr.updated_at ? new Date(pr.updated_at) : null;
    const { found, ignored } = await resolve(tx, refsInPullRequest({ title: pr.title, body: pr.body, branch: pr.head.ref }));
    const summary: DeliverySummary = { ...none(), linked: found.map(label), ignored };
    if (!found.length) return summary;

    const existing = await tx
      .select({ itemId: itemPullRequests.itemId, state: itemPullRequests.state, title: itemPullRequests.title, sourceUpdatedAt: itemPullRequests.sourceUpdatedAt })
      .from(itemPullRequests)
      .where(and(eq(itemPullRequests.repo, repo), eq(itemPullRequests.number, pr.number), inArray(itemPullRequests.itemId, found.map((f) => f.row.id))));
    const before = new Map(existing.map((e) => [e.itemId, e]));
    const now = new Date();
    const moves: { found: Found; status: Status }[] = [];
    const reopened: Found[] = [];
    for (const f of found) {
      const prior = before.get(f.row.id);
      if (prior && isOlder(sourceUpdatedAt, prior.sourceUpdatedAt)) continue;
      // GitHub cannot reopen a merged pull request: an "open" or "closed" after "merged" is out of order (without a time to tell).
      const state: PullRequestState = prior?.state === "merged" ? "merged" : reported;
      const seenAt = sourceUpdatedAt ?? prior?.sourceUpdatedAt ?? null;
      await tx
        .insert(itemPullRequests)
        .values({ itemId: f.row.id, repo, number: pr.number, url: pr.html_url, title, state, closes: f.closes, sourceUpdatedAt: seenAt, createdAt: now, updatedAt: now })
        .onConflictDoUpdate({
          target: [itemPullRequests.itemId, itemPullRequests.repo, itemPullRequests.number],
          set: { url: pr.html_url, title, state, closes: f.closes, sourceUpdatedAt: seenAt, updatedAt: now },
        });
      // The history says when a pull request was linked and when its state changed (not each push to it).
      if (!prior || prior.state !== state) {
        await appendAudit(tx, GITHUB_ACTOR, {
          action: "item.github",
          entityType: "item",
          entityId: f.row.id,
          before: prior ? { state: prior.state } : null,
          after: { repo, number: pr.number, url: pr.html_url, title, state },
        });
      }
      if (payload.action === "reopened" && state === "open") reopened.push(f);
      const opens = state === "open" && (payload.action === "opened" || (!prior && payload.action !== "reopened"));
      if (opens && f.row.status === "not_started") moves.push({ found: f, status: "in_progress" });
      // Only the merge itself closes items: a second copy of it (another delivery id) leaves an item someone reopened since alone.
      else if (state === "merged" && prior?.state !== "merged" && payload.action === "closed" && f.closes && !isClosed(f.row.status)) moves.push({ found: f, status: "done" });
      // A new link, or a changed title or state, changes the item's page even when no status moves.
      else if (!prior || prior.state !== state || prior.title !== title) await announceItem(tx, GITHUB_ACTOR, f.row.id);
    }
    summary.moved = await move(tx, moves);
    if (reopened.length) summary.notified = await tellReopened(tx, reopened, { repo, number: pr.number, url: pr.html_url, title });
    return summary;
  });
}

/** The delivery describes the pull request at an earlier time than the one already recorded. */
const isOlder = (delivered: Date | null, recorded: Date | null) => delivered !== null && recorded !== null && delivered < recorded;

/** "GitHub reopened pull request acme/api#12 for P0-006": to each item's followers (assignee, watchers, the project's watchers). */
async function tellReopened(tx: Tx, found: readonly Found[], pullRequest: { repo: string; number: number; url: string; title: string }): Promise<number> {
  const followers = await followersOf(tx, found.map((f) => f.row));
  const pending: Pending[] = [];
  for (const f of found) {
    const item = { id: f.row.id, key: f.row.key, title: f.row.title.slice(0, 200), project: f.slug };
    for (const userId of followers.get(f.row.id) ?? []) {
      pending.push({
        userId,
        kind: "pull_request",
        subjectType: "item",
        subjectId: f.row.id,
        detail: { items: [item], pullRequest: { ...pullRequest, title: pullRequest.title.slice(0, 200), status: f.row.status } },
        burstKey: `pull_request:${pullRequest.repo}#${pullRequest.number}:${f.row.id}`,
      });
    }
  }
  return (await deliver(tx, GITHUB_ACTOR, pending)).length;
}

/**
 * A push delivery: on the repository's default branch, each commit whose message names an item
 * after a closing keyword closes it (Done), the commit and its link recorded in the item's history.
 * Commits on other branches, and commits that only mention a key, change nothing: their pull
 * request links them. An item closed already is left alone (its pull request's merge closed it).
 */
export async function applyPush(db: Db, deliveryId: string, payload: PushPayload): Promise<DeliveryOutcome> {
  return once(db, deliveryId, "push", async (tx) => {
    const branch = payload.repository.default_branch;
    if (payload.deleted || !branch || payload.ref !== `refs/heads/${branch}`) return none();
    const repo = payload.repository.full_name;
    // Every commit's closing references, resolved (and locked, in id order) at once; each item by the first commit that closes it.
    const commitOf = new Map<string, PushPayload["commits"][number]>();
    const refs: ItemRef[] = [];
    for (const commit of payload.commits.slice(0, 100)) {
      for (const ref of refsInText(commit.message).filter((r) => r.closes)) {
        const id = `${ref.project ?? ""}/${ref.key}`;
        if (commitOf.has(id) || refs.length >= MAX_REFS) continue;
        commitOf.set(id, commit);
        refs.push(ref);
      }
    }
    const { found, ignored } = await resolve(tx, refs);
    const summary: DeliverySummary = { ...none(), ignored };
    const moves: { found: Found; status: Status }[] = [];
    for (const f of found) {
      // Closed already (by its pull request's merge, most often, before the merge commit's push): nothing to add.
      if (isClosed(f.row.status)) continue;
      const commit = commitOf.get(`${f.ref.project ?? ""}/${f.ref.key}`)!;
      summary.linked.push(label(f));
      await appendAudit(tx, GITHUB_ACTOR, {
        action: "item.github",
        entityType: "item",
        entityId: f.row.id,
        before: null,
        after: { repo, commit: commit.id.slice(0, 40), url: commit.url, title: commit.message.split("\n", 1)[0]!.slice(0, 500), state: "pushed" },
      });
      moves.push({ found: f, status: "done" });
    }
    summary.moved = await move(tx, moves);
    return summary;
  });
}
