import { describe, expect, it } from "vitest";
import { matchItems, normaliseTitle, planManifestSchema, rates, runbookManifestSchema, scoreDocument, scoreRunbook, shapeOf, summarise, type FoundItem, type PlanManifest } from "./import-score";

const found = (title: string, extra: Partial<FoundItem> = {}): FoundItem => ({ title, done: false, status: "not_started", priority: null, category: [], files: [], ...extra });
const plan = (items: PlanManifest["items"], extra: Partial<PlanManifest> = {}): PlanManifest => ({ kind: "plan", items, notes: "made up", ...extra });

describe("normaliseTitle", () => {
  it("ignores case, markers, quote and dash styles, spacing and trailing punctuation", () => {
    expect(normaliseTitle("  **Rename** `svc`  to “checkout” — now.  ")).toBe('rename svc to "checkout" - now');
    expect(normaliseTitle("Café")).toBe(normaliseTitle("Cafe\u0301"));
  });
});

describe("matchItems", () => {
  it("pairs equal titles first, then a found title holding the expected one as whole words (unclean)", () => {
    const matches = matchItems([{ title: "Retry" }, { title: "Cache layer" }, { title: "Missing" }], [found("Cache layer - add an LRU"), found("retry.")]);
    expect(matches).toEqual([
      { expected: 0, found: 1, clean: true },
      { expected: 1, found: 0, clean: false },
    ]);
  });

  it("does not match inside a word, and prefers the shortest title holding the expected one", () => {
    expect(matchItems([{ title: "cat" }], [found("Category cleanup")])).toEqual([]);
    expect(matchItems([{ title: "Sidecar" }], [found("✅ Sidecar: shipped in November"), found("Sidecar ✅")])).toEqual([{ expected: 0, found: 1, clean: false }]);
  });

  it("uses each found item once, so duplicates need duplicates", () => {
    expect(matchItems([{ title: "Deploy" }, { title: "Deploy" }], [found("Deploy")])).toHaveLength(1);
  });
});

describe("scoreDocument", () => {
  const manifest = plan(
    [
      { title: "Cache layer", done: true, status: "done", priority: "P1", category: ["Caching"] },
      { title: "Timeouts", done: false, priority: "P2", files: ["src/app.ts"] },
      { title: "Never found", done: false, priority: null },
    ],
    { metrics: [{ name: "Compiler warnings", comparator: "<=", target: 0 }, { name: "Uptime", comparator: ">=", target: 99.9 }] },
  );

  it("counts found, matched, clean titles, done, priority, status, category, files and metrics", () => {
    const score = scoreDocument(
      "s01-example",
      manifest,
      [
        found("Cache layer - add an LRU", { done: true, status: "done", priority: "P1", category: ["caching"] }),
        found("Timeouts", { priority: null, files: ["`src/app.ts`"] }),
        found("Legend"),
      ],
      [
        { name: "Compiler warnings", comparator: "=", target: 0 },
        { name: "Uptime", comparator: "<=", target: 99.9 },
      ],
    );
    expect(score.shape).toBe("s01");
    expect(score.counts).toMatchObject({
      expected: 3,
      found: 3,
      matched: 2,
      clean: 1,
      doneRight: 2,
      priorityRight: 1,
      exact: 0,
      statusChecked: 1,
      statusRight: 1,
      categoryChecked: 1,
      categoryRight: 1,
      filesChecked: 1,
      filesRight: 1,
      metricsExpected: 2,
      metricsRight: 1,
    });
    expect(score.missed).toEqual(["Never found"]);
    expect(score.unclean).toEqual([["Cache layer", "Cache layer - add an LRU"]]);
    expect(score.extra).toEqual(["Legend"]);
    expect(score.wrong).toEqual(["Timeouts: priority P2→null"]);
    const r = rates(score.counts);
    expect(r.recall).toBeCloseTo(1 / 3);
    expect(r.looseRecall).toBeCloseTo(2 / 3);
    expect(r.precision).toBeCloseTo(2 / 3);
    expect(r.priorityAccuracy).toBe(0.5);
  });

  it("reports wrong done, status, category and files", () => {
    const score = scoreDocument("mixed", manifest, [found("Cache layer", { done: false, priority: "P1", category: ["Caching", "P1"] }), found("Timeouts", { priority: "P2" })]);
    expect(score.shape).toBeNull();
    expect(score.counts.exact).toBe(1);
    expect(score.wrong).toEqual(["Cache layer: done true→false", "Cache layer: status done→not_started", "Cache layer: category [Caching]→[Caching / P1]", "Timeouts: files [src/app.ts]→[]"]);
  });

  it("a prose document that gives nothing is precise; one that gives items is not", () => {
    const prose = plan([], { kind: "prose" });
    expect(rates(scoreDocument("prose-a", prose, []).counts).precision).toBe(1);
    expect(rates(scoreDocument("prose-b", prose, [found("Principle")]).counts).precision).toBe(0);
    expect(rates(scoreDocument("plan-a", manifest, []).counts).precision).toBeNull();
  });
});

