import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { PERIOD } from "./table-columns";

// Tables are classified from the whole table — board, record table, status matrix, or reference —
// and a record table's columns are read by header (in several languages) and by content. Every
// example is written here in general terms; each read wrong before table-columns.ts / board-table.ts.

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status]);

describe("table shapes", () => {
  it("a board: headers that are states make every filled cell a card with its column's status", () => {
    const md = "# Board\n\n| Backlog | In progress | On hold | Done |\n|---|---|---|---|\n| Write the guide | Port the CLI | Buy the licence | Fix the logo |\n| Tidy the wiki | | | |\n";
    expect(read(md)).toEqual([
      ["Write the guide", "not_started"],
      ["Tidy the wiki", "not_started"],
      ["Port the CLI", "in_progress"],
      ["Buy the licence", "blocked"],
      ["Fix the logo", "done"],
    ]);
  });

  it("numbers under state headers are a count summary, not cards", () => {
    expect(parsePlan("# T\n\n| Open | Closed |\n|---|---|\n| 12 | 40 |\n").items).toEqual([]);
  });

  it("a column naming the thing to fix (test paths) is the title; a cause column explains it; Done? says done", () => {
    const md = "# T\n\n| # | Test | Cause | Owner | Done? |\n|---|---|---|---|---|\n| 1 | `a/login.spec.ts` | races the redirect | Ana | yes |\n| 2 | `b/cart.test.ts` | shared fixtures between runs | Bo | no |\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.done, i.description])).toEqual([
      ["a/login.spec.ts", true, "races the redirect\n\nOwner: Ana"],
      ["b/cart.test.ts", false, "shared fixtures between runs\n\nOwner: Bo"],
    ]);
  });

  it("with no title header, a column of distinct identifiers is the title of a tracked table", () => {
    const md = "# T\n\n| Endpoint | Why | Status |\n|---|---|---|\n| `/v1/orders` | slow under load in the evening | Done |\n| `/v1/carts` | times out on big carts | Open |\n";
    expect(read(md)).toEqual([["/v1/orders", "done"], ["/v1/carts", "not_started"]]);
  });

  it("a Term | Meaning table is a glossary, even when its terms are states", () => {
    const md = "# T\n\n## States\n\n| State | Meaning |\n|---|---|\n| OPEN | created, nobody has looked yet |\n| DONE | all parts delivered to the customer |\n";
    expect(parsePlan(md).items).toEqual([]);
  });

  it("a status matrix takes each row's latest filled period, not an empty newest column", () => {
    const md = "# T\n\n| Issue | Q1 | Q2 | Q3 |\n|---|---|---|---|\n| Slow search on big tenants | 🔴 | ✅ | |\n| Flaky login on Safari | 🔴 | 🔴 | 🚧 |\n";
    expect(read(md)).toEqual([["Slow search on big tenants", "done"], ["Flaky login on Safari", "in_progress"]]);
  });

  it("headers in other languages name the title, priority, status and owner columns", () => {
    const fr = "# T\n\n| Tâche | Priorité | Statut |\n|---|---|---|\n| Chiffrer les sauvegardes | haute | Terminé |\n";
    expect(parsePlan(fr).items.map((i) => [i.title, i.priority, i.status])).toEqual([["Chiffrer les sauvegardes", "P1", "done"]]);
    const it_ = "# T\n\n| Attività | Stato | Referente |\n|---|---|---|\n| Ruotare le chiavi | Done | Luca |\n";
    expect(parsePlan(it_).items.map((i) => [i.title, i.status, i.description])).toEqual([["Ruotare le chiavi", "done", "Owner: Luca"]]);
    const ja = "# T\n\n| タスク | 状態 |\n|---|---|\n| ログを整理する | In progress |\n";
    expect(read(ja)).toEqual([["ログを整理する", "in_progress"]]);
  });

  it("a Sev column ranks the rows as severity does", () => {
    const md = "# T\n\n| Item | Sev | Status |\n|---|---|---|\n| Second NAT gateway in the other zone | Critical | Open |\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([["Second NAT gateway in the other zone", "P0"]]);
  });

  it("a column of @handles is the owner and a column of short states the status, whatever their headers", () => {
    const md = "# T\n\n| Thing to change | Who does it | Where |\n|---|---|---|\n| Split the billing module | @kim | In progress |\n| Drop the old cron host | @lee | Done |\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status, i.description])).toEqual([
      ["Split the billing module", "in_progress", "Owner: @kim"],
      ["Drop the old cron host", "done", "Owner: @lee"],
    ]);
  });

  it("a Task header makes rows work without tracking columns; other untracked tables under a task heading warn", () => {
    expect(read("# T\n\n| Task | Notes |\n|---|---|\n| Rotate the keys | yearly |\n")).toEqual([["Rotate the keys", "not_started"]]);
    const result = parsePlan("# T\n\n## Tasks\n\n| Package | Notes |\n|---|---|\n| left-pad | drop it for String.padStart |\n");
    expect(result.items).toEqual([]);
    expect(result.warnings.some((w) => /no status, priority or owner column/.test(w.message))).toBe(true);
  });

  it("a board by priority (Now | Next | Later), with swimlanes and several cards per cell", () => {
    const md = "# Roadmap\n\n| Team | Now | Next | Done |\n|---|---|---|---|\n| Web | Ship the new cart<br>Fix the font flash | Dark mode | Cookie banner |\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status, i.priorityLabel, i.category])).toEqual([
      ["Ship the new cart", "not_started", "Immediate", ["Web"]],
      ["Fix the font flash", "not_started", "Immediate", ["Web"]],
      ["Dark mode", "not_started", "Short term", ["Web"]],
      ["Cookie banner", "done", null, ["Web"]],
    ]);
  });

  it("a risk register or decision log is reference, even with Owner and Status columns", () => {
    const risks = "# T\n\n| Risk | Likelihood | Owner | Status |\n|---|---|---|---|\n| The vendor ships the unit late | High | Kim | Open |\n";
    expect(parsePlan(risks).items).toEqual([]);
    const decisions = "# T\n\n| Date | Decision | Owner |\n|---|---|---|\n| 3 May | We keep Postgres for the ledger | Ana |\n";
    expect(parsePlan(decisions).items).toEqual([]);
  });

  it("with no status column, a note opening with a state and a colon states the row's state; a dash note is no note", () => {
    const md = "# T\n\n| ID | Debt | Why closed |\n|---|---|---|\n| D-1 | Hand-made currency table | Won't do: the currency service owns it now |\n| D-2 | Old XML export | — |\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status, i.description])).toEqual([
      ["Hand-made currency table", "wont_do", "Won't do: the currency service owns it now"],
      ["Old XML export", "not_started", ""],
    ]);
  });

  it("boxes and marks in cells: a box opening the title cell, a struck title, a ✓ column with one tick", () => {
    const md = "# T\n\n| Task | Owner | ✓ |\n|---|---|---|\n| [x] Rotate the keys | Ana | |\n| ~~Drop the old VPN~~ | Bo | |\n| Write the runbook | Cy | ✅ |\n| Prune the images | Di | |\n";
    expect(read(md)).toEqual([["Rotate the keys", "done"], ["Drop the old VPN", "done"], ["Write the runbook", "done"], ["Prune the images", "not_started"]]);
  });

  it("a board card is read like a list entry: a remark in parentheses is not its title", () => {
    const md = "# T\n\n| To do | Blocked |\n|---|---|\n| Order the cables | Replace the switch (waiting for the vendor) |\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status, i.description])).toEqual([
      ["Order the cables", "not_started", ""],
      ["Replace the switch", "blocked", "(waiting for the vendor)"],
    ]);
  });

  it("a timeline, or an untracked table under a risks heading, is not work; a Done column of dates is", () => {
    expect(parsePlan("# T\n\n| Date | Milestone | Owner |\n|---|---|---|\n| Sep 1 | Beta opens to ten customers | Ana |\n| Oct 3 | General availability | Bo |\n").items).toEqual([]);
    const risks = parsePlan("# T\n\n## Risks\n\n| Description | Mitigation | Owner |\n|---|---|---|\n| Vendor late | Order a spare unit early | Kim |\n");
    expect(risks.items).toEqual([]);
    expect(risks.warnings.some((w) => /read as notes/.test(w.message))).toBe(true);
    const md = "# T\n\n| Task | Assigned to | Done |\n|---|---|---|\n| Rotate the keys | Ana | 2026-05-02 |\n| Prune the images | Bo | |\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status, i.description])).toEqual([["Rotate the keys", "done", "Owner: Ana"], ["Prune the images", "not_started", "Owner: Bo"]]);
  });

  it("a finding row that says no action is required is good news, not an item", () => {
    const md = "# T\n\n| ID | Finding | Severity | Notes |\n|---|---|---|---|\n| F-1 | Open redirect on login | High | fix in the next release |\n| F-2 | Headers well configured | Info | No action required. |\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Open redirect on login"]);
  });

  it("a legend written as a table says what the marks of a status matrix mean", () => {
    const md = "# T\n\n| Mark | Meaning |\n|---|---|\n| 🟢 | fixed |\n| 🟡 | in progress |\n| 🔴 | open |\n\n## Findings\n\n| Finding | v1 | v2 |\n|---|---|---|\n| Weak TLS ciphers on the edge | 🔴 | 🟢 |\n| Verbose errors in production | 🔴 | 🟡 |\n";
    expect(read(md)).toEqual([["Weak TLS ciphers on the edge", "done"], ["Verbose errors in production", "in_progress"]]);
  });

  it("a findings table ranked by severity is work even under a 'Findings' heading; Active | Inactive is no board", () => {
    const md = "# T\n\n## Findings\n\n| ID | Finding | Severity | Recommendation |\n|---|---|---|---|\n| F-1 | Open redirect on the login page | High | validate the target |\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([["Open redirect on the login page", "P1"]]);
    expect(parsePlan("# T\n\n| Active | Inactive |\n|---|---|\n| new-checkout | old-search |\n").items).toEqual([]);
  });

  it("of two columns named as the thing (Epic | Story), the one whose cells repeat groups the rows; the other is the title", () => {
    const md = "# T\n\n| Epic | Story | Status |\n|---|---|---|\n| Checkout | Save card after payment | Done |\n| Checkout | Apple Pay button | In progress |\n";
    expect(read(md)).toEqual([["Save card after payment", "done"], ["Apple Pay button", "in_progress"]]);
  });

  it("a row with an empty title cell is no item", () => {
    expect(parsePlan("# T\n\n| Task | Status |\n|---|---|\n|  | Done |\n| [x] | Done |\n").items).toEqual([]);
  });
});

