import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Heading-structured documents: which headings are containers, which are items, which hold no work.
// Each example is made up for the rule, not copied from a corpus document.

const read = (md: string) => parsePlan(md).items.map((i) => ({ title: i.title, status: i.status, priority: i.priority, category: i.category }));

describe("heading roles", () => {
  it("a board export: a column heading is a container whose name is the cards' state; a card heading is the item, its list its checklist", () => {
    const md =
      "# Board\n\n## List: To do\n\n### Card: Write the FAQ\nLabels: `docs`, `urgent`\n- [x] Outline\n- [ ] Draft\n\n## List: Doing\n\n### Card: Fix the logo (Anna)\nMembers: @anna\n\n## List: Done\n\n### Card: Buy the domain\n";
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.status, i.priority, i.category])).toEqual([
      ["Write the FAQ", "not_started", "P0", ["To do"]],
      ["Fix the logo", "in_progress", null, ["Doing"]],
      ["Buy the domain", "done", null, ["Done"]],
    ]);
    expect(items[0]!.checklist.map((c) => [c.text, c.done])).toEqual([["Outline", true], ["Draft", false]]);
  });

  it("triage buckets: an urgency word with a verb is a priority, a set-aside bucket is won't do, 'Not bugs' holds no work", () => {
    const md =
      "# Triage\n\nIntro.\n\n# Must fix before launch\n\n## Totals are off by a cent\nRounding per line.\n\n## Bare title without prose\n\n# Fix soon after launch\n\n## Search ignores accents\nMuller vs Müller.\n\n# Won't fix\n\n## Slow on an old browser\nNot supported.\n\n# Not bugs\n\n## Dates can be in the past\nAs intended.\n";
    expect(read(md).map((i) => [i.title, i.status, i.priority])).toEqual([
      ["Totals are off by a cent", "not_started", "P0"],
      ["Bare title without prose", "not_started", "P0"],
      ["Search ignores accents", "not_started", "P1"],
      ["Slow on an old browser", "wont_do", null],
    ]);
  });

  it("a heading that sets work aside for a while ('Not doing this quarter', 'Dropped') makes its list won't-do, struck-through lines too", () => {
    const md = "# Plan\n\n## Not doing this quarter\n\nDeferred in planning:\n\n- Move off Consul\n- ~~Replace the flag service~~ (too costly)\n";
    expect(read(md).map((i) => [i.title, i.status])).toEqual([
      ["Move off Consul", "wont_do"],
      ["Replace the flag service", "wont_do"],
    ]);
  });

  it("a heading that accepts known problems as they are ('Accepted (not fixing)', 'Wird nicht behoben') makes its list won't-do", () => {
    const md = "# Debt\n\n## Accepted (not fixing)\n- Monorepo build over 10 minutes (accepted risk until we split CI)\n\n## Bekannt — beheben wir nicht\n- Alte PDF-Vorlage\n";
    expect(read(md).map((i) => [i.title, i.status])).toEqual([
      ["Monorepo build over 10 minutes", "wont_do"],
      ["Alte PDF-Vorlage", "wont_do"],
    ]);
    // "Accepted" alone is as often a list of approved work: it sets nothing aside.
    expect(read("# RFCs\n\n## Accepted\n- Move the queue to SQS\n").map((i) => i.status)).toEqual(["not_started"]);
  });

  it("an objective heading over key-result field lines is a container: its initiatives are the items", () => {
    const md = "# OKRs\n\n## Objective 1: Grow activation\n\n**KR 1.1** Activation ≥ 50%\n**KR 1.2** Churn below 3%\n\nInitiatives:\n- [ ] Ship the template gallery\n- [x] Rewrite the welcome email\n";
    expect(read(md).map((i) => [i.title, i.status])).toEqual([
      ["Ship the template gallery", "not_started"],
      ["Rewrite the welcome email", "done"],
    ]);
  });

  it("decimal-numbered lines under a phase heading are its items; a line one level deeper is the previous item's checklist", () => {
    const md = "# Migration plan\n\n## 1. Prepare\n\n1.1 Inventory the build scripts — **done**\n1.2 Agree on one Node version\n  1.2.1 check the CI images first\n\n## 2. Move\n\n2.1 Import the repos with history\n2.2 Replace the per-repo CI\n";
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.done, i.category])).toEqual([
      ["Inventory the build scripts", true, ["Prepare"]],
      ["Agree on one Node version", false, ["Prepare"]],
      ["Import the repos with history", false, ["Move"]],
      ["Replace the per-repo CI", false, ["Move"]],
    ]);
    expect(items[1]!.checklist.map((c) => c.text)).toEqual(["1.2.1 check the CI images first"]);
  });

  it("a table of contents written as numbered lines is not work", () => {
    expect(read("# Spec\n\n## Contents\n\n1.1 Scope\n1.2 Goals\n1.3 Design\n")).toEqual([]);
  });

  it("a table under a states heading says what each state means: no items", () => {
    expect(read("# Overview\n\n## Order states\n\n| State | Meaning |\n|---|---|\n| PENDING | created, not paid |\n| DONE | all lines shipped |\n")).toEqual([]);
  });

  it("a list introduced as options, alternatives or questions is not work, under any heading", () => {
    const md = "# Notes\n\n## Backlog\n\nWe weighed three options:\n\n1. **Version in the topic** — simple.\n2. **Version in a header** — one topic.\n\nThen:\n\n1. **Write the ADR** — Ana.\n";
    expect(read(md).map((i) => i.title)).toEqual(["Write the ADR"]);
  });

  it("sections named for a stage of the work hold items when every entry says its priority on the numbered scale", () => {
    const md = "# Hardening plan\n\nSummary\n-------\n\nThe work, by stage.\n\nIngestion\n---------\n\n* **Idempotent loads** — Priority 1. Retried runs append twice.\n* **Backfill tool** — Priority 3.\n\nOrchestration\n-------------\n\n* **Alert on late runs** — Priority 1 ✅\n* **Retry per task** — Priority 2.\n";
    expect(read(md).map((i) => [i.title, i.status, i.priority, i.category])).toEqual([
      ["Idempotent loads", "not_started", "P0", ["Ingestion"]],
      ["Backfill tool", "not_started", "P2", ["Ingestion"]],
      ["Alert on late runs", "done", "P0", ["Orchestration"]],
      ["Retry per task", "not_started", "P1", ["Orchestration"]],
    ]);
  });

  it("a document of leaf headings under headings that name no work warns naming that shape", () => {
    const result = parsePlan("# Review\n\n## Observations\n\n### Slow page loads\nSix seconds.\n\n### Confusing labels\nSave vs Publish.\n");
    expect(result.items).toEqual([]);
    expect(result.warnings[0]!.message).toContain('2 headings with prose and nothing deeper sit under "Observations"');
  });

  it("finding headings (an identifier, a trailing severity, a status line) are items even under 'Findings'; good news is not", () => {
    const md =
      "# Audit\n\n## Findings\n\n### [H-1] Open redirect on login — HIGH\nAny URL is accepted.\n**Fix status:** In progress\n\n### [L-2] Old TLS ciphers — LOW\n**Fix status:** Accepted risk\n\n### [I-1] Headers well configured — INFORMATIONAL\nNo action required.\n";
    expect(read(md).map((i) => [i.title, i.status, i.priority])).toEqual([
      ["Open redirect on login", "in_progress", "P1"],
      ["Old TLS ciphers", "wont_do", "P3"],
    ]);
  });

  it("a priority bucket heading ('P0 — Critical') over a list is not a finding", () => {
    expect(read("# Plan\n\n## P0 — Critical\n\n- Fix the crash\n\nStatus: open\n").map((i) => [i.title, i.priority])).toEqual([["Fix the crash", "P0"]]);
  });

  it("work aimed at risks or questions is still work; rejected alternatives and decision records are not", () => {
    const md =
      "# Plan\n\n## Next steps\n\nSteps to mitigate the two risks:\n\n1. **Warm the cache** — before cutover.\n\n## Rejected alternatives\n\n- Run on VMs\n\n## Decisions\n\n### ADR-7: Use Postgres\nStatus: Proposed\n";
    expect(read(md).map((i) => i.title)).toEqual(["Warm the cache"]);
  });
});

