import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { namesReviewBucket } from "./review-buckets";

const read = (text: string) => parsePlan(text).items.map((i) => i.title);

describe("code review buckets", () => {
  it("knows a review's blockers and suggestions headings", () => {
    expect(namesReviewBucket("Blockers (fix before merge)")).toBe(true);
    expect(namesReviewBucket("Sugerencias (otro PR)")).toBe(true);
    expect(namesReviewBucket("Suggestions")).toBe(true);
  });

  it("does not read a bare Blockers section (why items wait) or a suggestion box as a bucket", () => {
    expect(namesReviewBucket("Blockers")).toBe(false);
    expect(namesReviewBucket("Suggestion box")).toBe(false);
    expect(read("# Sprint 4\n\n## Tasks\n\n- [ ] Order the new shelves\n\n## Blockers\n\n- waiting for the vendor's price list\n")).toEqual(["Order the new shelves"]);
  });

  it("reads the entries under the buckets as work", () => {
    const md = "# Review of PR 12\n\n## Blockers before merge\n\n1. The token is logged in plain text\n\n## Suggestions\n\n- Split the parser into two modules\n";
    expect(read(md)).toEqual(["The token is logged in plain text", "Split the parser into two modules"]);
  });
});
