import { describe, expect, it } from "vitest";
import type { List, Paragraph } from "mdast";
import { parseMarkdown } from "../markdown";
import { parsePlan } from "../parse";
import { splitLabelledLists } from "./label-lines";

describe("a bold label whose list continues the numbering", () => {
  it("is a label over a list, not one paragraph (a list not starting at 1 cannot interrupt a paragraph)", () => {
    const md = "# Plan\n\n## Tasks\n\n**Identity**\n4. Logo concepts round 2\n5. Colour palette\n";
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.line])).toEqual([
      ["Logo concepts round 2", 6],
      ["Colour palette", 7],
    ]);
  });
});

describe("splitLabelledLists", () => {
  const doc = "# Plan\n\nIntro with *emphasis*.\n\n  **Identity**:\n4. Logo concepts round 2\n5. Colour **palette**\n\nAfter.\n";
  const [title, intro, label, list, after] = splitLabelledLists(parseMarkdown(doc).children, doc);

  it("puts the label and the list where they stand in the document (lines, columns and offsets)", () => {
    expect([title?.type, intro?.type, label?.type, list?.type, after?.type]).toEqual(["heading", "paragraph", "paragraph", "list", "paragraph"]);
    expect(label!.position!.start).toEqual({ line: 5, column: 3, offset: doc.indexOf("**Identity**") });
    const second = (list as List).children[1]!;
    expect(second.position!.start).toEqual({ line: 7, column: 1, offset: doc.indexOf("5. Colour") });
    const strong = (second.children[0] as Paragraph).children[1]!;
    expect(strong.position!.start).toEqual({ line: 7, column: 11, offset: doc.indexOf("**palette**") });
    expect(doc.slice(strong.position!.start.offset, strong.position!.end.offset)).toBe("**palette**");
  });

  it("stays linear: thousands of labelled lists split (in ~0.1 s; quadratic, in minutes)", () => {
    const big = Array.from({ length: 3000 }, (_, i) => `**Group ${i}**\n2. Task ${i}\n3. Other ${i}\n`).join("\n");
    const nodes = parseMarkdown(big).children;
    // Re-parsing the document up to each label took minutes here: the test's 30 s timeout catches that
    // (no clock: a bound in ms fails on a loaded machine); `npm run bench` times real plans.
    const split = splitLabelledLists(nodes, big);
    expect(split.filter((n) => n.type === "list")).toHaveLength(3000);
  });
});

describe("a bold label with a parenthesis of when, over a list continuing the numbering", () => {
  it("is split into the label and its list", () => {
    const md = "# RFC\n\n## Rollout plan\n\n**Phase 1 — foundations** (Sprint 44–45)\n1. Outbox table\n2. Relay library\n\n**Phase 2 — migrate** (Sprint 46–48)\n3. Billing emits events\n4. Identity emits events\n\n**Fase 3 — limpieza** (Q3):\n5. Borrar la tabla vieja\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Outbox table", "Relay library", "Billing emits events", "Identity emits events", "Borrar la tabla vieja"]);
  });

  it("a bold line with more than a parenthesis after it is prose, not a label", () => {
    const md = "**Note** the steps below were done (twice) last year\n4. First\n5. Second\n";
    expect(splitLabelledLists(parseMarkdown(md).children, md).map((n) => n.type)).toEqual(["paragraph"]);
  });
});
