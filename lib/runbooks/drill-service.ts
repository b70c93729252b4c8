import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { runbookDrills, runbookRevisions, runbooks, type RunbookDrill } from "@/db/schema";
import { appendAudit } from "@/lib/audit-log/append";
import { roleRank } from "@/lib/auth/policy";
import { fail } from "@/lib/result";
import type { StoredStep } from "./drill-record";
import { findScenario } from "./off-thread";
import { lockRunbook, type Editor } from "./service";

// A drill rehearses one scenario of one revision: its steps are copied in when it starts, so a later
// edit of the runbook does not change what was rehearsed. Each tick records its time (drill-record.ts).

export type DrillRunner = Editor;

export async function startDrill(db: Db, runner: DrillRunner, input: { runbookId: string; scenario: string }) {
  // The steps are read outside the transaction: a long body is outlined on the worker thread
  // (seconds at 1 MB), and no transaction may wait on that (on the embedded database it would hold
  // up every other request). The transaction then checks the revision is still the current one.
  const [current] = await db
    .select({ revision: runbooks.currentRevision, body: runbookRevisions.body, title: runbooks.title })
    .from(runbooks)
    .innerJoin(runbookRevisions, and(eq(runbookRevisions.runbookId, runbooks.id), eq(runbookRevisions.revision, runbooks.currentRevision)))
    .where(eq(runbooks.id, input.runbookId));
  const scenario = await findScenario(current?.body ?? "", input.scenario, current?.title);
  return db.transaction(async (tx) => {
    const row = await lockRunbook(tx, input.runbookId);
    if (current && row.currentRevision !== current.revision) fail("conflict", "This runbook was edited while the drill was starting; reload the page and start it again.");
    if (!scenario) fail("invalid", "Scenario: this runbook has no such scenario (it may have been renamed); reload the page.", { fieldErrors: { scenario: ["no such scenario; reload the page"] } });
    const steps: StoredStep[] = scenario!.steps.map((s) => ({ section: s.section, text: s.text, done: false, doneAt: null, note: "" }));
    const [drill] = await tx
      .insert(runbookDrills)
      .values({ runbookId: row.id, revision: row.currentRevision, scenario: scenario!.title, ranBy: runner.userId, steps })
      .returning({ id: runbookDrills.id });
    await appendAudit(tx, runner, { action: "runbook.drill_start", entityType: "runbook", entityId: row.id, after: { drillId: drill!.id, scenario: scenario!.title } });
    return { id: drill!.id, slug: row.slug };
  });
}

async function lockOpenDrill(tx: Tx, runner: DrillRunner, drillId: string): Promise<RunbookDrill> {
  const [drill] = await tx.select().from(runbookDrills).where(eq(runbookDrills.id, drillId)).for("update");
  if (!drill) return fail("not_found", "That drill no longer exists.");
  if (drill.finishedAt) fail("conflict", "This drill has finished; its record can no longer change.");
  // The person running it, or a lead stepping in; other engineers start their own drill.
  if (drill.ranBy !== runner.userId && roleRank(runner.role) < roleRank("lead")) fail("forbidden", "Only the person running this drill (or a lead) can record its steps.");
  return drill;
}

export async function setDrillStep(db: Db, runner: DrillRunner, input: { drillId: string; step: number; done: boolean; note?: string }) {
  return db.transaction(async (tx) => {
    const drill = await lockOpenDrill(tx, runner, input.drillId);
    const steps = drill.steps as StoredStep[];
    const step = steps[input.step];
    if (!step) return fail("invalid", `This drill has only ${steps.length} steps; reload the page.`, { fieldErrors: { step: ["no such step"] } });
    const next = steps.map((s, i) =>
      i !== input.step ? s : { ...s, done: input.done, doneAt: input.done ? (s.done ? s.doneAt : new Date().toISOString()) : null, note: input.note ?? s.note },
    );
    await tx.update(runbookDrills).set({ steps: next }).where(eq(runbookDrills.id, drill.id));
    return { steps: next };
  });
}

export async function finishDrill(db: Db, runner: DrillRunner, input: { drillId: string; outcome: "passed" | "failed" | "aborted"; notes: string }) {
  return db.transaction(async (tx) => {
    const drill = await lockOpenDrill(tx, runner, input.drillId);
    const steps = drill.steps as StoredStep[];
    const open = steps.filter((s) => !s.done).length;
    // "Passed" claims every step was walked; a drill cut short is failed or aborted, with its reason.
    if (input.outcome === "passed" && open) fail("invalid", `Outcome: ${open} of ${steps.length} steps are not ticked; tick them or record the drill as failed or aborted.`, { fieldErrors: { outcome: [`${open} of ${steps.length} steps are not ticked; tick them or record the drill as failed or aborted`] } });
    if (input.outcome !== "passed" && !input.notes) fail("invalid", "Notes: say what went wrong, so the runbook can be fixed.", { fieldErrors: { notes: ["say what went wrong, so the runbook can be fixed"] } });
    const finishedAt = new Date();
    await tx.update(runbookDrills).set({ finishedAt, outcome: input.outcome, notes: input.notes }).where(eq(runbookDrills.id, drill.id));
    await appendAudit(tx, runner, { action: "runbook.drill_finish", entityType: "runbook", entityId: drill.runbookId, after: { drillId: drill.id, outcome: input.outcome } });
    return { outcome: input.outcome, finishedAt: finishedAt.toISOString() };
  });
}
