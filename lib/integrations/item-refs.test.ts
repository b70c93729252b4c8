import { describe, expect, it } from "vitest";
import { MAX_REFS, refsInBranch, refsInPullRequest, refsInText } from "./item-refs";

const keys = (text: string) => refsInText(text).map((r) => `${r.project ? `${r.project}/` : ""}${r.key}${r.closes ? " (closes)" : ""}`);

describe("item keys in pull requests and commits", () => {
  it("finds bare and qualified keys as words, with the punctuation around them", () => {
    expect(keys("Retry deploys for P0-006")).toEqual(["P0-006"]);
    expect(keys("T-12: tidy logs")).toEqual(["T-12"]);
    expect(keys("See (P0-006), `T-12`, [ADR-001] and health-todos/P1-003.")).toEqual(["P0-006", "T-12", "ADR-001", "health-todos/P1-003"]);
    expect(keys("**P2-010** and _P3-001_ and #P1-002")).toEqual(["P2-010", "P3-001", "P1-002"]);
  });

  it("does not match inside words, longer keys or URLs", () => {
    expect(keys("P0-0066 is another item")).toEqual(["P0-0066"]);
    expect(keys("abcT-12 xP0-006 P0-006x P0-006-b")).toEqual([]);
    expect(keys("https://github.com/acme/api/issues/P0-006 and http://x.test/health-todos/P1-003")).toEqual([]);
    expect(keys("github.com/acme/P0-006")).toEqual([]);
    expect(keys("email me at ops-12@example.com")).toEqual([]);
  });

  it("ignores lower-case look-alikes in prose (sha-256, utf-8), and upper-cases nothing it did not find", () => {
    expect(keys("Use sha-256 and utf-8 everywhere")).toEqual([]);
    expect(keys("HTTP-2 support")).toEqual(["HTTP-2"]); // a key shape; ignored later unless an item has it
  });

  it.each(["close", "closes", "closed", "fix", "fixes", "fixed", "resolve", "resolves", "resolved", "Fixes", "CLOSES", "Resolved:", "**Fixes**"])(
    "“%s P0-006” closes it",
    (keyword) => {
      expect(refsInText(`${keyword} P0-006`)).toEqual([{ project: null, key: "P0-006", closes: true }]);
    },
  );

  it("closes only the key right after the keyword, qualified or not", () => {
    expect(keys("Fixes P0-006 and P0-007")).toEqual(["P0-006 (closes)", "P0-007"]);
    expect(keys("Closes health-todos/P1-003, fixes T-12")).toEqual(["health-todos/P1-003 (closes)", "T-12 (closes)"]);
    expect(keys("Fixed\nP0-006")).toEqual(["P0-006 (closes)"]);
  });

  it("does not close on other words or on keywords inside words", () => {
    expect(keys("Refs P0-006; prefix P0-007; unfixed P0-008; fixing P0-009; closer P0-010")).toEqual(["P0-006", "P0-007", "P0-008", "P0-009", "P0-010"]);
    expect(keys("Fixes #12 and P0-006")).toEqual(["P0-006"]);
  });

  it("names each item once, closing if any mention closes", () => {
    expect(keys("P0-006 … Fixes P0-006 … p0-006 … P0-006")).toEqual(["P0-006 (closes)"]);
    expect(keys("health-todos/P0-006 and P0-006")).toEqual(["health-todos/P0-006", "P0-006"]);
  });

  it("reads at most MAX_REFS items from one text", () => {
    const many = Array.from({ length: 500 }, (_, i) => `T-${i + 1}`).join(" ");
    expect(refsInText(many)).toHaveLength(MAX_REFS);
  });

  it("is empty for no text", () => {
    expect(refsInText(null)).toEqual([]);
    expect(refsInText("")).toEqual([]);
  });
});

describe("item keys in branch names", () => {
  it("finds a key at the start of a path segment, in any case, never closing", () => {
    expect(refsInBranch("p0-006-retry-deploys")).toEqual([{ project: null, key: "P0-006", closes: false }]);
    expect(refsInBranch("feature/T-12")).toEqual([{ project: null, key: "T-12", closes: false }]);
    expect(refsInBranch("octocat/P1-003_audit")).toEqual([{ project: null, key: "P1-003", closes: false }]);
  });

  it("does not find keys inside a segment", () => {
    expect(refsInBranch("retry-p0-006")).toEqual([]);
    expect(refsInBranch("main")).toEqual([]);
    // The whole segment's key is ABCT-12 (no item has it); T-12 is never read out of it.
    expect(refsInBranch("abcT-12").map((r) => r.key)).toEqual(["ABCT-12"]);
  });
});

describe("a pull request's references", () => {
  it("joins title, body and branch; the body may close what the title names", () => {
    expect(refsInPullRequest({ title: "P0-006: retry deploys", body: "Fixes P0-006\r\nSee T-12", branch: "p0-006-retry" })).toEqual([
      { project: null, key: "P0-006", closes: true },
      { project: null, key: "T-12", closes: false },
    ]);
    expect(refsInPullRequest({ title: "Tidy", body: null, branch: "t-4-tidy" })).toEqual([{ project: null, key: "T-4", closes: false }]);
  });
});

describe("hostile text", () => {
  it("reads a megabyte of punctuation in linear time, and still finds the key after it", () => {
    const started = performance.now();
    const refs = refsInText(`${")".repeat(100_000)}a ${"(".repeat(100_000)} ${"-".repeat(100_000)} ((${")".repeat(150)}P1-003${")".repeat(2)} Fixes (P0-006).`);
    // Linear work is a few milliseconds; the old `[…]+$` strip took seconds on the first word alone.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(refs.map((r) => [r.key, r.closes])).toEqual([["P0-006", true]]);
  });
});
