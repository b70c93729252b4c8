import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (text: string) => parsePlan(text).items.map((i) => [i.title, i.priority, i.status]);

describe("leaf headings that rank themselves", () => {
  it("reads numbered requirement headings with a priority field in their prose as items", () => {
    const md = "# Spec\n\n## 2 Portal changes\n\n### 2.1 Billing\n\n#### 2.1.1 Export invoices as CSV\n\nAccounting asks for this monthly. Priority: high.\n\n#### 2.1.2 Dark theme\n\nRequested by two users. Priority: low. Status: in progress.\n";
    expect(read(md)).toEqual([
      ["Export invoices as CSV", "P1", "not_started"],
      ["Dark theme", "P3", "in_progress"],
    ]);
  });

  it("leaves topic headings whose prose gives no priority field alone", () => {
    const md = "# Spec\n\n## 1 Introduction\n\n### 1.1 Purpose\n\nThis document describes the portal. The priority is high for sales.\n";
    expect(read(md)).toEqual([]);
  });
});

describe("one heading that ranks itself", () => {
  it("is not enough to make an essay's section work", () => {
    const md = "# Architecture\n\n## Caching\n\nWe cache in Redis.\nPriority: P2\n\n## Logging\n\nWe log to Loki.\n";
    expect(read(md)).toEqual([]);
  });
});
