import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { itemPullRequests } from "@/db/schema-integrations";

/** The pull requests that name an item, latest activity first (the item page's "Pull requests"). */
export async function pullRequestsOf(db: Db, itemId: string) {
  const rows = await db
    .select({ repo: itemPullRequests.repo, number: itemPullRequests.number, url: itemPullRequests.url, title: itemPullRequests.title, state: itemPullRequests.state, closes: itemPullRequests.closes, updatedAt: itemPullRequests.updatedAt })
    .from(itemPullRequests)
    .where(eq(itemPullRequests.itemId, itemId))
    .orderBy(desc(itemPullRequests.updatedAt), desc(itemPullRequests.number))
    .limit(50);
  return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
}

export type PullRequestView = Awaited<ReturnType<typeof pullRequestsOf>>[number];
