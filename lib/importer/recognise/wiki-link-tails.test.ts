import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { trailingWikiLink } from "./wiki-link-tails";

describe("a wiki link closing a task", () => {
  it("is a reference to a note, not part of the title", () => {
    expect(trailingWikiLink("Oppgradere klientene på akuttmottaket før 10.11 [[Endringsvindu november]]")).toEqual({
      title: "Oppgradere klientene på akuttmottaket før 10.11",
      note: "See: Endringsvindu november",
    });
    const md = "## Klinisk\n- [ ] Book the venue for the offsite [[Offsite 2027|offsite]]\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.description])).toEqual([["Book the venue for the offsite", "See: offsite"]]);
  });

  it("negative: a link the sentence needs as its object stays", () => {
    expect(trailingWikiLink("Write the summary of [[Meeting 3]]")).toBeNull();
    expect(trailingWikiLink("Read [[Atomic Habits]]")).toBeNull();
    expect(parsePlan("## Tasks\n- [ ] Write the summary of [[Meeting 3]]\n").items.map((i) => i.title)).toEqual(["Write the summary of Meeting 3"]);
  });
});
