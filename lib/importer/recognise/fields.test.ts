import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { readFieldLine, readLineFields, readParenFields, readTaskSignifiers } from "./fields";

const read = (md: string) => parsePlan(md).items.map((i) => ({ title: i.title, status: i.status, priority: i.priority }));

describe("list lines written as fields", () => {
  it("a flag before a priority word is that priority, and a labelled segment is its field whatever its value", () => {
    expect(readLineFields("Sign the contract · 🚩 Urgent · Due Dec 10 · Assignee: IT (Bruno)")).toMatchObject({ title: "Sign the contract", priorityLabel: "Critical", owner: "IT (Bruno)" });
    expect(readLineFields("Draft the plan · 🚩 Normal · Status: IN PROGRESS")).toMatchObject({ title: "Draft the plan", priorityLabel: "Normal", status: "in_progress" });
    expect(readLineFields("Farewell lunch · 🚩 Low · Status: CANCELLED")).toMatchObject({ priorityLabel: "Low", status: "wont_do" });
  });

  it("takes the phrase as the title and reads priority, state and person segments by their words", () => {
    expect(readLineFields("Fix the login redirect | High | In review | @sam")).toMatchObject({ title: "Fix the login redirect", priorityLabel: "High", status: "in_progress", owner: "@sam" });
    expect(readLineFields("Rotate the keys — P1 — @ana")).toMatchObject({ title: "Rotate the keys", priorityLabel: "P1", owner: "@ana" });
    expect(readLineFields("Add dark mode · No priority")).toMatchObject({ title: "Add dark mode", priorityLabel: null, noPriority: true });
  });

  it("a remark after the last field's dash is not a field", () => {
    expect(readLineFields("Migrate the router · Medium — decided to wait")).toMatchObject({ title: "Migrate the router", priorityLabel: "Medium", remark: "decided to wait" });
  });

  it("a dash or semicolon inside a sentence does not split it", () => {
    expect(readLineFields("Pairing on the tax bug — fixed in a day")).toBeNull();
    expect(readLineFields("Add retries; log failures")).toBeNull();
    expect(readLineFields("Rewrite the API — GraphQL")).toBeNull();
  });

  it("a keyed tracker line: key, title, priority and owner", () => {
    expect(read("# Cycle\n\n## Todo\n\n- ABC-12 Reduce cold start time · Medium · @tariq\n- ABC-13 Fix the dark theme | Low\n")).toEqual([
      { title: "Reduce cold start time", status: "not_started", priority: "P2" },
      { title: "Fix the dark theme", status: "not_started", priority: "P3" },
    ]);
  });
});

describe("a trailing parenthesis of fields", () => {
  it("owner and estimate, or an estimate alone, are not title; a measure or a phrase is left alone", () => {
    expect(readParenFields("Remove the loader (Priya, 3d)")).toMatchObject({ title: "Remove the loader", owner: "Priya", effortHours: 24 });
    expect(readParenFields("Roll out per schema (est. 1–2 weeks)")).toMatchObject({ title: "Roll out per schema" });
    expect(readParenFields("Drop Moment.js (≈ 60 KB)")).toBeNull();
    expect(readParenFields("Fix the prompt (PR open)")).toBeNull();
    expect(readParenFields("Migrate the DB (Jonas)")).toBeNull();
  });
});

describe("separators inside code", () => {
  it("a pipe inside a code span does not split the line", () => {
    expect(parsePlan("# T\n\n## Tasks\n\n- Support `a | b` in filters\n").items.map((i) => i.title)).toEqual(["Support a | b in filters"]);
  });
});

describe("task-plugin signifiers after a title", () => {
  it("reads priority arrows and dated marks as fields, never as title words", () => {
    expect(readTaskSignifiers("Fix the freshness test 🔺 📅 2026-12-02")).toMatchObject({ title: "Fix the freshness test", priorityLabel: "Highest", status: null });
    expect(readTaskSignifiers("Review the PR 🔼 📅 2026-12-02 ✅ 2026-12-02")).toMatchObject({ title: "Review the PR", priorityLabel: "Medium", status: "done" });
    expect(readTaskSignifiers("Submit expenses ✅ 2026-12-01")).toMatchObject({ title: "Submit expenses", priorityLabel: null, status: "done" });
    expect(readTaskSignifiers("Write the release notes")).toBeNull();
  });

  it("a plan written with them gives each item its priority and a clean title", () => {
    expect(read("- [ ] Decide on the connector ⏫ 📅 2026-12-05\n- [ ] Book dentist 🔽\n- [ ] Plan for [[Hiring 2027]] 🔼\n")).toEqual([
      { title: "Decide on the connector", status: "not_started", priority: "P1" },
      { title: "Book dentist", status: "not_started", priority: "P3" },
      { title: "Plan for Hiring 2027", status: "not_started", priority: "P2" },
    ]);
  });
});

