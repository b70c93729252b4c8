import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, backlogItems, checklistItems, itemLinks, metricPoints, metrics, projects, runbookRevisions, runbooks, users } from "@/db/schema";
import { ActionFailure } from "@/lib/result";
import { createTestDb } from "@/test/db";
import type { StoredStep } from "./drill-record";
import { finishDrill, setDrillStep, startDrill } from "./drill-service";
import { runbooksOfMetric } from "./metric-link-queries";
import { getRunbook, getRunbookForParam, listRevisions, listRunbookOptions, listRunbooks, reviewsDue } from "./queries";
import { createRunbookSchema, saveRunbookSchema } from "./schemas";
import { createFromItem, createRunbook, importRunbook, linkItem, linkMetric, markReviewed, restoreRevision, saveRunbook, unlinkMetric } from "./service";
import { userActor, type UserActor } from "@/lib/domain/actors";

type Person = UserActor;

/** The refusal an action would answer with (the service throws it; the wrapper turns it into a result). */
async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (e instanceof ActionFailure) return e.error;
    throw e;
  }
  throw new Error("expected a refusal");
}

const BODY = "Intro.\n\n## Disk full\n\n### Symptoms\n- alerts\n\n### Diagnosis\n1. Run `df -h`\n2. Find the big folder\n\n### Resolution\n1. Rotate logs\n\n### Escalation\n- on-call\n";

