import { describe, expect, it } from "vitest";
import { itemCommand, itemShortcuts } from "./item-keys";

const lead = { status: true, edit: true };
const engineer = { status: true, edit: false };
const viewer = { status: false, edit: false };

describe("item page keyboard map", () => {
  it("maps s, a, p, e and ? for a lead", () => {
    expect(itemCommand({ key: "s" }, lead)).toBe("status");
    expect(itemCommand({ key: "a" }, lead)).toBe("assignee");
    expect(itemCommand({ key: "p" }, lead)).toBe("priority");
    expect(itemCommand({ key: "e" }, lead)).toBe("edit");
    expect(itemCommand({ key: "?", shiftKey: true }, lead)).toBe("help");
  });

  it("gives each role only the keys for controls it has", () => {
    expect(itemCommand({ key: "s" }, engineer)).toBe("status");
    for (const key of ["a", "p", "e"]) expect(itemCommand({ key }, engineer), key).toBeNull();
    for (const key of ["s", "a", "p", "e"]) expect(itemCommand({ key }, viewer), key).toBeNull();
    expect(itemCommand({ key: "?" }, viewer)).toBe("help");
    expect(itemShortcuts(viewer).map((s) => s.keys)).toEqual([["?"]]);
  });

  it("never fires while typing or with a modifier", () => {
    expect(itemCommand({ key: "e", target: { tagName: "TEXTAREA" } }, lead)).toBeNull();
    expect(itemCommand({ key: "s", ctrlKey: true }, lead)).toBeNull();
    expect(itemCommand({ key: "p", metaKey: true }, lead)).toBeNull();
  });

  it("documents every key it handles, for the role", () => {
    for (const may of [lead, engineer, viewer]) {
      for (const key of itemShortcuts(may).flatMap((s) => s.keys)) expect(itemCommand({ key }, may), key).not.toBeNull();
    }
  });
});
