import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { admonitionsToMarkdown } from "./admonitions";

const page = `# Known issues

## Index health

!!! warning "Full reindex takes 9 hours"
    A full reindex takes about 9 h.

    - [ ] Switch to aliased indexes
    - [x] Add a progress metric

## Operations

??? tip "Done this quarter"
    - [x] Upgrade OpenSearch 2.11 → 2.17
`;

describe("admonitions", () => {
  it("reads a box's task list as part of its section, its title as no category", () => {
    const items = parsePlan(page).items;
    expect(items.map((i) => [i.title, i.status, i.category])).toEqual([
      ["Switch to aliased indexes", "not_started", ["Index health"]],
      ["Add a progress metric", "done", ["Index health"]],
      ["Upgrade OpenSearch 2.11 → 2.17", "done", ["Operations"]],
    ]);
  });
  it("keeps the line count and leaves an example in a code fence alone", () => {
    expect(admonitionsToMarkdown(page).split("\n").length).toBe(page.split("\n").length);
    const fenced = '```\n!!! note "Title"\n    body\n```\n';
    expect(admonitionsToMarkdown(fenced)).toBe(fenced);
  });
  it("leaves an opener with nothing indented under it", () => {
    expect(admonitionsToMarkdown("!!! note\nplain text\n")).toBe("!!! note\nplain text\n");
  });
});
