import { performance as nodePerformance } from "node:perf_hooks";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlan } from "./parse";
import { PLAN_INLINE_MAX_CHARS, readPlan } from "./read-plan";

const seeds = readdirSync("db/demo/seeds").map((f) => readFileSync(`db/demo/seeds/${f}`, "utf8"));

describe("readPlan", () => {
  it("reads a short plan here and a long one on the worker thread, with the same result", async () => {
    const short = "# Plan\n\n- [ ] **P1** Add tracing\n";
    expect(await readPlan(short, {})).toEqual(parsePlan(short));
    const long = seeds.join("\n\n");
    expect(long.length).toBeGreaterThan(PLAN_INLINE_MAX_CHARS);
    expect(await readPlan(long, { priorityMap: { Critical: "P1" } })).toEqual(parsePlan(long, { priorityMap: { Critical: "P1" } }));
  }, 60_000);

  it("reads a 5 MB plan without holding up this thread", async () => {
    let text = "";
    while (text.length < 5 * 1024 * 1024) text += `${seeds.join("\n\n")}\n\n`;
    text = text.slice(0, 5 * 1024 * 1024);
    const before = nodePerformance.eventLoopUtilization();
    const result = await readPlan(text, {});
    // Seconds of parsing on the worker (a minute before rankings were indexed by word); this
    // thread only posted the text and received the items: a small share of the time (on this
    // thread it would be all of it), ~100 ms on a quiet machine.
    const { active, idle } = nodePerformance.eventLoopUtilization(before);
    expect(active / (active + idle)).toBeLessThan(0.25);
    expect(result!.items.length).toBeGreaterThan(5000);
  }, 120_000);
});