const titlesOf = (md: string) => parsePlan(md).items.map((i) => i.title);

describe("a heading of duplicates and not-bugs", () => {
  it("holds no work, alone or joined, in several languages", () => {
    for (const heading of ["Duplicates / not bugs", "Duplikaty / nie-błędy", "Doublons et pas de bugs", "Дубликаты / не баги", "Duplikate", "중복"]) {
      const md = `# Bug bash\n\n## Tasks\n\n- [ ] Fix the crash on save\n\n## ${heading}\n- Slow login over VPN\n- Second report of the save crash\n`;
      expect(titlesOf(md)).toEqual(["Fix the crash on save"]);
    }
  });

  it("a heading that only mentions such a word is not one", () => {
    const md = "# Plan\n\n## Tasks: remove duplicates and invalid rows\n\n- Remove duplicate customers\n- Drop invalid rows\n";
    expect(titlesOf(md)).toEqual(["Remove duplicate customers", "Drop invalid rows"]);
  });
});

describe("a heading that holds such a word among others, in a script without \\w letters", () => {
  it("is an item's heading as any other", () => {
    const md = "# 백로그\n\n## 버그\n\n### 쿠폰 중복 적용 가능\n- 담당: 박서연 · 상태: 보류\n\n### 결제 실패 알림\n- 담당: 이도윤 · 상태: 진행 중\n";
    expect(titlesOf(md)).toEqual(["쿠폰 중복 적용 가능", "결제 실패 알림"]);
  });

  it("MoSCoW words with any verb of follow-up work rank the bucket; without a verb they do not", () => {
    const md = "# Review\n\n## Must fix before implementation\n\n- Pick the key\n\n## Should address\n\n- Name the topics\n\n## Could improve\n\n- Shorter names\n";
    expect(read(md).map((i) => i.priority)).toEqual(["P0", "P1", "P2"]);
    expect(read("# Review\n\n## Could be worse\n\n- Shorter names\n").map((i) => i.priority)).toEqual([null]);
  });
});

describe("risks, background and non-goals in Korean, Japanese and Chinese", () => {
  it("are notes, not work", () => {
    const doc = "# 로드맵\n\n## 할 일\n\n- 카나리 배포 도입\n\n## 하지 않을 것\n\n- 자체 CI 구축은 하지 않음\n\n## 리스크\n\n- 1분기 인력 2명 육아휴직 예정\n";
    expect(parsePlan(doc).items.map((i) => i.title)).toEqual(["카나리 배포 도입"]);
    expect(parsePlan("# 計画\n\n## リスク\n\n- 人員不足\n\n## 背景\n\n- 障害が多い\n").items).toEqual([]);
  });
  it("leave headings that only contain the word alone", () => {
    expect(parsePlan("# 계획\n\n## 위험 대응 작업\n\n- [ ] 인증서 알림 추가\n").items.map((i) => i.title)).toEqual(["인증서 알림 추가"]);
  });
});
