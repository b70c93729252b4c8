import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { orgTodoKeywords, withCanonicalKeyword } from "./org-keywords";

// Outlines written for this test.

describe("an Org file's own task keywords", () => {
  it("are read by their words, else by their place around the bar", () => {
    const k = orgTodoKeywords(["#+TODO: TODO(t) KESKEN ODOTTAA | VALMIS(d!) PERUTTU", "#+SEQ_TODO: ZZOPEN ZZMORE | ZZSHUT ZZGONE"]);
    expect(Object.fromEntries(k)).toEqual({
      TODO: "TODO",
      KESKEN: "DOING",
      ODOTTAA: "WAITING",
      VALMIS: "DONE",
      PERUTTU: "CANCELLED",
      ZZOPEN: "TODO",
      ZZMORE: "DOING",
      ZZSHUT: "DONE",
      ZZGONE: "CANCELLED",
    });
    expect(withCanonicalKeyword("KESKEN [#B] Lapin vaellus", k)).toBe("DOING [#B] Lapin vaellus");
    expect(withCanonicalKeyword("Kesken jäänyt asia", k)).toBe("Kesken jäänyt asia");
  });

  it("give the headlines that use them as items with their states", () => {
    const md = ["#+TITLE: Seura", "#+TODO: TODO KESKEN | VALMIS PERUTTU", "* Talous", "** VALMIS Laskut lähetetty", "** KESKEN [#B] Tilintarkastus", "** PERUTTU Syysleiri", ""].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([
      ["Laskut lähetetty", "done"],
      ["Tilintarkastus", "in_progress"],
      ["Syysleiri", "wont_do"],
    ]);
  });

  it("leave an outline without the directive as it was", () => {
    expect(orgTodoKeywords(["* Talous", "** TODO x"]).size).toBe(0);
  });
});
