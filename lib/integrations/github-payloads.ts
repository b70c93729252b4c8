import { z } from "zod";

// The few fields of GitHub's webhook payloads this integration reads
// (https://docs.github.com/webhooks/webhook-events-and-payloads; example payloads in
// octokit/webhooks, payload-examples/). Payloads are large and grow new fields: every object is
// loose (unknown fields pass), only what is used is checked, and texts are bounded.

// PostgreSQL's text and jsonb cannot hold U+0000: dropped from what is stored, rather than refusing GitHub's delivery.
const text = (max: number, pattern?: [RegExp, string]) =>
  (pattern ? z.string().max(max).regex(pattern[0], pattern[1]) : z.string().max(max)).transform((s) => s.replaceAll("\u0000", ""));
const repository = z.looseObject({
  full_name: text(200, [/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, "must be owner/name"]),
  default_branch: text(300).optional(),
});
const httpsUrl = text(2000, [/^https?:\/\/[^\s\u0000]+$/, "must be an http(s) address"]);

export const pullRequestPayload = z.looseObject({
  action: text(100),
  number: z.number().int().optional(),
  pull_request: z.looseObject({
    // Stored in an integer column: a number beyond it is bad input (400), not a database error.
    number: z.number().int().positive().max(2_147_483_647),
    html_url: httpsUrl,
    title: text(1000),
    body: text(300_000).nullish(),
    state: z.enum(["open", "closed"]),
    merged: z.boolean().nullish(),
    merged_at: z.string().nullish(),
    // When GitHub last changed the pull request: deliveries can arrive out of order (a redelivery
    // days later, a slow "synchronize" after "closed"), and an older one must not undo a newer state.
    updated_at: z.iso.datetime({ offset: true }).nullish(),
    head: z.looseObject({ ref: text(300) }),
  }),
  repository,
});
export type PullRequestPayload = z.infer<typeof pullRequestPayload>;

export const pushPayload = z.looseObject({
  ref: text(400),
  deleted: z.boolean().optional(),
  commits: z
    .array(
      z.looseObject({
        id: text(64),
        message: text(100_000),
        url: httpsUrl,
        distinct: z.boolean().optional(),
      }),
    )
    .max(2048)
    .default([]),
  repository,
});
export type PushPayload = z.infer<typeof pushPayload>;

/** The pull request actions that change what an item shows; any other action is acknowledged and ignored. */
export const HANDLED_PR_ACTIONS = ["opened", "reopened", "closed", "edited", "synchronize"] as const;
export type HandledPrAction = (typeof HANDLED_PR_ACTIONS)[number];
export const isHandledPrAction = (action: string): action is HandledPrAction => (HANDLED_PR_ACTIONS as readonly string[]).includes(action);
