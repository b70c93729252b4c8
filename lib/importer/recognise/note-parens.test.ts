import { describe, expect, it } from "vitest";
import { closingClauseState, isNoteParen, scheduleTailStart } from "./note-parens";
import { tidyTitle } from "./title-tails";

const title = (text: string) => tidyTitle(text, false, new Set()).title;

describe("notes about the work closing a title", () => {
  it("drops a schedule: a date, a clock window, a calendar week", () => {
    expect(title("Switch the DNS (window on Sunday 14 March, 22:00–23:00)")).toBe("Switch the DNS");
    expect(title("Cancel the old lease (before 30/06, moved to 30/09)")).toBe("Cancel the old lease");
    expect(title("Print the flyers — Druckerei liefert KW 12")).toBe("Print the flyers");
  });

  it("does not read round the clock ('24/7') as a date", () => {
    expect(isNoteParen("phone the desk, 24/7")).toBe(false);
    expect(isNoteParen("deliver by 24/07")).toBe(true);
  });

  it("drops 'for now', 'to be confirmed', 'attached' and news about someone", () => {
    expect(isNoteParen("a spreadsheet is enough for now")).toBe(true);
    expect(isNoteParen("Liste im Anhang, noch zu klären")).toBe(true);
    expect(title("Sign the lease (Landlord has agreed)")).toBe("Sign the lease");
  });

  it("reads a closing clause that is only a state", () => {
    expect(closingClauseState("moved to v4, won't do")).toBe("wont_do");
    const t = tidyTitle("移除旧的登录页（推迟到下季度，不做了）", false, new Set());
    expect(t.title).toBe("移除旧的登录页");
    expect(t.status).toBe("wont_do");
  });

  it("keeps parentheses and tails that say what to do", () => {
    expect(isNoteParen("max 1.200 kg")).toBe(false);
    expect(isNoteParen("2 × 10 GbE")).toBe(false);
    expect(isNoteParen("3.2.0-beta → 3.2.0")).toBe(false);
    expect(isNoteParen("Node 20/22, Postgres 14–17")).toBe(false);
    expect(scheduleTailStart("Rotate the keys — every service, one by one")).toBe(-1);
    // A dash between figures is in the tail, but a tail without a date or week still stays.
    expect(scheduleTailStart("Resize the pool — 3–5 nodes")).toBe(-1);
  });

  it("reads a parenthesis saying the work moved to a later release as a note", () => {
    expect(isNoteParen("postponed to v2.3")).toBe(true);
    expect(isNoteParen("verschoben auf das nächste Release")).toBe(true);
    expect(isNoteParen("v3.0 に延期")).toBe(true);
    // A move the work itself makes stays: no postponing word, or no target.
    expect(isNoteParen("move to v2 API")).toBe(false);
    expect(isNoteParen("postponed")).toBe(false);
  });

  it("reads a schedule tail whose time window has an unspaced dash", () => {
    expect(scheduleTailStart("Cutover window — planned, 01:00–05:00")).toBe(14);
  });
});
