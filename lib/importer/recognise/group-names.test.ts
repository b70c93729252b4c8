import { describe, expect, it } from "vitest";
import { groupName, withoutInitiatives } from "./group-names";

describe("group names without numbering", () => {
  it("drops a CJK ordinal, a numbered objective, a lettered phase and a duration", () => {
    expect(groupName("三、上线准备")).toBe("上线准备");
    expect(groupName("（二）回归测试")).toBe("回归测试");
    expect(groupName("Objetivo 2: Menos incidencias")).toBe("Menos incidencias");
    expect(groupName("उद्देश्य 1: UPI भुगतान को भरोसेमंद बनाना")).toBe("UPI भुगतान को भरोसेमंद बनाना");
    expect(groupName("Phase B — Pilot")).toBe("Pilot");
    expect(groupName("Soak test (2 weeks)")).toBe("Soak test");
    expect(groupName("灰度观察（48 小时）")).toBe("灰度观察");
    expect(groupName("ระยะที่ 1 เตรียมความพร้อม")).toBe("เตรียมความพร้อม");
    expect(groupName("เฟส 2: ย้ายระบบ")).toBe("ย้ายระบบ");
  });

  it("keeps names that only look numbered", () => {
    expect(groupName("Theme 1: Cost")).toBe("Theme 1: Cost");
    // A Thai phase word with nothing after its number, or a Thai name with a number inside it.
    expect(groupName("ระยะที่ 1")).toBe("ระยะที่ 1");
    expect(groupName("งบประมาณปี 2570")).toBe("งบประมาณปี 2570");
    expect(groupName("Objective 1: Make it fast")).toBe("Objective 1: Make it fast");
    expect(groupName("Step a-z coverage")).toBe("Step a-z coverage");
    expect(groupName("ERP (SoftOne)")).toBe("ERP (SoftOne)");
    expect(groupName("一")).toBe("一");
  });

  it("drops an Initiatives heading under a named objective, not one standing alone", () => {
    expect(withoutInitiatives(["Faster answers", "Initiatives"])).toEqual(["Faster answers"]);
    expect(withoutInitiatives(["Kunderna hittar svaren", "Initiativ"])).toEqual(["Kunderna hittar svaren"]);
    expect(withoutInitiatives(["Initiatieven"])).toEqual(["Initiatieven"]);
    expect(withoutInitiatives(["भुगतान", "पहल (Initiatives)"])).toEqual(["भुगतान"]);
    expect(withoutInitiatives(["भुगतान", "पहल"])).toEqual(["भुगतान"]);
    expect(withoutInitiatives(["Payments", "Search (Initiatives)"])).toEqual(["Payments", "Search (Initiatives)"]);
    expect(withoutInitiatives(["Initiatives", "Search"])).toEqual(["Initiatives", "Search"]);
  });

  it("drops an OKR's objective letter and a key-initiatives label the same way", () => {
    expect(groupName("O1：提升数仓稳定性")).toBe("提升数仓稳定性");
    expect(groupName("O2 — Equipe mais saudável")).toBe("Equipe mais saudável");
    expect(groupName("O2 sensor calibration")).toBe("O2 sensor calibration");
    expect(groupName("o1: lower case")).toBe("o1: lower case");
    expect(withoutInitiatives(["提升数仓稳定性", "关键举措"])).toEqual(["提升数仓稳定性"]);
    expect(withoutInitiatives(["Faster answers", "Key initiatives"])).toEqual(["Faster answers"]);
    expect(withoutInitiatives(["Réponses", "Initiatives clés"])).toEqual(["Réponses"]);
    expect(withoutInitiatives(["Payments", "Key people"])).toEqual(["Payments", "Key people"]);
  });
});
