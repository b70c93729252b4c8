import { describe, expect, it } from "vitest";
import { tableColumns } from "./table-columns";
import { parseStatus } from "../clean";
import { parsePlan } from "../parse";

const isState = (cell: string) => parseStatus(cell) !== null;

describe("an impact column explains the row, in any language", () => {
  it("takes the problem, not its impact, as the title of a Chinese debt table", () => {
    const rows = [
      ["TD-001", "订单状态机散落在多个 Service 中", "新增状态容易遗漏", "高", "李强", "进行中"],
      ["TD-002", "定时任务依赖单机 Quartz", "单点故障", "中", "赵敏", "已完成"],
      ["TD-003", "日志中打印用户手机号明文", "合规风险", "高", "赵敏", "未开始"],
    ];
    const cols = tableColumns(["编号", "问题描述", "影响", "优先级", "负责人", "状态"], rows, isState);
    expect(cols.title).toBe(1);
  });
  it("does the same for Korean and German headers", () => {
    const rows = [
      ["Kein Failover für Redis", "Ausfall des Warenkorbs"],
      ["Backups ungetestet", "Datenverlust möglich"],
    ];
    expect(tableColumns(["Problem", "Auswirkung"], rows, isState).title).toBe(0);
    const ko = [
      ["배포 스크립트 수동 실행", "실수 위험"],
      ["로그 보존 기간 없음", "비용 증가"],
    ];
    expect(tableColumns(["항목", "영향"], ko, isState).title).toBe(0);
  });
  it("still takes an impact column of ratings as no title and no description of words", () => {
    const rows = [
      ["Missing alt text on product images", "Critical"],
      ["Low contrast in the footer", "Minor"],
    ];
    const cols = tableColumns(["Finding", "影响"], rows, isState);
    expect(cols.title).toBe(0);
    expect(cols.description).not.toBe(0);
  });
});

describe("a Thai findings table", () => {
  const doc = [
    "## รายการปัญหา",
    "",
    "| ลำดับ | ปัญหา | ระดับความรุนแรง | สถานะ |",
    "|---|---|---|---|",
    "| 1 | ปุ่มไม่มีป้ายกำกับ | สูง | แก้ไขแล้ว |",
    "| 2 | ช่องกรอก OTP อ่านผิด | ปานกลาง | กำลังดำเนินการ |",
    "| 3 | ไอคอนไม่มีข้อความกำกับ | ต่ำ | ยังไม่เริ่ม |",
  ].join("\n");
  it("reads its key, problem, severity and status columns", () => {
    const rows = [["1", "ปุ่มไม่มีป้ายกำกับ", "สูง", "แก้ไขแล้ว"]];
    const cols = tableColumns(["ลำดับ", "ปัญหา", "ระดับความรุนแรง", "สถานะ"], rows, isState);
    expect([cols.key, cols.title, cols.severity, cols.status]).toEqual([0, 1, 2, 3]);
  });
  it("keeps the Thai vowel and tone marks when it reads a state cell", () => {
    const items = parsePlan(doc).items;
    expect(items.map((i) => [i.title, i.status, i.priority])).toEqual([
      ["ปุ่มไม่มีป้ายกำกับ", "done", "P1"],
      ["ช่องกรอก OTP อ่านผิด", "in_progress", "P2"],
      ["ไอคอนไม่มีข้อความกำกับ", "not_started", "P3"],
    ]);
  });
  it("does not take a priority header (ลำดับความสำคัญ) for the key", () => {
    const rows = [["งานหนึ่งที่ต้องทำ", "สูง"], ["งานสองที่ต้องทำ", "ต่ำ"]];
    const cols = tableColumns(["งาน", "ลำดับความสำคัญ"], rows, isState);
    expect(cols.key).toBe(-1);
    expect(cols.priority).toBe(1);
    expect(cols.title).toBe(0);
  });
});
