import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isIssueKey } from "./tracker-keys";

describe("issue keys", () => {
  it("knows tracker keys and error trackers' short ids", () => {
    for (const key of ["OPS-12", "#4410", "MOBILE-3F1", "API-2Z", "WEB-1"]) expect(isIssueKey(key)).toBe(true);
  });

  it("negative: words and lower-case codes are not keys", () => {
    for (const text of ["COVID-ABC", "step-1a", "OPS-", "Fix OPS-12", "A-B-C"]) expect(isIssueKey(text)).toBe(false);
  });

  it("reads a pasted error list keyed by short ids", () => {
    const doc = "## Open errors\n\n| Issue | Error | Events |\n|---|---|---|\n| APP-1C4 | `TypeError` in checkout | 120 |\n| APP-1D0 | Login times out | 45 |\n";
    expect(parsePlan(doc).items.map((i) => [i.key, i.title])).toEqual([
      ["APP-1C4", "TypeError in checkout"],
      ["APP-1D0", "Login times out"],
    ]);
  });
});