describe("a numbered priority column", () => {
  it("reads a bare number under a Priority header as the numbered scale, and Removed as not done by decision", () => {
    const md = "# Backlog\n\n| ID | Title | State | Priority |\n|---|---|---|---|\n| 1 | Fix the upload limit | Active | 1 |\n| 2 | Drop the legacy proxy | Removed | 4 |\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status, i.priority])).toEqual([
      ["Fix the upload limit", "in_progress", "P0"],
      ["Drop the legacy proxy", "wont_do", "P3"],
    ]);
  });
});

describe("a key column whose keys look like periods", () => {
  it("names the rows (R1, Q2 under 'ID'); a first column of periods under 'When' still dates them", async () => {
    const { parsePlan } = await import("../parse");
    const keyed = "# Plan\n\n## Backlog\n\n| ID | Task | Priority |\n|---|---|---|\n| R1 | Add tracing | High |\n| R2 | Rotate keys | Low |\n";
    expect(parsePlan(keyed).items.map((i) => [i.key, i.title, i.priority])).toEqual([
      ["R1", "Add tracing", "P1"],
      ["R2", "Rotate keys", "P3"],
    ]);
    const dated = "# Plan\n\n## Roadmap\n\n| When | Milestone | Owner |\n|---|---|---|\n| Q1 | Beta | Ana |\n| Q2 | GA | Tom |\n";
    expect(parsePlan(dated).items).toEqual([]);
  });
});

describe("a column of states under a header the reader does not know", () => {
  const table = (header: string) =>
    [`| Finding | Package | Severity | Fix | ${header} |`, "|---|---|---|---|---|", "| Cache poisoning | next | critical | upgrade | ✅ upgraded |", "| SSRF via URL | axios | high | upgrade | 🚧 PR open |", "| Cookie names | cookie | low | upgrade | todo |", "| Dev server origin | esbuild | moderate | dev-only | accepted risk |", ""].join("\n");

  it("reads a Decision column of states as the rows' status; a mark under way beats a plain 'open'", () => {
    expect(parsePlan(table("Decision")).items.map((i) => i.status)).toEqual(["done", "in_progress", "not_started", "wont_do"]);
  });

  it("takes no header that merely starts like a month for a period column", () => {
    for (const header of ["Decision", "Market", "Mayor", "Marker"]) expect(PERIOD.test(header.toLowerCase()), header).toBe(false);
    for (const header of ["dec", "december", "Sep 2026", "june", "Mar."]) expect(PERIOD.test(header.toLowerCase()), header).toBe(true);
  });
});
