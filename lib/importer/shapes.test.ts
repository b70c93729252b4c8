import { describe, expect, it } from "vitest";
import { parsePlan } from "./parse";

// Issue 18's shapes, each with the small example the issue gives (written for it, not copied from
// the corpus): every one of these read wrong before the change that made it pass.

const read = (md: string) => parsePlan(md).items.map((i) => ({ title: i.title, status: i.status, priority: i.priority, category: i.category }));

describe("issue 18 shapes", () => {
  it("1: a bold title in a task list keeps its description and status words out of the title", () => {
    expect(read("# T\n\n## Work\n\n- [x] **Cache layer** - add an LRU\n- [x] **Retry** ✅ COMPLETED\n- [ ] **Breaker** - IN PROGRESS\n")).toEqual([
      { title: "Cache layer", status: "done", priority: null, category: ["Work"] },
      { title: "Retry", status: "done", priority: null, category: ["Work"] },
      { title: "Breaker", status: "in_progress", priority: null, category: ["Work"] },
    ]);
    expect(parsePlan("# T\n\n- [x] **Cache layer** - add an LRU\n").items[0]!.description).toBe("add an LRU");
  });

  it("2: a record heading's trailing emoji and category tag are not title text", () => {
    expect(read("# T\n\n### P1-001: Add tracing 🔍 OBSERVABILITY\n\n**Status:** Not started\n")[0]).toMatchObject({ title: "Add tracing", priority: "P1" });
  });

  it("3: numbered bold labels under questions, risks or decisions are not items", () => {
    expect(read("# T\n\n## Open questions\n\n1. **Retention:** how long do we keep logs?\n2. **Hold:** who decides?\n")).toEqual([]);
  });

  it("4: a list that only names states is a legend, wherever it stands", () => {
    expect(read("# T\n\n**Legend**:\n- [x] Completed\n- [ ] Not started\n\n## Work\n\n- [x] Ship it\n").map((i) => i.title)).toEqual(["Ship it"]);
  });

  it("5: P4, P5 and above map to P3 and leave the category clean", () => {
    expect(read("# T\n\n## P5: Nice things\n\n- [ ] Confetti\n")).toEqual([{ title: "Confetti", status: "not_started", priority: "P3", category: ["Nice things"] }]);
  });

  it("6: leaf headings with prose under a backlog heading are items", () => {
    expect(read("# Backlog\n\n## Styling\n\n### No spacing scale\n\nMargins are hand-picked.\n").map((i) => [i.title, i.category])).toEqual([["No spacing scale", ["Styling"]]]);
  });

  it("7: a numbered heading with labelled fields is a record, its File field the item's files", () => {
    const [item] = parsePlan("# T\n\n## 1. Giant module\n\n**File:** `src/orders/service.ts`\n**Problem:** 2,400 lines.\n**Fix:** Split it.\n").items;
    expect(item).toMatchObject({ title: "Giant module", checklist: [{ kind: "file", text: "src/orders/service.ts", done: false }] });
  });

  it("8: horizon and MoSCoW headings are priorities, shown as labels and remappable", () => {
    const md = "# T\n\n## Immediate (Critical - Do First)\n\n1. Fix the crash\n\n## Short term\n\n- Add tracking\n\n## Long Term (Nice to Have)\n\n- Tablet layouts\n\n## Won't have (this time)\n\n- PDF export\n";
    expect(read(md)).toEqual([
      { title: "Fix the crash", status: "not_started", priority: "P0", category: [] },
      { title: "Add tracking", status: "not_started", priority: "P1", category: [] },
      { title: "Tablet layouts", status: "not_started", priority: "P3", category: [] },
      { title: "PDF export", status: "wont_do", priority: "P3", category: [] },
    ]);
    expect(parsePlan(md).items.map((i) => i.priorityLabel)).toEqual(["Immediate", "Short term", "Long term", "Won't have"]);
    expect(parsePlan(md, { priorityMap: { "Short term": "P2" } }).items[1]!.priority).toBe("P2");
  });

  it("9: a status matrix reads the latest column through the document's legend", () => {
    const md = "# T\n\n| Issue | v1 | v2 |\n|---|---|---|\n| SQL injection | 🔴 | ✅ fixed |\n| No MFA | 🔴 | 🟠 |\n\n**Legend:** 🔴 open · 🟠 mitigated / in progress · ✅ fixed\n";
    expect(read(md).map((i) => [i.title, i.status])).toEqual([["SQL injection", "done"], ["No MFA", "in_progress"]]);
  });

  it("10: only the nearest heading decides, and ✅ ✓ ☑ ✔ mark done", () => {
    const md = "# Service Improvements\n\nIntro.\n\n## Themes\n\n- Developer experience first\n\n## Innovation Roadmap\n\n- ✅ **Sidecar**: shipped\n- ✔ **Canary analysis** fixed\n- **Preview environments** per pull request\n\n# Appendix\n";
    expect(read(md).map((i) => [i.title, i.status])).toEqual([["Sidecar", "done"], ["Canary analysis", "done"], ["Preview environments", "not_started"]]);
  });

  it("11: SKIPPED and PARTIAL heading statuses override an outer COMPLETED", () => {
    const md = "# T\n\n## Phase 1: Foundations ✓ COMPLETED\n\n### Mapping\n\n- Define the mapping\n\n### Cache SKIPPED (Decision Made)\n\n- Add a cache\n\n## Phase 2: Cutover ✓ PARTIAL\n\n### Mobile\n\n- Switch iOS\n";
    expect(read(md).map((i) => [i.title, i.status, i.category])).toEqual([
      ["Define the mapping", "done", ["Foundations", "Mapping"]],
      ["Add a cache", "wont_do", ["Foundations", "Cache"]],
      ["Switch iOS", "in_progress", ["Cutover", "Mobile"]],
    ]);
  });

  it("12: file paths under a priority heading go to the items' file lists, not items or categories", () => {
    const result = parsePlan("# T\n\n## High Priority\n\n### Bundle\n\n- [ ] Lazy-load charts\n\nFiles:\n\n- `src/App.tsx`\n\n## Low Priority\n\n- [ ] Preload the hero\n- public/hero.avif\n");
    expect(result.items.map((i) => [i.title, i.priority, i.category, i.checklist.map((c) => `${c.kind}:${c.text}`)])).toEqual([
      ["Lazy-load charts", "P1", ["Bundle"], ["file:src/App.tsx"]],
      ["Preload the hero", "P3", [], ["file:public/hero.avif"]],
    ]);
  });

  it("13: section fields apply to the section's items; bare boxes are read with a warning", () => {
    const result = parsePlan("# T\n\n## Cleanup\n\n**Status:** Done\n**Priority:** P1\n\n- Remove the cron box\n\n## Loose ends\n\n[ ] Rotate the password\n[x] Archive the calendar\n");
    expect(result.items.map((i) => [i.title, i.status, i.priority])).toEqual([
      ["Remove the cron box", "done", "P1"],
      ["Rotate the password", "not_started", null],
      ["Archive the calendar", "done", null],
    ]);
    expect(result.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/without a list bullet/)]);
  });

  it("13: metric tables read '50% reduction', '100% graceful' and '0 warnings' in the direction meant", () => {
    const md = "# T\n\n## Targets\n\n| Metric | Today | Target |\n|---|---|---|\n| MTTR | 3h | 50% reduction |\n| Shutdowns | 71% graceful | 100% graceful |\n| Compiler warnings | 312 | 0 warnings |\n";
    expect(parsePlan(md).metrics.map((m) => [m.name, m.comparator, m.target])).toEqual([["MTTR", ">=", 50], ["Shutdowns", ">=", 100], ["Compiler warnings", "<=", 0]]);
  });

  it("a document with no items says it was read as prose and what its headings looked like", () => {
    const result = parsePlan("# Notes\n\nJust prose.\n\n## Ideas\n\n- maybe this\n");
    expect(result.items).toEqual([]);
    expect(result.warnings[0]!.message).toMatch(/^Read as prose; no tasks found — headings looked like Ideas \(1 paragraph, 1 bulleted list\)/);
  });
});

