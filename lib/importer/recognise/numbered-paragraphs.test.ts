import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { statusWordIn } from "../status-words";

const read = (md: string) => parsePlan(md).items.map((i) => [i.key, i.title, i.status, i.priority]);

describe("numbered or keyed bold paragraphs, a list written without list markup", () => {
  it("keyed findings: the key and the fields after the dashes are not title", () => {
    const md = [
      "# Security review — billing API",
      "",
      "**S-1 · Tokens never expire** — OWASP A07 — *High*",
      "Refresh tokens live forever; rotate them.",
      "",
      "**S-2 · Admin panel reachable from the internet** — *Critical* — ✔ fixed in 2.4",
      "",
      "**S-3 · Verbose errors** — *Low* — won't fix, the endpoint is being removed",
    ].join("\n");
    expect(read(md)).toEqual([
      ["S-1", "Tokens never expire", "not_started", "P1"],
      ["S-2", "Admin panel reachable from the internet", "done", "P0"],
      ["S-3", "Verbose errors", "wont_do", "P3"],
    ]);
  });

  it("numbered with a word for 'item' in front, in German and in Thai", () => {
    const de = ["**Punkt 1: Server umziehen** — Priorität: hoch", "", "**Punkt 2: Drucker tauschen** — erledigt", ""].join("\n");
    expect(read(de)).toEqual([
      [null, "Server umziehen", "not_started", "P1"],
      [null, "Drucker tauschen", "done", null],
    ]);
    const th = ["**ข้อ 1. ทาสีผนัง** — ความสำคัญ: ต่ำ", "", "**ข้อ 2. ซื้อโต๊ะ** — (กำลังดำเนินการ)", "", "**ข้อ 3. ติดตั้งแอร์** — ยกเลิก เกินงบ", ""].join("\n");
    expect(read(th)).toEqual([
      [null, "ทาสีผนัง", "not_started", "P3"],
      [null, "ซื้อโต๊ะ", "in_progress", null],
      [null, "ติดตั้งแอร์", "wont_do", null],
    ]);
  });

  it("an essay's bold numbered points state no priority or state: not items", () => {
    const md = [
      "# Five lessons from estimating",
      "",
      "**1. Start small.** Most teams overestimate what a sprint holds.",
      "",
      "**2. Count, don't guess.** Past throughput beats gut feeling.",
      "",
      "**3. Re-plan often.** A plan is a guess with a date.",
    ].join("\n");
    expect(parsePlan(md).items).toEqual([]);
  });

  it("a single bold numbered paragraph is not a list", () => {
    expect(parsePlan("# Notes\n\n**1. Budget** — high on everyone's mind this year.\n").items).toEqual([]);
  });
});

describe("status words in scripts written without spaces between words (Thai)", () => {
  it("are found inside a run of words", () => {
    expect(statusWordIn("ติดรอผู้ขาย")).toBe("blocked");
    expect(statusWordIn("กำลังดำเนินการ")).toBe("in_progress");
    expect(statusWordIn("เสร็จสิ้นแล้ว")).toBe("done");
  });
});
