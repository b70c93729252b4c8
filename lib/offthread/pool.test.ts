import { monitorEventLoopDelay, performance as nodePerformance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { runbookPageView } from "@/lib/runbooks/page-view";
import { OffThreadTimeout, runOffThread } from "./pool";

// 1 MB of the densest lists a runbook accepts: seconds of parsing, which must not happen on this
// thread.
const heavy = (tag: string) => `${`${"- ".repeat(32)}x\n`.repeat(15_000)}\n${tag}`;

describe("runOffThread", () => {
  it("gives the same answer as running the job here", async () => {
    const body = "# Disk full\n\n## Diagnosis\n\n- df -h\n- `du -sh /var/*`\n\n## Resolution\n\n1. rotate logs\n";
    await expect(runOffThread("runbookPageView", body)).resolves.toEqual(runbookPageView(body));
  });

  it("keeps this thread free while a long job runs", async () => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const before = nodePerformance.eventLoopUtilization();
    const view = await runOffThread("runbookPageView", heavy("a"), { timeoutMs: 150_000 });
    const { active, idle } = nodePerformance.eventLoopUtilization(before);
    delay.disable();
    expect(view.html.length).toBeGreaterThan(1_000_000);
    // The job took seconds on the worker; this thread only posted the text and received the
    // answer: a small share of the time (run here, it would be all of it), and never one long
    // block (timers fire on time, give or take a busy machine's scheduling).
    expect(active / (active + idle)).toBeLessThan(0.25);
    expect(delay.max / 1e6).toBeLessThan(1000);
  }, 180_000);

  it("abandons a job past its time limit, and the next one still runs", async () => {
    const slow = runOffThread("runbookPageView", heavy("b"), { timeoutMs: 50 });
    const queued = runOffThread("lineDiff", { before: "a\nb\n", after: "a\nc\n" });
    await expect(slow).rejects.toBeInstanceOf(OffThreadTimeout);
    const hunks = await queued;
    expect(hunks[0]!.rows.map((r) => r.kind)).toEqual(["same", "del", "add"]);
  }, 60_000);

  it("reports a job's error without losing the worker", async () => {
    await expect(runOffThread("runbookScenario", null as never)).rejects.toThrow(/runbookScenario: /);
    await expect(runOffThread("runbookScenario", { body: "## A\n\n- step\n", scenario: "A" })).resolves.toMatchObject({ title: "A" });
  });
});
