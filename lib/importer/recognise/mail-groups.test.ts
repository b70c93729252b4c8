import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isMail, plainLabel } from "./mail-groups";

const mail = (body: string[]) => ["From: Ada Lovelace <ada@example.org>", "To: ops@example.org", "Subject: Before the move", "", "Hi all,", "", ...body, "", "Cheers,", "Ada", ""].join("\n");

describe("a mail's points grouped under plain label lines", () => {
  it("knows a mail by its header block, in several languages", () => {
    expect(isMail("Von: A\nAn: B\nBetreff: C\n\nText")).toBe(true);
    expect(isMail("件名: 確認\nTo: 田中様\n\n本文")).toBe(true);
    expect(isMail("# Plan\n\nTo: do later\n")).toBe(false);
  });

  it("reads a plain label line, but not a sentence ending in a colon", () => {
    expect(plainLabel("Team Network:")).toBe("Team Network");
    expect(plainLabel("■ 保留")).toBe("保留");
    expect(plainLabel("Here is what we talked about this morning with the vendor:")).toBeNull();
  });

  it("reads numbered points running on under group labels as the asks, each label their category", () => {
    const md = mail(["Team Network:", "1. Replace the core switch firmware", "2. Label the patch panels", "", "Team Desk:", "3. Order two spare docks", "4. Move the printers – done, Tom did it", "   on Monday."]);
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.category, i.done])).toEqual([
      ["Replace the core switch firmware", ["Team Network"], false],
      ["Label the patch panels", ["Team Network"], false],
      ["Order two spare docks", ["Team Desk"], false],
      ["Move the printers", ["Team Desk"], true],
    ]);
  });

  it("a glyph label's state word is its entries' state", () => {
    const md = mail(["■ On hold", "1. Migrate the archive", "", "■ Ours", "2. Fix the import"]);
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([
      ["Migrate the archive", "blocked"],
      ["Fix the import", "not_started"],
    ]);
  });

  it("a label that says its entries are notes keeps them out, and a plain document is not a mail", () => {
    expect(parsePlan(mail(["Open questions:", "1. Who pays for the docks?", "2. Is Monday too early?"])).items).toEqual([]);
    const notMail = ["Some notes from the day.", "", "Team Network:", "1. The switch rebooted twice.", "2. Nobody noticed.", ""].join("\n");
    expect(parsePlan(notMail).items.map((i) => i.category)).not.toContainEqual(["Team Network"]);
  });
});
