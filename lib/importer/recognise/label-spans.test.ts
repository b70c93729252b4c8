import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { CODE_CLOSE, CODE_OPEN, trailingLabels } from "./label-spans";

const span = (text: string) => `${CODE_OPEN}${text}${CODE_CLOSE}`;

describe("code spans closing a title", () => {
  it("moves tracker labels into the labels, in order, and keeps a span the sentence needs", () => {
    const labels: string[] = [];
    expect(trailingLabels(`Crash on empty config ${span("bug")} ${span("P1")}`, labels)).toBe("Crash on empty config");
    expect(labels).toEqual(["bug", "P1"]);
    const kept: string[] = [];
    expect(trailingLabels(`Replace the HTTP client, use ${span("undici")}`, kept)).toBe(`Replace the HTTP client, use ${span("undici")}`);
    // A verb then its object: "Migrate `notifications`" names what to migrate.
    expect(trailingLabels(`Migrate ${span("notifications")}`, kept)).toBe(`Migrate ${span("notifications")}`);
    expect(trailingLabels(`Decommission ${span("orders")}`, kept)).toBe(`Decommission ${span("orders")}`);
    expect(kept).toEqual([]);
  });
});

describe("a code span the sentence names as a label", () => {
  it("is the sentence's object, kept in the title; a label span closing a title is still a label", () => {
    const items = parsePlan(["## Tasks", "", "- [ ] First PR: a small bugfix from the label `good first issue`", "- [ ] Eerste PR: een kleine bugfix uit het label `good first issue`", "- [ ] Broken anchor links `good first issue`", ""].join("\n")).items;
    expect(items.map((i) => i.title)).toEqual(["First PR: a small bugfix from the label good first issue", "Eerste PR: een kleine bugfix uit het label good first issue", "Broken anchor links"]);
  });
});
