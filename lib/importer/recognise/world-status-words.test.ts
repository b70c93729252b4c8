import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { statusWordIn } from "../status-words";

// A made-up Tagalog table and Welsh status words.

describe("status words of Tagalog and Welsh", () => {
  it.each([
    ["Tapos na", "done"],
    ["Ginagawa pa", "in_progress"],
    ["Hindi pa nasisimulan", "not_started"],
    ["Ar waith", "in_progress"],
    ["Heb ddechrau", "not_started"],
    ["Wedi'i gwblhau", "done"],
  ])("%s → %s", (words, status) => expect(statusWordIn(words)).toBe(status));

  it("a word that only looks like one is no state", () => {
    expect(statusWordIn("Tapas night")).toBeNull();
  });

  it("reads a Tagalog table with priority and state", () => {
    const md = "# Plano\n\n| Gawain | Prayoridad | Katayuan |\n|---|---|---|\n| Bumili ng upuan | Mataas | Tapos na |\n| Linisin ang bodega | Mababa | Ginagawa pa |\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.status])).toEqual([
      ["Bumili ng upuan", "P1", "done"],
      ["Linisin ang bodega", "P3", "in_progress"],
    ]);
  });
});

describe("Estonian and Icelandic states", () => {
  it("reads the words of a Seis column and of a remark", () => {
    expect(statusWordIn("Tehtud")).toBe("done");
    expect(statusWordIn("Töös")).toBe("in_progress");
    expect(statusWordIn("Ootel")).toBe("blocked");
    expect(statusWordIn("Alustamata")).toBe("not_started");
    expect(statusWordIn("búið")).toBe("done");
    expect(statusWordIn("Akceptované riziko")).toBe("wont_do");
    expect(statusWordIn("în așteptarea aprobării bugetului")).toBe("blocked");
  });

  it("does not read other words as states", () => {
    expect(statusWordIn("Terraformi moodul")).toBeNull();
    expect(statusWordIn("Akceptované")).toBeNull();
  });
});
