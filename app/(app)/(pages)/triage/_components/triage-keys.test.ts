import { describe, expect, it } from "vitest";
import { keyToCommand, TRIAGE_SHORTCUTS } from "./triage-keys";

const body = { tagName: "BODY", isContentEditable: false };

describe("triage keyboard map", () => {
  it("maps the documented keys to commands", () => {
    expect(keyToCommand({ key: "j", target: body })).toEqual({ type: "next" });
    expect(keyToCommand({ key: "k", target: body })).toEqual({ type: "previous" });
    expect(keyToCommand({ key: "0" })).toEqual({ type: "priority", priority: "P0" });
    expect(keyToCommand({ key: "1" })).toEqual({ type: "priority", priority: "P1" });
    expect(keyToCommand({ key: "2" })).toEqual({ type: "priority", priority: "P2" });
    expect(keyToCommand({ key: "3" })).toEqual({ type: "priority", priority: "P3" });
    expect(keyToCommand({ key: "a" })).toEqual({ type: "assign" });
    expect(keyToCommand({ key: "s" })).toEqual({ type: "status" });
    expect(keyToCommand({ key: "e" })).toEqual({ type: "open" });
    expect(keyToCommand({ key: "u" })).toEqual({ type: "undo" });
    expect(keyToCommand({ key: "?", shiftKey: true })).toEqual({ type: "help" });
    expect(keyToCommand({ key: "?" })).toEqual({ type: "help" });
  });

  it("undoes with Ctrl-Z or ⌘-Z, but not with Shift (redo) or Alt added", () => {
    expect(keyToCommand({ key: "z", ctrlKey: true })).toEqual({ type: "undo" });
    expect(keyToCommand({ key: "z", metaKey: true })).toEqual({ type: "undo" });
    expect(keyToCommand({ key: "Z", ctrlKey: true, shiftKey: true })).toBeNull();
    expect(keyToCommand({ key: "z", ctrlKey: true, altKey: true })).toBeNull();
    expect(keyToCommand({ key: "z", ctrlKey: true, metaKey: true })).toBeNull();
    expect(keyToCommand({ key: "z" })).toBeNull();
  });

  it("ignores every other modifier combination, so browser and OS shortcuts keep working", () => {
    for (const key of ["j", "k", "1", "a", "s", "e", "u"]) {
      expect(keyToCommand({ key, ctrlKey: true }), `ctrl ${key}`).toBeNull();
      expect(keyToCommand({ key, metaKey: true }), `meta ${key}`).toBeNull();
      expect(keyToCommand({ key, altKey: true }), `alt ${key}`).toBeNull();
    }
    expect(keyToCommand({ key: "J", shiftKey: true })).toBeNull();
    expect(keyToCommand({ key: "A", shiftKey: true })).toBeNull();
    // Shift+1 on a US layout types "!", which means nothing here.
    expect(keyToCommand({ key: "!", shiftKey: true })).toBeNull();
  });

  it("follows the produced key for symbols (AZERTY digits need Shift) and tolerates Caps Lock", () => {
    expect(keyToCommand({ key: "1", shiftKey: true })).toEqual({ type: "priority", priority: "P1" });
    expect(keyToCommand({ key: "J" })).toEqual({ type: "next" });
  });

  it("never fires while typing in a field or an editor, or mid-composition", () => {
    for (const tagName of ["INPUT", "TEXTAREA", "SELECT", "input"]) {
      expect(keyToCommand({ key: "1", target: { tagName } }), tagName).toBeNull();
    }
    expect(keyToCommand({ key: "j", target: { tagName: "DIV", isContentEditable: true } })).toBeNull();
    expect(keyToCommand({ key: "z", ctrlKey: true, target: { tagName: "TEXTAREA" } })).toBeNull();
    expect(keyToCommand({ key: "j", isComposing: true })).toBeNull();
  });

  it("repeats movement while a key is held, but never a decision", () => {
    expect(keyToCommand({ key: "j", repeat: true })).toEqual({ type: "next" });
    expect(keyToCommand({ key: "k", repeat: true })).toEqual({ type: "previous" });
    for (const key of ["1", "a", "s", "e", "u", "?"]) expect(keyToCommand({ key, repeat: true }), key).toBeNull();
    expect(keyToCommand({ key: "z", ctrlKey: true, repeat: true })).toBeNull();
  });

  it("ignores unmapped keys", () => {
    for (const key of ["4", "x", "Enter", "Escape", " ", "ArrowDown", "Tab"]) expect(keyToCommand({ key }), key).toBeNull();
  });

  it("documents every key it handles", () => {
    const documented = TRIAGE_SHORTCUTS.flatMap((s) => s.keys).filter((k) => k.length === 1);
    for (const key of documented) expect(keyToCommand({ key }), key).not.toBeNull();
  });
});