// The held-out corpus's kinds of misses (BENCHMARKS.md, "Held-out corpus (2026-12-06)"), each as a
// general rule with an example written here.
describe("held-out corpus rules", () => {
  it("a table's title column is found by its content when its header is an unknown word", () => {
    const md = "# T\n\n| ID | Area | Schuld | Prioridad | Estado |\n|---|---|---|---|---|\n| D-1 | db | Backups are never restored in a drill | alta | Hecho |\n| D-2 | api | Two clients retry in different ways | baja | Pendiente |\n";
    expect(parsePlan(md).items.map((i) => [i.key, i.title, i.priority, i.status])).toEqual([
      ["D-1", "Backups are never restored in a drill", "P1", "done"],
      ["D-2", "Two clients retry in different ways", "P3", "not_started"],
    ]);
  });

  it("a table of single words and numbers has no title column", () => {
    expect(parsePlan("# T\n\n| ID | Area | Score |\n|---|---|---|\n| 1 | db | 4 |\n| 2 | api | 3 |\n").items).toEqual([]);
  });

  it("a foreign priority word in parentheses, or after a dash, is the priority, not title text", () => {
    const md = "# T\n\n## Seguridad\n\n- [ ] Rotar las claves (alta)\n\n## Calidad\n\n1. Borrar el módulo viejo — prioridad baja\n2. Subir la cobertura — prioridad media\n";
    expect(read(md).map((i) => [i.title, i.priority])).toEqual([
      ["Rotar las claves", "P1"],
      ["Borrar el módulo viejo", "P3"],
      ["Subir la cobertura", "P2"],
    ]);
  });

  it("a run of 🔥 or (!) marks is a priority: by the document's key when it names one, else by strength", () => {
    const keyed = "# T\n\nPriorities: (!!!) urgent, (!) low.\n\n## Work\n\n- [ ] Page on errors (!!!)\n- [ ] Trim logs (!)\n";
    expect(read(keyed).map((i) => [i.title, i.priority])).toEqual([["Page on errors", "P0"], ["Trim logs", "P3"]]);
    const flames = "# T\n\n## Loading\n\n- 🔥🔥🔥 Inline critical CSS\n- 🔥 Subset the fonts\n- ✅ ~~Drop moment.js~~ replaced by date-fns\n";
    expect(read(flames).map((i) => [i.title, i.priority, i.status])).toEqual([
      ["Inline critical CSS", "P0", "not_started"],
      ["Subset the fonts", "P2", "not_started"],
      ["Drop moment.js", null, "done"],
    ]);
  });

  it("task boxes nested under short numbered entries take the entry as their category", () => {
    const md = "# T\n\n1. Logging\n   - [x] JSON logs\n   - [ ] Drop bodies\n2. Tracing\n   - [ ] Propagate context\n";
    expect(read(md).map((i) => [i.title, i.category, i.status])).toEqual([
      ["JSON logs", ["Logging"], "done"],
      ["Drop bodies", ["Logging"], "not_started"],
      ["Propagate context", ["Tracing"], "not_started"],
    ]);
  });

  it("a trailing parenthesis that starts with a pronoun is a remark", () => {
    expect(read("# T\n\n## Tasks\n\n- Debounce the handler (it re-renders the header)\n")[0]!.title).toBe("Debounce the handler");
  });

  it("a numbered list under a foreign 'Priority N' heading is work, French status words are read", () => {
    const md = "# T\n\n## Priorité 1 — tout de suite\n\n1. Corriger les arrondis ✅ fait\n2. Journaliser les envois — en cours\n\n## Prioridad 3\n\n- Documentar el esquema\n";
    expect(read(md).map((i) => [i.title, i.priority, i.status])).toEqual([
      ["Corriger les arrondis", "P0", "done"],
      ["Journaliser les envois", "P0", "in_progress"],
      ["Documentar el esquema", "P2", "not_started"],
    ]);
  });

  it("tickets under 'Committed' and 'Stretch' lose story points, a trailing emoji and '— in review'", () => {
    const md = "# T\n\n## Committed\n\n1. ABC-1 Checkout option (5)\n2. ABC-2 Fix: wrong VAT (3) 🐞\n\n## Stretch\n\n- ABC-3 Admin view (5) — in review\n";
    expect(parsePlan(md).items.map((i) => [i.key, i.title, i.status])).toEqual([
      ["ABC-1", "Checkout option", "not_started"],
      ["ABC-2", "Fix: wrong VAT", "not_started"],
      ["ABC-3", "Admin view", "in_progress"],
    ]);
  });

  it("a record keyed 'AB-2026-01 — …' loses its key from the title and takes its priority from **Severity:**", () => {
    const md = "# T\n\n## Findings\n\n### AB-2026-01 — Open redirect on login\n\n**Severity:** High\n**Status:** Open\n";
    expect(parsePlan(md).items.map((i) => [i.key, i.title, i.priority])).toEqual([["AB-2026-01", "Open redirect on login", "P1"]]);
  });

  it("an impact word ending the first sentence after a bold title is its priority", () => {
    const md = "# T\n\n## Issues\n\n1. **No labels on inputs** (1.3.1) — Critical. Screen readers say 'edit'.\n2. **Low contrast** — Serious.\n3. **Title is 'Portal'** — Minor.\n4. **Moves focus** — High contrast mode hides it.\n";
    expect(read(md).map((i) => [i.title, i.priority])).toEqual([
      ["No labels on inputs", "P0"],
      ["Low contrast", "P1"],
      ["Title is 'Portal'", "P3"],
      ["Moves focus", null],
    ]);
  });

  it("a Risk column ranks a table's rows when it has no priority or severity column", () => {
    const md = "# T\n\n| Package | Current | Target | Risk | Status |\n|---|---|---|---|---|\n| react | 17 | 18 | High | 🚧 |\n| jest | 27 | 29 | Low | ✅ |\n";
    expect(read(md).map((i) => [i.title, i.priority, i.status])).toEqual([["react", "P1", "in_progress"], ["jest", "P3", "done"]]);
  });

  it("a code span after a verb or preposition ends the title; a trailing em-dash clause giving a reason is a remark", () => {
    const md = "# T\n\n## Tasks\n\n- [ ] Drop `request`, use `undici`\n- [ ] Merge back into `main` `chore`\n- [ ] Fail on flakes — because retries hide real bugs\n- [ ] Run the regression — **in progress**, 212/340 cases\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status, i.description])).toEqual([
      ["Drop request, use undici", "not_started", ""],
      // The label is not title, and not dropped either: the description keeps it.
      ["Merge back into main", "not_started", "Labels: chore"],
      ["Fail on flakes", "not_started", "because retries hide real bugs"],
      ["Run the regression", "in_progress", "in progress, 212/340 cases"],
    ]);
  });

  it("a matrix of status marks per environment: each row an item, done only when every mark is", () => {
    const md = "# T\n\n## Services\n\n| Service | Chart | Staging | Production |\n|---|---|---|---|\n| gateway | ✅ | ✅ | ✅ |\n| search | ✅ | 🚧 | ⬜ |\n| mail | ⬜ | ⬜ | ⬜ |\n";
    expect(read(md).map((i) => [i.title, i.status])).toEqual([["gateway", "done"], ["search", "in_progress"], ["mail", "not_started"]]);
  });

  it("a numbered list under a heading that is only 'Plan' is work, nested boxes its checklist", () => {
    const md = "# T\n\n## Plan\n\n1. Announce the sunset\n   - [x] Changelog post\n   - [ ] Email\n2. Add Sunset headers\n";
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.done, i.checklist.length])).toEqual([["Announce the sunset", false, 2], ["Add Sunset headers", false, 0]]);
  });

  it("a legend line of marks and meanings, even without the word 'legend', says what ◐ ✘ 🟢 mean", () => {
    const md = "# T\n\nLegende: ✔ erledigt · ◐ in Arbeit · ✘ verworfen\n\n## Sofort\n\n- ◐ Backup täglich\n- ✘ Eigenes Tool bauen (wir nehmen Metabase)\n- Ablage (zweiter Standort ab 2028)\n";
    expect(read(md).map((i) => [i.title, i.status])).toEqual([["Backup täglich", "in_progress"], ["Eigenes Tool bauen", "wont_do"], ["Ablage", "not_started"]]);
    const roadmap = "# T\n\n🟢 on track · 🟡 at risk · ✅ done\n\n| Initiative | Status |\n|---|---|\n| Faster CI builds | 🟢 |\n";
    expect(read(roadmap).map((i) => i.status)).toEqual(["in_progress"]);
  });

  it("'Not this quarter' above prose is not an item; 'probably …' in parentheses is a remark", () => {
    const md = "# Roadmap\n\n## Later\n\n- Plugin system (probably not before 2.0)\n\n## Not this quarter\n\nService mesh and multi-cloud were deferred.\n";
    expect(read(md).map((i) => [i.title, i.priority])).toEqual([["Plugin system", "P2"]]);
  });
});
