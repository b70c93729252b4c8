import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { readTitleHead, readTitleLine, readTitleTail, remarkOf } from "./title-parts";

// A title line's parts: [key ·] [Owner:] title [(remark)] [— owner]. Examples written for these
// rules, not copied from the corpus; each read wrong (or did not exist) before title-parts.ts.

const people = new Set(["Lina", "Omar", "@kdoe"]);
const items = (md: string) => parsePlan(md).items.map((i) => ({ title: i.title, description: i.description, effortHours: i.effortHours, status: i.status }));

describe("remarkOf: a trailing parenthesis is a remark, or part of what to do", () => {
  it("takes owners, estimates, references, sizes, current states and work states as remarks", () => {
    expect(remarkOf("est. 3d", people)).toEqual({ effortHours: 24 });
    expect(remarkOf("~2h", people)).toEqual({ effortHours: 2 });
    expect(remarkOf("Lina, 2d", people)).toEqual({ owner: "Lina", effortHours: 16 });
    expect(remarkOf("owner: Omar", people)).toEqual({ owner: "Omar" });
    expect(remarkOf("担当：山本", people)).toEqual({ owner: "山本" });
    expect(remarkOf("#77", people)).toEqual({});
    expect(remarkOf("closes most of them, see #12", people)).toEqual({});
    expect(remarkOf("≈ 120 KB", people)).toEqual({});
    expect(remarkOf("−8 KB", people)).toEqual({});
    expect(remarkOf("now 4 minutes", people)).toEqual({});
    expect(remarkOf("jetzt 12 Sekunden", people)).toEqual({});
    expect(remarkOf("PR open", people)).toEqual({});
    expect(remarkOf("Lina", people)).toEqual({ owner: "Lina" });
    expect(remarkOf("9.x is end-of-life in March", people)).toEqual({});
    expect(remarkOf("Lina, Omar", people)).toEqual({ owner: "Lina, Omar" });
    expect(remarkOf("due Friday", people)).toEqual({});
    expect(remarkOf("Q3 2027", people)).toEqual({});
    expect(remarkOf("no schema changes needed", people)).toEqual({});
    expect(remarkOf("予算不足のため", people)).toEqual({});
    expect(remarkOf("deprecated, removed in v6", people)).toEqual({});
    expect(remarkOf("Ops lead now second level", people)).toEqual({});
    expect(remarkOf("automate it", people)).toEqual({});
    expect(remarkOf("ask in the channel, everyone gets stuck here", people)).toEqual({});
    expect(remarkOf("Lina + Marta", people)).toEqual({ owner: "Lina + Marta" });
  });

  it("keeps what says what to do: amounts, bounds, lists, code, names that are not people", () => {
    for (const said of ["10%", "min 3 replicas", "3 s timeout, retry after 2 failures", "EN, NL, PT", "Android 12–14, iOS 17", "opt-in", "Grafana", "open source", "\u0003@org/<name>\u0004", "Hermes, Atlas", "Hermes + Atlas", "deprecation banner"]) {
      expect(remarkOf(said, people), said).toBeNull();
    }
  });

  it("keeps the part of the work a thing-then-only names, but not a sentence with \"we only\"", () => {
    for (const said of ["Android only first", "CSV only, max 5 MB", "log only"]) expect(remarkOf(said, people), said).toBeNull();
    for (const said of ["we only page at 95 today", "only if there is time left"]) expect(remarkOf(said, people), said).toEqual({});
  });
});

describe("readTitleHead: what opens a title line", () => {
  it("a handle then a lower-case verb is the owner, then the task", () => {
    expect(readTitleHead("@Bram quarantine the flaky tests", new Set())).toMatchObject({ title: "quarantine the flaky tests", owner: "@Bram" });
    expect(readTitleHead("@types/node Upgrade", new Set())).toMatchObject({ owner: null });
  });

  it("takes a dotted key, a container word and a person's name before a colon", () => {
    expect(readTitleHead("SEC-12 · Tokens never expire", people)).toMatchObject({ key: "SEC-12", title: "Tokens never expire" });
    expect(readTitleHead("Story: Export to CSV", people)).toMatchObject({ title: "Export to CSV", owner: null });
    expect(readTitleHead("Lina: rotate the signing keys", people)).toMatchObject({ title: "Rotate the signing keys", owner: "Lina", notes: ["Owner: Lina"] });
    // entry.ts marks a bold opening; a bold that is only the name goes with it.
    expect(readTitleHead("\u0001Omar\u0002: draft the runbook", people).title).toBe("Draft the runbook");
    expect(readTitleHead("\u0001Omar: draft the runbook\u0002 done", people).title).toBe("\u0001Draft the runbook\u0002 done");
  });

  it("keeps a colon that is part of the title: the words before it are not a person of the document", () => {
    expect(readTitleHead("Postgres: vacuum the events table", people)).toMatchObject({ title: "Postgres: vacuum the events table", owner: null });
    expect(readTitleHead("Search backends: Meilisearch first, then Typesense", people).title).toBe("Search backends: Meilisearch first, then Typesense");
  });
});

