import { describe, expect, it } from "vitest";
import type { List, ListItem } from "mdast";
import { parseMarkdown } from "../markdown";
import { nestedFieldPriority } from "./nested-label-priority";

const firstItem = (md: string): ListItem => (parseMarkdown(md).children.find((c) => c.type === "list") as List).children[0]!;

describe("nested label priority", () => {
  it("reads a P-level among a card's labels", () => {
    expect(nestedFieldPriority(firstItem("- Ajouter l'export CSV\n  - Étiquettes : backend, P1\n  - Membre : @lea\n"))).toBe("P1");
    expect(nestedFieldPriority(firstItem("- 检查库存同步\n  - 标签：P3\n"))).toBe("P3");
  });

  it("reads a nested priority field", () => {
    expect(nestedFieldPriority(firstItem("- Rotate the keys\n  - Priority: high\n"))).toBe("High");
  });

  it("ignores labels that are no level and sub-bullets that are no field", () => {
    expect(nestedFieldPriority(firstItem("- Rotate the keys\n  - Labels: security, ops\n"))).toBeNull();
    expect(nestedFieldPriority(firstItem("- Rotate the keys\n  - Check P2 and P3 hosts first\n"))).toBeNull();
    expect(nestedFieldPriority(firstItem("- Rotate the keys\n  - Sprint: P2\n"))).toBeNull();
  });
});