describe("summarise", () => {
  it("adds counts up (micro-averaged), groups one-shape documents by shape and names zero-item plans", () => {
    const one = plan([{ title: "A", done: false, priority: null }]);
    const docs = [
      scoreDocument("s08a-horizon", one, []),
      scoreDocument("s08b-moscow", one, [found("A")]),
      scoreDocument("s10-roadmap", one, [found("A"), found("B")]),
      scoreDocument("readme", one, [found("A")]),
      scoreDocument("prose-notes", plan([], { kind: "prose" }), [found("Agenda")]),
    ];
    const summary = summarise(docs);
    expect(summary.totals).toMatchObject({ documents: 5, expected: 4, found: 5, matched: 3, clean: 3 });
    expect(summary.perShape.map(([shape, c]) => [shape, c.expected, c.matched])).toEqual([
      ["s08", 2, 1],
      ["s10", 1, 1],
    ]);
    expect(summary.zeroItemPlans).toEqual(["s08a-horizon"]);
    expect(summary.proseWithItems).toEqual(["prose-notes"]);
    expect(rates(summary.totals).precision).toBeCloseTo(3 / 5);
  });

  it("reads shapes only from the sNN- prefix", () => {
    expect([shapeOf("s13c-metrics"), shapeOf("s1-x"), shapeOf("sprint-42-notes"), shapeOf("s05-p4")]).toEqual(["s13", null, null, "s05"]);
  });
});

describe("scoreRunbook", () => {
  it("compares the title, the scenario count and each scenario's steps by position", () => {
    const manifest = { title: "Café outage", scenarios: [{ title: "Café outage", steps: 5 }] };
    expect(scoreRunbook("rb", manifest, { title: "Café outage", scenarios: [{ title: "Café outage", steps: 5 }] })).toMatchObject({ titleRight: true, scenariosFound: 1, stepsRight: 1 });
    const wrong = scoreRunbook("rb", manifest, { title: "Caf\uFFFD outage", scenarios: [{ title: "Meaning", steps: 1 }, { title: "Impact", steps: 1 }] });
    expect(wrong).toMatchObject({ titleRight: false, scenariosExpected: 1, scenariosFound: 2, stepsRight: 0, detail: ["Café outage: 5 → 1 (Meaning)"] });
    expect(scoreRunbook("rb", manifest, { title: "x", scenarios: [] }).detail).toEqual(["Café outage: 5 → –"]);
  });
});

describe("manifest schemas", () => {
  it("accept a manifest and name what is wrong in a bad one", () => {
    expect(planManifestSchema.safeParse(plan([{ title: "A", done: false, priority: "P3", status: "wont_do" }])).success).toBe(true);
    const bad = planManifestSchema.safeParse({ kind: "plan", items: [{ title: "A", done: false, priority: "P4" }], notes: "x" });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues[0]?.path)).toBe('["items",0,"priority"]');
    expect(planManifestSchema.safeParse({ kind: "plan", items: [], notes: "x", extra: 1 }).success).toBe(false);
    expect(runbookManifestSchema.safeParse({ title: "T", scenarios: [] }).success).toBe(false);
  });
});
