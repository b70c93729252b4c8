import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenarios } from "./outline";
import { SCENARIO_SECTIONS } from "./scenario-sections";
import { blankRunbook, scenarioTemplate } from "./templates";

const names = (body: string) => parseScenarios(body).scenarios.map((s) => s.title);

describe("scenarioTemplate / blankRunbook", () => {
  it("writes a heading and the four sections with a hint each, ending in a newline", () => {
    const md = scenarioTemplate("Disk full");
    expect(md.startsWith("## Disk full\n\n### Symptoms\n\n_What the operator sees: alerts, error messages, dashboards._")).toBe(true);
    expect(md.endsWith("_\n")).toBe(true);
    const [scenario] = parseScenarios(md).scenarios;
    expect(scenario?.title).toBe("Disk full");
    expect(scenario?.sections.map((s) => s.name)).toEqual([...SCENARIO_SECTIONS]);
    expect(scenario?.sections.every((s) => /^_.+_$/.test(s.markdown))).toBe(true);
  });

  it("keeps awkward titles a single heading", () => {
    expect(names(scenarioTemplate("Queue\nfull"))).toEqual(["Queue full"]);
    expect(names(scenarioTemplate("#1 cause: disk"))).toEqual(["#1 cause: disk"]);
    expect(names(scenarioTemplate("Retry #"))).toEqual(["Retry #"]);
    expect(names(scenarioTemplate("###"))).toEqual(["###"]);
    expect(names(scenarioTemplate(" "))).toEqual(["New scenario"]);
  });

  it("starts a blank runbook with an intro line and one scenario", () => {
    const { intro, scenarios } = parseScenarios(blankRunbook());
    expect(intro).toMatch(/^_.+_$/);
    expect(scenarios.map((s) => s.title)).toEqual(["First scenario"]);
  });
});

describe("templates.ts in the browser", () => {
  // The runbook editor (a client component) inserts scenarios with scenarioTemplate, so everything
  // this module imports ships to the browser. Walks its value imports (type-only ones are erased).
  function bundledImports(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const [, specifier] of source.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+"([^"]+)";/gm)) {
      const local = specifier!.startsWith("@/") ? join(process.cwd(), specifier!.slice(2)) : specifier!.startsWith(".") ? join(dirname(file), specifier!) : null;
      if (local) bundledImports(`${local}.ts`, seen);
      else seen.add(specifier!);
    }
    return seen;
  }

  it("pulls in no Markdown parser", () => {
    const imports = [...bundledImports(join(process.cwd(), "lib/runbooks/templates.ts"))].map((i) => relative(process.cwd(), i));
    expect(imports).toContain("lib/runbooks/text.ts");
    expect(imports.filter((i) => /markdown|mdast|remark|micromark|unified|syntax-tree/.test(i))).toEqual([]);
  });
});