describe("readTitleTail: what closes a title line", () => {
  it("a priority said after the title, as a word in parentheses or in MoSCoW words, is its priority", () => {
    expect(readTitleTail("Missing rate limiting on password reset (Medium)", new Set())).toMatchObject({ title: "Missing rate limiting on password reset", priorityLabel: "Medium" });
    expect(readTitleTail("Helm chart per environment — must have before first consumer goes live", new Set())).toMatchObject({ title: "Helm chart per environment", priorityLabel: "Immediate" });
    expect(readTitleTail("Remove the old code paths (nice to have)", new Set())).toMatchObject({ title: "Remove the old code paths", priorityLabel: "Long term" });
    expect(readTitleTail("Document what we must have in the image", new Set())).toMatchObject({ title: "Document what we must have in the image", priorityLabel: null });
  });

  it("GitLab labels close the line; a scoped workflow or priority label says the state or priority", () => {
    expect(readTitleTail("Helm values for the runners (#886) ~\"workflow::in review\"", new Set())).toMatchObject({ title: "Helm values for the runners", status: "in_progress" });
    expect(readTitleTail("Move the docker jobs ~\"workflow::blocked\"", new Set())).toMatchObject({ title: "Move the docker jobs", status: "blocked" });
    expect(readTitleTail("Fix the cache ~bug ~\"priority::1\"", new Set())).toMatchObject({ title: "Fix the cache", priorityLabel: "Priority 1" });
    // An approximate figure is no label: "today it's ~40" keeps its number.
    expect(readTitleTail("Get the restore under 10 minutes; today it's ~40", new Set())).toMatchObject({ title: "Get the restore under 10 minutes; today it's ~40" });
  });

  it("known labels in brackets and T-shirt sizes close the line; a bracket the sentence introduces stays", () => {
    expect(readTitleTail("Broken anchor links [bug] [good first issue] (XS)", new Set()).title).toBe("Broken anchor links");
    expect(readTitleTail("Add a docs dropdown [enhancement] (M)", new Set()).title).toBe("Add a docs dropdown");
    expect(readTitleTail("Move the jobs using tags: [heavy]", new Set()).title).toBe("Move the jobs using tags: [heavy]");
    expect(readTitleTail("Support the [experimental] flag", new Set()).title).toBe("Support the [experimental] flag");
  });

  it("takes remarks and owners off in any order, and a done mark a remark hid", () => {
    expect(readTitleTail("Inline the critical CSS (≈ 14 KB) — Lina", people)).toEqual({
      title: "Inline the critical CSS", owner: "Lina", effortHours: null, status: null, notes: ["(≈ 14 KB)", "Owner: Lina"], priorityLabel: null,
    });
    expect(readTitleTail("Split the worker — @kdoe", people)).toMatchObject({ title: "Split the worker", owner: "@kdoe" });
    expect(readTitleTail("Archive the old bucket ✔ (did it last week, see #9)", people)).toMatchObject({ title: "Archive the old bucket", status: "done" });
    expect(readTitleTail("Tune the retry policy ✔️ (έγινε χθες)", people)).toMatchObject({ title: "Tune the retry policy", status: "done" });
    expect(readTitleTail("Audit log entry for every export (3 pts) @kdoe", people)).toMatchObject({ title: "Audit log entry for every export", owner: "@kdoe" });
    expect(readTitleTail("Share the notes with (the) @kdoe", people).title).toBe("Share the notes with (the) @kdoe");
    expect(readTitleTail("Bump the SDK #88, #91", people)).toMatchObject({ title: "Bump the SDK", notes: ["#88, #91"] });
    expect(readTitleTail("Address the review comments on #45", people).title).toBe("Address the review comments on #45");
    expect(readTitleTail("Close #12", people).title).toBe("Close #12");
    expect(readTitleTail("Rotate the keys — 3h", people)).toMatchObject({ title: "Rotate the keys", effortHours: 3 });
    expect(readTitleTail("Rewrite the importer [WIP]", people)).toMatchObject({ title: "Rewrite the importer", notes: ["[WIP]"] });
  });

  it("keeps a dash followed by a capitalised word that is not a person of the document", () => {
    expect(readTitleTail("Move search to a managed cluster — Elastic", people).title).toBe("Move search to a managed cluster — Elastic");
  });

  it("reads a heading's whole line", () => {
    expect(readTitleLine("OPS-3 · Renew certificates (est. 1d)", people)).toMatchObject({ key: "OPS-3", title: "Renew certificates", effortHours: 8, notes: ["(est. 1d)"] });
  });
});

