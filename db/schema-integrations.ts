import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { backlogItems } from "./schema";

// The GitHub integration (lib/integrations): the pull requests that name an item, and the
// deliveries already handled (GitHub redelivers by hand or after a timeout with the same
// X-GitHub-Delivery id; a second one is a no-op). Delivery ids are kept for DELIVERY_RETENTION_DAYS.

export const PULL_REQUEST_STATES = ["open", "closed", "merged"] as const;
export type PullRequestState = (typeof PULL_REQUEST_STATES)[number];

/** A pull request that names an item (title, body or branch), as it last was. */
export const itemPullRequests = pgTable(
  "item_pull_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    itemId: uuid("item_id")
      .notNull()
      .references(() => backlogItems.id, { onDelete: "cascade" }),
    // "owner/name", as GitHub spells it.
    repo: text("repo").notNull(),
    number: integer("number").notNull(),
    url: text("url").notNull(),
    title: text("title").notNull(),
    state: text("state").notNull().$type<PullRequestState>(),
    // It names the item after a closing keyword ("Fixes P0-006"): merging it closes the item.
    closes: boolean("closes").notNull().default(false),
    // GitHub's updated_at of the delivery that set this state: an older delivery changes nothing.
    sourceUpdatedAt: timestamp("source_updated_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("item_pull_requests_item_repo_number").on(t.itemId, t.repo, t.number),
    index("item_pull_requests_repo_number_idx").on(t.repo, t.number),
    check("item_pull_requests_state", sql`${t.state} in ('open', 'closed', 'merged')`),
  ],
);

/** Each X-GitHub-Delivery handled, so a redelivery changes nothing. */
export const githubDeliveries = pgTable(
  "github_deliveries",
  {
    deliveryId: text("delivery_id").primaryKey(),
    event: text("event").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("github_deliveries_received_idx").on(t.receivedAt)],
);
