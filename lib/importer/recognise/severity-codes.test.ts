import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { severityCode, severityHeading, severityScales } from "./severity-codes";

const read = (md: string, priorityMap = {}) => parsePlan(md, { priorityMap }).items.map((i) => [i.title, i.priorityLabel, i.priority]);

describe("severity codes a document defines", () => {
  it("finds the scale on a line naming it, with its first number", () => {
    expect(severityScales("Severity S1 (data loss) … S4 (cosmetic).")).toEqual(new Map([["s", 1]]));
    expect(severityScales("Schweregrad: SEV0 = Ausfall, SEV2 = lästig")).toEqual(new Map([["sev", 0]]));
    // One code alone, or codes on a line that names no scale, define nothing.
    expect(severityScales("Severity: S1 only for outages")).toEqual(new Map());
    expect(severityScales("Move S3 and S4 buckets to the new account")).toEqual(new Map());
  });

  it("ranks entries opening or closing with a code and drops it from the title", () => {
    const md = "# Bug bash\n\nSeverity: S1 = data loss, S2 = broken feature, S3 = annoying, S4 = cosmetic.\n\n## Found\n- S1 undo deletes the paragraph\n- S3: emoji picker off-screen\n- resize handle too thin — S4\n- search is slow (S2)\n- no code here\n";
    expect(read(md)).toEqual([
      ["undo deletes the paragraph", "S1", "P0"],
      ["emoji picker off-screen", "S3", "P2"],
      ["resize handle too thin", "S4", "P3"],
      ["search is slow", "S2", "P1"],
      ["no code here", null, null],
    ]);
  });

  it("maps a scale from zero, in another language, and lets the lead remap a code", () => {
    const md = "# Incidentes\n\nGravedad: Sev0 caída total · Sev1 grave · Sev2 leve\n\n## Tareas\n- Sev0 pagos caídos\n- Sev2 logo pixelado\n";
    expect(read(md)).toEqual([
      ["pagos caídos", "SEV0", "P0"],
      ["logo pixelado", "SEV2", "P2"],
    ]);
    expect(read(md, { SEV2: "P3" })[1]).toEqual(["logo pixelado", "SEV2", "P3"]);
  });

  it("leaves codes the document never defines in the title", () => {
    const md = "# Tasks\n\n## Todo\n- S3 bucket policy review\n- Sev2 runbook update\n";
    expect(read(md)).toEqual([
      ["S3 bucket policy review", null, null],
      ["Sev2 runbook update", null, null],
    ]);
  });
});

describe("severity codes the entries make their convention", () => {
  it("reads S1…S4 and Sev n as the entry's rank when two or more entries use them at two levels", () => {
    const md = ["# Bug bash", "", "- S1 login loops after password reset", "- Sev3 tooltip cut off on narrow screens", "- icons blurry on retina — S4", "- S2 Export lädt ewig"].join("\n");
    expect(read(md)).toEqual([
      ["login loops after password reset", "S1", "P0"],
      ["tooltip cut off on narrow screens", "SEV3", "P2"],
      ["icons blurry on retina", "S4", "P3"],
      ["Export lädt ewig", "S2", "P1"],
    ]);
  });

  it("starts at 0 where an entry uses 0", () => {
    const md = ["# Incidents", "", "- SEV0 checkout down", "- SEV1 slow search", "- SEV2 typo in footer"].join("\n");
    expect(read(md).map(([, , p]) => p)).toEqual(["P0", "P1", "P2"]);
  });

  it("leaves an S3 that names the storage service", () => {
    const md = ["# Storage", "", "- S3 bucket lifecycle rules", "- S3 access logs to the SIEM", "- Move backups to S3"].join("\n");
    expect(read(md).map(([t]) => t)).toEqual(["S3 bucket lifecycle rules", "S3 access logs to the SIEM", "Move backups to S3"]);
  });

  it("reads a code in brackets or after a dash", () => {
    expect(severityCode("Crash on save (SEV-1)")).toMatchObject({ title: "Crash on save", level: 1, label: "SEV1" });
    expect(severityCode("Icons blurry — S4")).toMatchObject({ title: "Icons blurry", level: 4 });
    expect(severityCode("Sprint 3 review")).toBeNull();
  });
});

