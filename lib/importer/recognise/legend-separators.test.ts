import { describe, expect, it } from "vitest";
import { legendOf } from "../clean";
import { stateLegendOf } from "./state-marks";

// CJK legends set their mark–meaning pairs apart with an ideographic space or comma (state-marks.ts, clean.ts).
describe("legend pairs set apart by ideographic spaces and commas", () => {
  it("reads each pair on its own", () => {
    const zh = "状态图例：🔴 未开始\u3000🟡 进行中\u3000🟢 已完成\u3000⚫ 不做了";
    expect(stateLegendOf(zh).get("🟢")).toBe("done");
    expect(legendOf(zh).get("🟢")).toBe("done");
    const ja = "凡例：🔴 未着手、🟡 対応中、🟢 完了";
    expect(stateLegendOf(ja).get("🟡")).toBe("in_progress");
    expect(legendOf(ja).get("🟢")).toBe("done");
  });
});
