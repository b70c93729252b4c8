import { z } from "zod";
import { CHECKLIST_KINDS, PRIORITIES, SEVERITIES, STATUSES } from "@/lib/domain/items";
import { NOTIFICATION_KINDS } from "@/lib/domain/notifications";
import { RANGES } from "@/lib/metrics/schemas";
import { ERROR_CODES } from "@/lib/result";
import { SLA_STATES } from "@/lib/sla/state";

// What the API answers, as zod schemas: lib/api/catalog.ts names one per operation and
// lib/api/openapi.ts turns them into the document's response schemas (their output side: what a
// client receives). lib/api/contract.db.test.ts validates every real answer against that document,
// so a field added, renamed or dropped here or in a handler without the other fails a test.
// Objects a client reads whole (an item, a page) are closed; rows of lists and exports are open
// (`looseObject`): their listed fields are promised, new columns may be added.

const time = z.iso.datetime({ offset: true });
const uuid = z.uuid();

/** Every error: `{ error: { code, message, field?, current? } }`; `current` only on 409. */
export const errorBody = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    field: z.string().optional().meta({ description: "The input field or parameter at fault, e.g. `points.17.value` or `status`" }),
    current: z.unknown().optional().meta({ description: "On 409: the values someone else saved first (for an item: the item, plus `updatedByName`)" }),
  }),
});

/** An item as every write (and GET /api/v1/items/{id}) answers it: its version is what the next write sends back. */
export const itemBody = z.object({
  id: uuid,
  key: z.string(),
  version: z.int().min(1),
  updatedAt: time,
  title: z.string(),
  description: z.string(),
  categoryPath: z.array(z.string()),
  priority: z.enum(PRIORITIES).nullable(),
  status: z.enum(STATUSES),
  blockedReason: z.string().nullable(),
  severity: z.enum(SEVERITIES).nullable(),
  effortHours: z.number().nullable(),
  impact: z.int().nullable(),
  assigneeId: uuid.nullable(),
  dueAt: time.nullable(),
  dueOverrideReason: z.string().nullable(),
  projectId: uuid,
  startedAt: time.nullable(),
  completedAt: time.nullable(),
  triagedAt: time.nullable(),
  slaStartedAt: time.nullable(),
});

const slaState = z.enum(SLA_STATES);

export const itemPageBody = z.object({
  rows: z.array(
    z.looseObject({
      id: uuid,
      key: z.string(),
      title: z.string(),
      projectSlug: z.string(),
      projectName: z.string(),
      categoryPath: z.array(z.string()),
      priority: z.enum(PRIORITIES).nullable(),
      status: z.enum(STATUSES),
      blockedReason: z.string().nullable(),
      severity: z.enum(SEVERITIES).nullable(),
      effortHours: z.number().nullable(),
      assigneeId: uuid.nullable(),
      assigneeName: z.string().nullable(),
      dueAt: time.nullable(),
      slaState,
      version: z.int(),
      updatedAt: time,
      checklistDone: z.int(),
      checklistTotal: z.int(),
      openCriteria: z.looseObject({ count: z.int(), texts: z.array(z.string()) }),
    }),
  ),
  total: z.int().meta({ description: "Matching items, counted up to a cap" }),
  capped: z.boolean().meta({ description: "True when more items match than `total` says" }),
  page: z.int(),
  pageCount: z.int(),
  warnings: z.array(z.string()).max(0).meta({ description: "Always empty: a bad parameter is refused (400). Kept for clients written when they were ignored." }),
});

export const commentBody = z.object({ id: uuid, itemId: uuid, body: z.string(), createdAt: time });

const hit = z.looseObject({});
export const searchBody = z.object({
  items: z.array(z.looseObject({ key: z.string(), title: z.string() })),
  projects: z.array(hit),
  runbooks: z.array(hit),
  metrics: z.array(hit),
  views: z.array(hit),
});

export const inboxBody = z.object({
  unread: z.int(),
  entries: z.array(
    z.looseObject({ id: uuid, kind: z.enum(NOTIFICATION_KINDS), text: z.string(), count: z.int(), createdAt: time, updatedAt: time, read: z.boolean() }),
  ),
  next: z.string().nullable(),
});

export const pointsRecordedBody = z.object({
  recorded: z.int(),
  metric: z.string(),
  first: time,
  last: time,
  latest: z.object({ value: z.number(), recordedAt: time }),
});

export const chartBody = z.object({
  metric: z.string(),
  range: z.enum(RANGES),
  from: z.number().meta({ description: "Unix milliseconds" }),
  to: z.number(),
  bucketMs: z.number().nullable().meta({ description: "Null: values as recorded; else the width of each bucket" }),
  total: z.int(),
  points: z.array(z.object({ t: z.number(), v: z.number(), min: z.number(), max: z.number(), n: z.int() })),
});

export const healthBody = z.union([
  z.object({ status: z.literal("ok"), db: z.literal("ok"), driver: z.enum(["pglite", "postgres"]), migrations: z.int() }),
  z.object({ status: z.literal("error"), db: z.literal("down"), driver: z.enum(["pglite", "postgres"]) }),
]);

export const openApiBody = z.looseObject({ openapi: z.literal("3.1.0"), info: z.looseObject({}), paths: z.looseObject({}) });

/** The JSON export (format=json): every row of the view with its checklist. */
export const exportJsonBody = z.object({
  timeZone: z.string(),
  projects: z.array(z.looseObject({ slug: z.string(), name: z.string() })),
  items: z.array(
    z.looseObject({
      key: z.string(),
      project: z.string(),
      title: z.string(),
      status: z.string(),
      checklist: z.array(z.object({ kind: z.enum(CHECKLIST_KINDS), text: z.string(), done: z.boolean() })),
    }),
  ),
});

/** Text bodies (Markdown, CSV, HTML, an event stream): the media type is the contract. */
export const textBody = z.string();

/** GitHub's webhook deliveries (POST /api/v1/integrations/github). */
export const githubDeliveryBody = z.union([
  z.object({ ok: z.literal(true), pong: z.literal(true) }),
  z.object({ ok: z.literal(true), duplicate: z.literal(true) }),
  z.object({
    ok: z.literal(true),
    duplicate: z.literal(false),
    linked: z.array(z.string()),
    moved: z.array(z.object({ item: z.string(), status: z.enum(STATUSES) })),
    ignored: z.array(z.string()),
    notified: z.number().int(),
  }),
]);
export const githubIgnoredBody = z.object({ ok: z.literal(true), ignored: z.string() });