describe("a line of labelled fields under an entry's title", () => {
  it("is the entry's fields when every segment names its field, in any language of the vocabulary", () => {
    expect(readFieldLine("Priority: High · Owner: Oskar")).toEqual({ priorityLabel: "High", status: null, owner: "Oskar" });
    expect(readFieldLine("Prioritet: Medel · Status: pågår")).toMatchObject({ priorityLabel: "Medium", status: "in_progress" });
    expect(readFieldLine("Note: this is a sentence")).toBeNull();
  });

  it("reads an unlabelled state closing the field line (Asana's '· ✔ Completed')", () => {
    expect(readFieldLine("Due: 2027-01-31 · Assignee: Ahmed Rahimi · ✔ Completed")).toEqual({ priorityLabel: null, status: "done", owner: "Ahmed Rahimi" });
    expect(readFieldLine("Due: 2027-01-31 · ✔")).toMatchObject({ status: "done" });
    // Words that are no state, or a state that opens the line, leave it a sentence.
    expect(readFieldLine("Due: 2027-01-31 · call Ahmed first")).toBeNull();
    expect(readFieldLine("✔ Completed")).toBeNull();
    expect(read("## Identity\n- **Enforce MFA** [High]\n  Due: 2027-01-31 · Assignee: Ahmed · ✔ Completed\n- **Reset passwords** [Low]\n  Due: 2027-03-31 · Assignee: Kerry\n")).toEqual([
      { title: "Enforce MFA", status: "done", priority: "P1" },
      { title: "Reset passwords", status: "not_started", priority: "P3" },
    ]);
  });

  it("gives the entry its priority and leaves the title clean", () => {
    expect(read("- [ ] **Upgrade Node** in all services\n  Priority: High · Owner: Oskar\n- [ ] Upgrade Redis\n  Priority: Low\n")).toEqual([
      { title: "Upgrade Node", status: "not_started", priority: "P1" },
      { title: "Upgrade Redis", status: "not_started", priority: "P3" },
    ]);
  });
});

describe("coloured marks that the document's key names as priorities", () => {
  it("reads each mark as the level its key gives, not as a state", () => {
    const md = "# Audit\n\n**Severity key:** 🔴 critical — fix now · 🟠 important — this quarter · 🟡 minor — when convenient\n\n## Findings\n\n- 🔴 Sitemap lists redirected URLs\n- 🟠 Titles are duplicated\n- 🟡 Some images lack alt text\n";
    expect(read(md)).toEqual([
      { title: "Sitemap lists redirected URLs", status: "not_started", priority: "P0" },
      { title: "Titles are duplicated", status: "not_started", priority: "P1" },
      { title: "Some images lack alt text", status: "not_started", priority: "P3" },
    ]);
  });
});

describe("tags an export names as labels", () => {
  it("reads `label:x` code spans as labels, a priority word among them as the priority", () => {
    expect(read("# Board\n\n## To do\n\n- [ ] Allergen info on every page `label:legal` `label:urgent`\n- [ ] Fix the footer `label:bug`\n")).toEqual([
      { title: "Allergen info on every page", status: "not_started", priority: "P0" },
      { title: "Fix the footer", status: "not_started", priority: null },
    ]);
  });
});

describe("a tracker's priority groups", () => {
  it("a line read as fields keeps a state word that ends its title; a 'No priority' group holds work without a priority", () => {
    expect(read("# Cycle\n\n### Urgent\n- WEB-1 Sign-in loop when cookies are blocked · In Progress · @sam\n\n### No priority\n- WEB-2 Investigate the noise · Todo\n")).toEqual([
      { title: "Sign-in loop when cookies are blocked", status: "in_progress", priority: "P0" },
      { title: "Investigate the noise", status: "not_started", priority: null },
    ]);
  });
});

describe("the Chinese dash and owners labelled in other languages", () => {
  it("reads '—— 负责人：X' after the title as its owner", () => {
    expect(readLineFields("整理数据库锁等待的排查手册 —— 负责人：刘洋")).toMatchObject({ title: "整理数据库锁等待的排查手册", owner: "刘洋" });
    expect(readLineFields("大促前压测需覆盖回调链路（目前只压下单接口）—— 负责人：孙丽")).toMatchObject({ title: "大促前压测需覆盖回调链路（目前只压下单接口）", owner: "孙丽" });
    expect(readLineFields("Update the runbook — Responsável: Ana")).toMatchObject({ title: "Update the runbook", owner: "Ana" });
  });
  it("leaves a dash clause that is no field in the title", () => {
    expect(readLineFields("商户统计改为异步汇总——回调链路只更新订单表")).toBeNull();
    expect(readLineFields("Rewrite the API — GraphQL")).toBeNull();
  });
});

describe("round the clock is no date field", () => {
  it("keeps '(call x4455, 24/7)' as title words, a day and month still a date", () => {
    expect(readParenFields("Report a lost badge (phone x2211, 24/7)")).toBeNull();
    expect(readParenFields("Report a lost badge (Priya, 24/07)")).not.toBeNull();
  });
});
