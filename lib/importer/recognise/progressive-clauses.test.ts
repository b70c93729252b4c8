import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { opensProgressive } from "./progressive-clauses";

describe("a remark opening with a progressive marker says the work is under way", () => {
  it("reads Thai, Vietnamese, Chinese and Indonesian progressives", () => {
    expect(opensProgressive("กำลังเขียน")).toBe(true);
    expect(opensProgressive("đang làm")).toBe(true);
    expect(opensProgressive("正在测试")).toBe(true);
    expect(opensProgressive("sedang ditinjau")).toBe(true);
    const md = "# ร้าน\n\n## งาน\n\n- [ ] ทำป้ายหน้าร้านใหม่ — กำลังออกแบบ\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([["ทำป้ายหน้าร้านใหม่", "in_progress"]]);
  });

  it("leaves Thai nouns built on กำลัง (manpower, capacity) and other text alone", () => {
    expect(opensProgressive("กำลังคนไม่พอ")).toBe(false);
    expect(opensProgressive("กำลังการผลิต 200 แก้ว")).toBe(false);
    expect(opensProgressive("sedangkan")).toBe(false);
    expect(opensProgressive("dang")).toBe(false);
  });
});