describe("parsePlan: a title's other parts go where the item keeps them", () => {
  it("an estimate becomes the effort, the remark the description", () => {
    expect(items("# T\n\n## Tasks\n\n1. Add retries to the exporter (est. 2d)\n2. Cache the lookups (Lina, 1d)\n")).toEqual([
      { title: "Add retries to the exporter", description: "(est. 2d)", effortHours: 16, status: "not_started" },
      { title: "Cache the lookups", description: "(Lina, 1d)", effortHours: 8, status: "not_started" },
    ]);
  });

  it("an owner prefix is an owner when the document names that person; a label after the title is kept aside", () => {
    const md = "# Retro\n\nAttendees: Lina, Omar\n\n## Action items\n\n- **Lina**: book the room for the game day\n- Omar: write the incident template\n\n## Tasks\n\n- [ ] Upgrade the runner `ci` — @kdoe\n";
    expect(items(md).map((i) => [i.title, i.description])).toEqual([
      ["Book the room for the game day", "Owner: Lina"],
      ["Write the incident template", "Owner: Omar"],
      ["Upgrade the runner", "Owner: @kdoe · Labels: ci"],
    ]);
  });

  it("an owner slot on several entries names people; a lone name-like word in parentheses is kept", () => {
    const md = "# Plan\n\n## Next steps\n\n- Trim the hero image — Lou\n- Drop the polyfills — Ines\n- Render the menu on the server (Astro)\n";
    expect(items(md).map((i) => i.title)).toEqual(["Trim the hero image", "Drop the polyfills", "Render the menu on the server (Astro)"]);
  });

  it("a key with a middle dot opens a record heading", () => {
    const [item] = parsePlan("# Audit\n\n### WEB-4 · Missing alt text\n\n- **Severity:** High\n- **Status:** Open\n").items;
    expect(item).toMatchObject({ key: "WEB-4", title: "Missing alt text" });
  });
});

describe("a tracker card copied with its label spans and assignee", () => {
  it("reads the priority span before a closing @handle, and `No priority` as no priority", () => {
    const md = "## In Progress\n- **IOS-812** Paywall prices from StoreKit `Urgent` @hannah\n- **IOS-807** Migrate image cache `Medium` @tariq\n\n## Backlog\n- **IOS-640** Support iPad multitasking `No priority`\n";
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.priorityLabel])).toEqual([
      ["Paywall prices from StoreKit", "Critical"],
      ["Migrate image cache", "Medium"],
      ["Support iPad multitasking", null],
    ]);
    expect(items[0]!.description).toContain("@hannah");
  });

  it("negative: a handle with no code span before it is left to the other readers", () => {
    expect(readTitleTail("Ping the vendor about invoices @sam", new Set()).title).toBe("Ping the vendor about invoices @sam");
  });

  it("reads Linear's plain copy: the capitalised level then the assignee close the line", () => {
    const tail = readTitleTail("Paywall: show localized prices Urgent @hannah", new Set());
    expect([tail.title, tail.priorityLabel, tail.notes]).toEqual(["Paywall: show localized prices", "Critical", ["Owner: @hannah"]]);
    expect(readTitleTail("Support iPad multitasking No priority @sam", new Set()).priorityLabel).toBeNull();
  });

  it("negative: a lower-case level word before a handle is the sentence's", () => {
    expect(readTitleTail("Ask about the high @sam", new Set()).title).toBe("Ask about the high @sam");
  });
});

