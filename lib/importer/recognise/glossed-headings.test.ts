import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { kindOf } from "../sections";
import { isGlossedNotes } from "./glossed-headings";

const kind = (raw: string) => kindOf(raw, null, null);

describe("headings glossed in another language", () => {
  it("a gloss naming a section without work makes the section one", () => {
    expect(isGlossedNotes("범위 밖 (Out of scope)", kind)).toBe(true);
    expect(isGlossedNotes("Riscos (Risks)", kind)).toBe(true);
    expect(isGlossedNotes("未解決の点（Open questions）", kind)).toBe(true);
    // A time box or a work heading keeps its own reading; a remark is not a gloss.
    expect(isGlossedNotes("Phase 2 (out of scope)", kind)).toBe(false);
    expect(isGlossedNotes("Backend (done)", kind)).toBe(false);
    expect(isGlossedNotes("Next (다음)", kind)).toBe(false);
    expect(isGlossedNotes("Redis result cache SKIPPED (Decision made)", kind)).toBe(false);
  });

  it("a roadmap's glossed out-of-scope section gives no items", () => {
    const md = ["# 로드맵", "", "## Now (지금)", "- 오타 교정 도입", "", "## Later (나중)", "- 음성 검색", "", "## 범위 밖 (Out of scope)", "- 외부 검색 엔진 도입", ""].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["오타 교정 도입", "P0"],
      ["음성 검색", "P2"],
    ]);
  });
});