describe("runbook writes", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let ada: Person;
  let bob: Person;
  let lead: Person;
  let projectId: string;

  beforeAll(async () => {
    t = await createTestDb();
    const people = await t.db
      .insert(users)
      .values([
        { email: "ada@test", name: "Ada", role: "engineer", passwordHash: "x" },
        { email: "bob@test", name: "Bob", role: "engineer", passwordHash: "x" },
        { email: "lea@test", name: "Lea", role: "lead", passwordHash: "x" },
      ])
      .returning();
    [ada, bob, lead] = people.map(userActor) as [Person, Person, Person];
    const [p] = await t.db.insert(projects).values({ slug: "harness", name: "Harness" }).returning();
    projectId = p!.id;
  });
  afterAll(() => t.drop());

  const create = (title: string, body = BODY) => createRunbook(t.db, ada, createRunbookSchema.parse({ title, body, service: "harness" }));
  const saveInput = (id: string, version: number, body: string, extra: Record<string, unknown> = {}) =>
    saveRunbookSchema.parse({ id, version, body, title: "Disk", service: "harness", ownerId: ada.userId, ...extra });

  it("creates revision 1 with a unique slug per title", async () => {
    const a = await create("Disk full runbook");
    const b = await create("Disk full runbook");
    expect(a).toMatchObject({ slug: "disk-full-runbook", revision: 1 });
    expect(b.slug).toBe("disk-full-runbook-2");
    const detail = await getRunbook(t.db, a.slug);
    expect(detail).toMatchObject({ title: "Disk full runbook", body: BODY, currentRevision: 1, ownerName: "Ada" });
  });

  it("gives real titles slugs every page and the export route accept, and finds the runbooks they made before", async () => {
    const disk = await create("Disk full on db_primary");
    const stoerung = await create("Störung im Zahlungsdienst");
    const again = await create("Störung im Zahlungsdienst!");
    expect([disk.slug, stoerung.slug, again.slug]).toEqual(["disk-full-on-db-primary", "storung-im-zahlungsdienst", "storung-im-zahlungsdienst-2"]);
    for (const made of [disk, stoerung, again]) {
      expect((await getRunbookForParam(t.db, made.slug))!.id).toBe(made.id);
      expect((await getRunbookForParam(t.db, encodeURIComponent(made.slug)))!.id).toBe(made.id);
    }
    // Slugs the previous generator (github-slugger) stored keep working, encoded in a URL or not.
    const [legacy] = await t.db.insert(runbooks).values({ slug: "störung-im-zahlungsdienst", title: "Störung im Zahlungsdienst", ownerId: ada.userId }).returning();
    expect((await getRunbookForParam(t.db, "st%C3%B6rung-im-zahlungsdienst"))!.id).toBe(legacy!.id);
    expect((await getRunbookForParam(t.db, "störung-im-zahlungsdienst"))!.id).toBe(legacy!.id);
    expect(await getRunbookForParam(t.db, "Störung im Zahlungsdienst")).toBeNull();
    expect(await getRunbookForParam(t.db, "disk%00")).toBeNull();
  });

  it("every save of a changed body is a new revision; a stale version is refused with the newer text", async () => {
    const rb = await create("Disk");
    const first = await saveRunbook(t.db, ada, saveInput(rb.id, rb.version, BODY + "\nMore.\n", { note: "more" }));
    expect(first).toMatchObject({ revision: 2, changed: true });
    const second = await saveRunbook(t.db, ada, saveInput(rb.id, first.version, BODY + "\nEven more.\n"));
    expect(second.revision).toBe(3);

    // Bob opened the editor at revision 2's version and saves after Ada's second save.
    const stale = await refusal(saveRunbook(t.db, bob, saveInput(rb.id, first.version, "Bob's text")));
    expect(stale.code).toBe("conflict");
    expect(stale.message).toMatch(/Saved by Ada .* \(revision 3\)/);
    expect(stale.current).toMatchObject({ revision: 3, body: BODY + "\nEven more.\n", version: second.version });
    const [row] = await t.db.select().from(runbooks).where(eq(runbooks.id, rb.id));
    expect(row!.currentRevision).toBe(3);

    // The same text again changes nothing: no empty revision.
    const same = await saveRunbook(t.db, ada, saveInput(rb.id, second.version, BODY + "\nEven more.\n"));
    expect(same).toMatchObject({ changed: false, revision: 3 });

    // Metadata alone bumps the version but makes no revision.
    const meta = await saveRunbook(t.db, ada, saveInput(rb.id, second.version, BODY + "\nEven more.\n", { service: "harness-api" }));
    expect(meta).toMatchObject({ changed: true, revision: 3, version: second.version + 1 });

    const revisions = await listRevisions(t.db, rb.id);
    expect(revisions.map((r) => [r.revision, r.note])).toEqual([
      [3, ""],
      [2, "more"],
      [1, "Created"],
    ]);
  });

  it("restoring an old revision makes a new one and keeps every revision", async () => {
    const rb = await create("Restore me", "one\n");
    const v2 = await saveRunbook(t.db, ada, saveInput(rb.id, rb.version, "two\n", { title: "Restore me" }));
    const restored = await restoreRevision(t.db, bob, { id: rb.id, version: v2.version, revision: 1 });
    expect(restored.revision).toBe(3);
    const bodies = await t.db.select({ revision: runbookRevisions.revision, body: runbookRevisions.body, note: runbookRevisions.note }).from(runbookRevisions).where(eq(runbookRevisions.runbookId, rb.id));
    expect(bodies.sort((a, b) => a.revision - b.revision)).toEqual([
      { revision: 1, body: "one\n", note: "Created" },
      { revision: 2, body: "two\n", note: "" },
      { revision: 3, body: "one\n", note: "Restored revision 1" },
    ]);
    expect((await refusal(restoreRevision(t.db, bob, { id: rb.id, version: v2.version, revision: 2 }))).code).toBe("conflict");
    expect((await refusal(restoreRevision(t.db, bob, { id: rb.id, version: restored.version, revision: 9 }))).code).toBe("not_found");
  });

  it("a review records who and when, for the revision read; a review of an outdated revision is refused", async () => {
    const rb = await create("Review me");
    const due = await reviewsDue(t.db, new Date(Date.now() + 91 * 86_400_000));
    expect(due.map((r) => r.slug)).toContain(rb.slug);
    const v2 = await saveRunbook(t.db, ada, saveInput(rb.id, rb.version, "changed\n", { title: "Review me" }));
    expect((await refusal(markReviewed(t.db, lead, { id: rb.id, revision: 1, note: "" }))).code).toBe("conflict");
    const done = await markReviewed(t.db, lead, { id: rb.id, revision: v2.revision, note: "checked" });
    expect(done.reviewedBy).toBe("Lea");
    const detail = await getRunbook(t.db, rb.slug);
    expect(detail!.reviewedByName).toBe("Lea");
    expect(detail!.reviews[0]).toMatchObject({ revision: 2, note: "checked", reviewedByName: "Lea" });
    expect(detail!.reviewDueAt.getTime() - detail!.lastReviewedAt!.getTime()).toBe(90 * 86_400_000);
    // The review does not invalidate an editor opened before it.
    expect(detail!.version).toBe(v2.version);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "runbook.review"));
    expect(entry).toMatchObject({ entityId: rb.id, actorLabel: "lea@test" });
  });

  it("drafts a runbook from an item's action items and links it back", async () => {
    const [item] = await t.db.insert(backlogItems).values({ projectId, key: "P0-006", title: "Create Operational Runbook for Harness Service", description: "- No documented procedures" }).returning();
    const actions = ["Document common scenarios:", "Analysis hangs (> 25 minutes)", "Tier 1 artifacts corrupted", "Tier 2 subprocess fails", "Tier 3 fallback incomplete", "For each scenario:", "Diagnosis steps", "Resolution procedures", "Escalation path", "Include command examples", "Test runbook with operator"];
    await t.db.insert(checklistItems).values(actions.map((text, position) => ({ itemId: item!.id, kind: "action" as const, text, position })));
    const made = await createFromItem(t.db, ada, item!.id);
    const detail = await getRunbook(t.db, made.slug);
    expect(detail).toMatchObject({ draft: true, projectId, ownerName: "Ada" });
    for (const s of ["Analysis hangs (> 25 minutes)", "Tier 1 artifacts corrupted", "Tier 2 subprocess fails", "Tier 3 fallback incomplete"]) expect(detail!.body).toContain(`## ${s}`);
    expect(detail!.items.map((i) => i.key)).toEqual(["P0-006"]);
    const links = await t.db.select().from(itemLinks).where(eq(itemLinks.fromItemId, item!.id));
    expect(links).toHaveLength(1);
    expect((await refusal(createFromItem(t.db, ada, "00000000-0000-4000-8000-000000000000"))).code).toBe("not_found");
  });

  it("links items by key, naming the field when the key is unknown or ambiguous", async () => {
    const rb = await create("Linker");
    const [other] = await t.db.insert(projects).values({ slug: "other", name: "Other" }).returning();
    await t.db.insert(backlogItems).values([
      { projectId, key: "P1-010", title: "Playbook" },
      { projectId, key: "DUP-1", title: "dup here" },
      { projectId: other!.id, key: "DUP-1", title: "dup there" },
    ]);
    expect(await linkItem(t.db, ada, { runbookId: rb.id, item: "p1-010" })).toEqual({ linked: true });
    expect(await linkItem(t.db, ada, { runbookId: rb.id, item: "P1-010" })).toEqual({ linked: false });
    const unknown = await refusal(linkItem(t.db, ada, { runbookId: rb.id, item: "NOPE-1" }));
    expect(unknown.fieldErrors).toHaveProperty("item");
    const ambiguous = await refusal(linkItem(t.db, ada, { runbookId: rb.id, item: "DUP-1" }));
    expect(ambiguous.message).toMatch(/harness, other|other, harness/);
    expect(await linkItem(t.db, ada, { runbookId: rb.id, item: "other/DUP-1" })).toEqual({ linked: true });
    const detail = await getRunbook(t.db, rb.slug);
    expect(detail!.items.map((i) => `${i.projectSlug}/${i.key}`).sort()).toEqual(["harness/P1-010", "other/DUP-1"]);
    const [listed] = (await listRunbooks(t.db, { q: "Linker" })).filter((r) => r.id === rb.id);
    expect(listed!.openItems).toBe(2);
  });

  it("a linked metric carries its latest value and state", async () => {
    const rb = await create("Metric watcher");
    const [m] = await t.db.insert(metrics).values({ key: "pyright_errors", name: "Pyright errors", direction: "lower_is_better", target: 10, warningThreshold: 50, criticalThreshold: 100 }).returning();
    await t.db.insert(metricPoints).values([
      { metricId: m!.id, recordedAt: new Date("2026-11-01T00:00:00Z"), value: 20 },
      { metricId: m!.id, recordedAt: new Date("2026-11-02T00:00:00Z"), value: 120 },
    ]);
    await linkMetric(t.db, ada, { runbookId: rb.id, metricId: m!.id });
    expect(await linkMetric(t.db, ada, { runbookId: rb.id, metricId: m!.id })).toEqual({ linked: false });
    const detail = await getRunbook(t.db, rb.slug);
    expect(detail!.metrics).toEqual([expect.objectContaining({ key: "pyright_errors", value: 120, status: "critical" })]);
  });

  it("a metric's page lists its runbooks with service and review date; unlinking removes the pair", async () => {
    const rb = await create("Latency responder");
    const [m] = await t.db.insert(metrics).values({ key: "p99_latency", name: "p99 latency", direction: "lower_is_better" }).returning();
    const [row] = await t.db.select().from(runbooks).where(eq(runbooks.id, rb.id));
    await linkMetric(t.db, ada, { runbookId: rb.id, metricId: m!.id });
    const linked = await runbooksOfMetric(t.db, m!.id);
    expect(linked).toEqual([{ id: rb.id, slug: rb.slug, title: "Latency responder", service: "harness", reviewDueAt: new Date(row!.createdAt.getTime() + 90 * 86_400_000) }]);

    expect(await unlinkMetric(t.db, ada, { runbookId: rb.id, metricId: m!.id })).toEqual({ removed: 1 });
    expect(await unlinkMetric(t.db, ada, { runbookId: rb.id, metricId: m!.id })).toEqual({ removed: 0 });
    expect(await runbooksOfMetric(t.db, m!.id)).toEqual([]);
    expect((await getRunbook(t.db, rb.slug))!.metrics).toEqual([]);
  });

  it("the metric page's picker lists every runbook by title, without bodies", async () => {
    const yak = await create("Yak shaving");
    const aardvark = await createRunbook(t.db, ada, createRunbookSchema.parse({ title: "Aardvark escape", body: BODY }));
    const options = await listRunbookOptions(t.db);
    const titles = options.map((o) => o.title);
    expect(titles).toEqual([...titles].sort());
    expect(options.length).toBe((await t.db.select({ id: runbooks.id }).from(runbooks)).length);
    expect(options).toContainEqual({ id: yak.id, slug: yak.slug, title: "Yak shaving", service: "harness" });
    expect(options.find((o) => o.id === aardvark.id)).toEqual({ id: aardvark.id, slug: aardvark.slug, title: "Aardvark escape", service: "" });
    expect(titles.indexOf("Aardvark escape")).toBeLessThan(titles.indexOf("Yak shaving"));
  });

  it("imports a Markdown file: the title heading becomes the title", async () => {
    const made = await importRunbook(t.db, ada, { markdown: "# Incident response\n\n## Sev1 declared\n\n### Diagnosis\n1. Page on-call\n", fileName: "ir.md" });
    const detail = await getRunbook(t.db, made.slug);
    expect(detail).toMatchObject({ title: "Incident response", body: "## Sev1 declared\n\n### Diagnosis\n1. Page on-call" });
  });

  it("search matches titles, services and the current text", async () => {
    await create("Zebra procedure", "Restart the zebra-gateway pods.\n");
    expect((await listRunbooks(t.db, { q: "zebra" })).map((r) => r.title)).toEqual(["Zebra procedure"]);
    expect((await listRunbooks(t.db, { q: "GATEWAY" })).map((r) => r.title)).toEqual(["Zebra procedure"]);
    expect(await listRunbooks(t.db, { q: "100%_" })).toEqual([]);
  });

  describe("drills", () => {
    it("walk a scenario's steps, time each tick and record the outcome", async () => {
      const rb = await create("Drill me");
      const drill = await startDrill(t.db, ada, { runbookId: rb.id, scenario: "Disk full" });
      const refused = await refusal(setDrillStep(t.db, bob, { drillId: drill.id, step: 0, done: true }));
      expect(refused.code).toBe("forbidden");
      const { steps } = await setDrillStep(t.db, ada, { drillId: drill.id, step: 0, done: true, note: "ok" });
      expect((steps as StoredStep[]).map((s) => s.text)).toEqual(["Run df -h", "Find the big folder", "Rotate logs"]);
      expect(steps[0]).toMatchObject({ done: true, note: "ok", section: "Diagnosis" });
      expect(steps[0]!.doneAt).not.toBeNull();

      const early = await refusal(finishDrill(t.db, ada, { drillId: drill.id, outcome: "passed", notes: "" }));
      expect(early.fieldErrors).toHaveProperty("outcome");
      const noReason = await refusal(finishDrill(t.db, ada, { drillId: drill.id, outcome: "failed", notes: "" }));
      expect(noReason.fieldErrors).toHaveProperty("notes");

      await setDrillStep(t.db, ada, { drillId: drill.id, step: 1, done: true });
      await setDrillStep(t.db, lead, { drillId: drill.id, step: 2, done: true });
      const done = await finishDrill(t.db, ada, { drillId: drill.id, outcome: "passed", notes: "" });
      expect(done.outcome).toBe("passed");
      expect((await refusal(setDrillStep(t.db, ada, { drillId: drill.id, step: 0, done: false }))).code).toBe("conflict");

      const detail = await getRunbook(t.db, rb.slug);
      expect(detail!.drills[0]).toMatchObject({ scenario: "Disk full", outcome: "passed", stepCount: 3, doneCount: 3, ranByName: "Ada", revision: 1 });
    });

    it("refuses a scenario the runbook does not have", async () => {
      const rb = await create("No such scenario");
      expect((await refusal(startDrill(t.db, ada, { runbookId: rb.id, scenario: "Nope" }))).fieldErrors).toHaveProperty("scenario");
    });
  });
});

describe("runbook input", () => {
  it("refuses a 2 MB body with a message naming the field and the limit", () => {
    const result = createRunbookSchema.safeParse({ title: "Big", body: "x".repeat(2 * 1024 * 1024) });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(["body"]);
    expect(issue.message).toMatch(/2\.0 MB is too large.*at most 1 MB/);
  });

  it("counts bytes, not characters (multi-byte text near the limit)", () => {
    const nearly = "é".repeat(600_000); // 1.2 MB of UTF-8 in 600,000 characters
    expect(createRunbookSchema.safeParse({ title: "Accents", body: nearly }).success).toBe(false);
    expect(createRunbookSchema.safeParse({ title: "Accents", body: "é".repeat(400_000) }).success).toBe(true);
  });

  it("refuses an empty title, naming the field", () => {
    const result = createRunbookSchema.safeParse({ title: "   ", body: "x" });
    expect(result.error!.issues[0]).toMatchObject({ path: ["title"], message: "give the runbook a title" });
  });
});
