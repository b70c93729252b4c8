import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeDocument } from "./decode";
import { parsePlan } from "./parse";

// Plans the importer was not tuned on (test/fixtures/plans), with what a careful reader counts in
// each (expected.json, written independently of the parser).

type Expected = {
  items: number;
  done: number;
  inProgress: number;
  wontDo: number;
  withPriorityLabel: number;
  slaRows: number;
  metrics: number;
  duplicateWarnings: number;
  sample: { key: string | null; title: string; category: string[]; priorityLabel: string | null; status: string; checklist: number }[];
};

const dir = join(process.cwd(), "test/fixtures/plans");
const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Record<string, Expected>;

function parseFile(name: string) {
  const decoded = decodeDocument(readFileSync(join(dir, name)));
  if (!decoded.ok) throw new Error(decoded.error);
  return parsePlan(decoded.text);
}

describe.each(Object.entries(expected))("fixture %s", (name, want) => {
  const result = parseFile(name);
  const count = (status: string) => result.items.filter((i) => i.status === status).length;

  it("finds the items a careful reader counts, with their states", () => {
    expect({
      items: result.items.length,
      done: count("done"),
      inProgress: count("in_progress"),
      wontDo: count("wont_do"),
      withPriorityLabel: result.items.filter((i) => i.priorityLabel).length,
    }).toEqual({ items: want.items, done: want.done, inProgress: want.inProgress, wontDo: want.wontDo, withPriorityLabel: want.withPriorityLabel });
  });

  it("finds the SLA rows, metric targets and duplicates", () => {
    expect({
      slaRows: result.slaPolicies.length,
      metrics: result.metrics.length,
      duplicateWarnings: result.warnings.filter((w) => /duplicate/.test(w.message)).length,
    }).toEqual({ slaRows: want.slaRows, metrics: want.metrics, duplicateWarnings: want.duplicateWarnings });
  });

  it.each(want.sample.map((s) => [s.title, s] as const))("reads %j right", (_title, sample) => {
    // The same title may stand in two sections; the sample names one of them by its category.
    const sameTitle = result.items.filter((i) => i.title === sample.title);
    const item = sameTitle.find((i) => i.category.join(" › ") === sample.category.join(" › ")) ?? sameTitle[0];
    expect(item, `no item titled ${sample.title}; titles: ${result.items.map((i) => i.title).join(" | ")}`).toBeDefined();
    expect({ key: item!.key, category: item!.category, priorityLabel: item!.priorityLabel, status: item!.status, checklist: item!.checklist.length }).toEqual({
      key: sample.key,
      category: sample.category,
      priorityLabel: sample.priorityLabel,
      status: sample.status,
      checklist: sample.checklist,
    });
  });
});
