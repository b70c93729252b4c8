import { describe, expect, it } from "vitest";
import { isTypingTarget, plainKey } from "./shortcut-keys";

const KEYS = { j: "down", k: "up", x: "select", "?": "help", "/": "search", Enter: "open" } as const;
const moves = (c: string) => c === "down" || c === "up";

describe("isTypingTarget", () => {
  it("is true for text fields, text areas, selects and editors", () => {
    for (const target of [{ tagName: "INPUT" }, { tagName: "input", type: "search" }, { tagName: "INPUT", type: "text" }, { tagName: "TEXTAREA" }, { tagName: "SELECT" }, { tagName: "DIV", isContentEditable: true }]) {
      expect(isTypingTarget(target), JSON.stringify(target)).toBe(true);
    }
  });

  it("is false for controls that take no typed text, and for anything else", () => {
    for (const type of ["checkbox", "radio", "button", "submit", "CHECKBOX"]) expect(isTypingTarget({ tagName: "INPUT", type }), type).toBe(false);
    expect(isTypingTarget({ tagName: "BUTTON" })).toBe(false);
    expect(isTypingTarget({ tagName: "TR" })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget("INPUT")).toBe(false);
  });
});

describe("plainKey", () => {
  it("maps plain keys, letters regardless of Caps Lock", () => {
    expect(plainKey({ key: "j" }, KEYS)).toBe("down");
    expect(plainKey({ key: "J" }, KEYS)).toBe("down");
    expect(plainKey({ key: "Enter" }, KEYS)).toBe("open");
    expect(plainKey({ key: "/" }, KEYS)).toBe("search");
  });

  it("follows the produced key for symbols typed with Shift, but not Shift plus a letter", () => {
    expect(plainKey({ key: "?", shiftKey: true }, KEYS)).toBe("help");
    expect(plainKey({ key: "J", shiftKey: true }, KEYS)).toBeNull();
  });

  it("leaves every Ctrl, ⌘ and Alt combination to the browser", () => {
    for (const mod of ["ctrlKey", "metaKey", "altKey"] as const) {
      for (const key of ["j", "x", "?", "/", "Enter"]) expect(plainKey({ key, [mod]: true }, KEYS), `${mod} ${key}`).toBeNull();
    }
  });

  it("never fires while typing or composing", () => {
    expect(plainKey({ key: "j", target: { tagName: "INPUT", type: "search" } }, KEYS)).toBeNull();
    expect(plainKey({ key: "j", target: { tagName: "TEXTAREA" } }, KEYS)).toBeNull();
    expect(plainKey({ key: "j", target: { tagName: "SELECT" } }, KEYS)).toBeNull();
    expect(plainKey({ key: "j", target: { tagName: "P", isContentEditable: true } }, KEYS)).toBeNull();
    expect(plainKey({ key: "j", isComposing: true }, KEYS)).toBeNull();
    expect(plainKey({ key: "x", target: { tagName: "INPUT", type: "checkbox" } }, KEYS)).toBe("select");
  });

  it("repeats only what the caller allows while a key is held", () => {
    expect(plainKey({ key: "j", repeat: true }, KEYS, moves)).toBe("down");
    expect(plainKey({ key: "x", repeat: true }, KEYS, moves)).toBeNull();
    expect(plainKey({ key: "j", repeat: true }, KEYS)).toBeNull();
  });

  it("ignores unmapped keys, including names inherited by every object", () => {
    for (const key of ["q", "Escape", " ", "toString", "constructor"]) expect(plainKey({ key }, KEYS), key).toBeNull();
  });
});