describe("severity codes in other languages and brackets", () => {
  it("reads a German scale line and a code in full-width or plain parentheses", () => {
    const de = ["# Fehlerliste", "", "Schweregrad: Sev0 = Ausfall · Sev1 = schwer · Sev2 = leicht", "", "## Aufgaben", "- Sev0 Checkout bricht ab", "- Export dauert zu lange (Sev2)", ""].join("\n");
    expect(read(de).map(([t, , p]) => [t, p])).toEqual([
      ["Checkout bricht ab", "P0"],
      ["Export dauert zu lange", "P2"],
    ]);
    expect(severityCode("保存時にクラッシュ（S1）")).toMatchObject({ title: "保存時にクラッシュ", level: 1 });
  });
});


describe("a severity code as a bold title's first dash part", () => {
  it("ranks the entries and leaves the rest of the description", () => {
    const md = ["## Acciones correctivas", "", "- [ ] **Límite de concurrencia** — Sev1 — responsable: Jorge", "- [x] **Alerta de saturación** — Sev2", "- [ ] **Revisar timeouts** — Sev4", ""].join("\n");
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.priority, i.description])).toEqual([
      ["Límite de concurrencia", "P0", "responsable: Jorge"],
      ["Alerta de saturación", "P1", ""],
      ["Revisar timeouts", "P3", ""],
    ]);
  });

  it("leaves one code, or a code opening a sentence, in the description", () => {
    const one = parsePlan(["## Tasks", "", "- [ ] **Move backups** — S3 — cheaper tier", "- [ ] **Rotate keys** — quarterly", ""].join("\n")).items;
    expect(one.map((i) => [i.priority, i.description])).toEqual([
      [null, "S3 — cheaper tier"],
      [null, "quarterly"],
    ]);
    const sentence = parsePlan(["## Tasks", "", "- [ ] **Runbook** — Sev2 runbook update", "- [ ] **Pager** — Sev1 paging rules", ""].join("\n")).items;
    expect(sentence.map((i) => i.priority)).toEqual([null, null]);
  });

  it("maps codes a Severity column or a bracket label holds, on the scale the entries use", () => {
    const table = "# Bugs\n\n| Bug | Severity | Status |\n|---|---|---|\n| Crash on save | S1 | Open |\n| Slow export | S2 | Open |\n| Typo | S4 | Open |\n";
    expect(read(table)).toEqual([
      ["Crash on save", "S1", "P0"],
      ["Slow export", "S2", "P1"],
      ["Typo", "S4", "P3"],
    ]);
    const zero = "# Incidents\n\n| Incident | Sev | Status |\n|---|---|---|\n| Checkout down | Sev0 | Open |\n| Search slow | Sev2 | Open |\n";
    expect(read(zero)).toEqual([
      ["Checkout down", "Sev0", "P0"],
      ["Search slow", "Sev2", "P2"],
    ]);
    const labels = "# Bugs\n\n## Open\n- [ ] Checkout 500s [sev1]\n- [ ] Typo in footer [sev3]\n";
    expect(read(labels)).toEqual([
      ["Checkout 500s", "SEV1", "P0"],
      ["Typo in footer", "SEV3", "P2"],
    ]);
  });

  it("leaves a lone code label for the lead to map, and a bracket that is no code in the title", () => {
    expect(read("# Bugs\n\n## Open\n- [ ] Checkout 500s [sev1]\n- [ ] Typo in footer\n")).toEqual([
      ["Checkout 500s", "SEV1", null],
      ["Typo in footer", null, null],
    ]);
    expect(read("# Infra\n\n## Tasks\n- [ ] Move logs to [S3 Glacier]\n")[0]![2]).toBeNull();
  });

  it("reads a heading that is only a Sev code as its entries' level; a bare S code heading stays a name", () => {
    expect(severityHeading("Sev 1")).toBe("SEV1");
    expect(severityHeading("SEV-2 (page the on-call)")).toBe("SEV2");
    expect(severityHeading("S3")).toBeNull();
    expect(severityHeading("Sev1 runbook")).toBeNull();
    expect(read("# Bugs\n\n## Sev 1\n- [ ] Crash on save\n\n## Sev 3\n- [ ] Typo\n")).toEqual([
      ["Crash on save", "SEV1", "P0"],
      ["Typo", "SEV3", "P2"],
    ]);
    expect(parsePlan("# Infra\n\n## S3\n- [ ] Turn on versioning\n").items.map((i) => [i.priorityLabel, i.category.join("/")])).toEqual([[null, "S3"]]);
  });
});
