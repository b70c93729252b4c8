import { describe, expect, it } from "vitest";
import { backlogCommand, backlogShortcuts, ROW_ATTRIBUTE } from "./backlog-keys";

const lead = { select: true, create: true };
const viewer = { select: false, create: false };
// A stand-in for an element: `matches` answers for the row attribute only.
const el = (isRow: boolean, tagName = "TR") => ({ tagName, matches: (selector: string) => isRow && selector === `[${ROW_ATTRIBUTE}]` });

describe("backlog keyboard map", () => {
  it("maps the documented keys", () => {
    expect(backlogCommand({ key: "j" }, lead)).toBe("next");
    expect(backlogCommand({ key: "k" }, lead)).toBe("previous");
    expect(backlogCommand({ key: "x" }, lead)).toBe("select");
    expect(backlogCommand({ key: "c" }, lead)).toBe("create");
    expect(backlogCommand({ key: "/" }, lead)).toBe("search");
    expect(backlogCommand({ key: "?", shiftKey: true }, lead)).toBe("help");
    expect(backlogCommand({ key: "Enter", target: el(true) }, lead)).toBe("open");
  });

  it("opens with Enter only from a focused row, so links, buttons and checkboxes keep Enter", () => {
    expect(backlogCommand({ key: "Enter", target: el(false, "A") }, lead)).toBeNull();
    expect(backlogCommand({ key: "Enter", target: el(false, "BUTTON") }, lead)).toBeNull();
    expect(backlogCommand({ key: "Enter" }, lead)).toBeNull();
  });

  it("offers selecting and creating only to roles that may", () => {
    expect(backlogCommand({ key: "x" }, viewer)).toBeNull();
    expect(backlogCommand({ key: "c" }, viewer)).toBeNull();
    expect(backlogCommand({ key: "j" }, viewer)).toBe("next");
    const keys = backlogShortcuts(viewer).flatMap((s) => s.keys);
    expect(keys).not.toContain("x");
    expect(keys).not.toContain("c");
  });

  it("never fires in the search box, with a modifier, or on a held decision", () => {
    expect(backlogCommand({ key: "j", target: { tagName: "INPUT", type: "search" } }, lead)).toBeNull();
    expect(backlogCommand({ key: "c", ctrlKey: true }, lead)).toBeNull();
    expect(backlogCommand({ key: "k", metaKey: true }, lead)).toBeNull();
    expect(backlogCommand({ key: "x", repeat: true }, lead)).toBeNull();
    expect(backlogCommand({ key: "j", repeat: true }, lead)).toBe("next");
  });

  it("documents every key it handles, for the role", () => {
    for (const may of [lead, viewer]) {
      for (const key of backlogShortcuts(may).flatMap((s) => s.keys)) {
        expect(backlogCommand({ key, target: el(true) }, may), key).not.toBeNull();
      }
    }
  });
});
