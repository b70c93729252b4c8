import { describe, expect, it } from "vitest";
import { clauseState, stateRemark } from "./state-remarks";
import { tidyTitle } from "./title-tails";

const tidy = (text: string) => tidyTitle(text, false, new Set());

describe("stateRemark: a state and its reason closing a title", () => {
  it("reads a state then its reason after a dash, in any script", () => {
    expect(tidy("迁移旧的报表服务 — 阻塞：等待数据库升级")).toMatchObject({ title: "迁移旧的报表服务", status: "blocked" });
    expect(tidy("نشر الحملة — متوقف، بانتظار الموافقة")).toMatchObject({ title: "نشر الحملة", status: "blocked" });
    expect(tidy("Neue Drucker — bestellt, wartet auf Lieferung")).toMatchObject({ title: "Neue Drucker", status: "blocked" });
    expect(tidy("Replace the UPS — ordered, waiting for delivery")).toMatchObject({ title: "Replace the UPS", status: "blocked" });
  });

  it("reads work said to be under way now, with who is on it", () => {
    expect(tidy("Search returns stale results → fixing now (Mara)")).toMatchObject({ title: "Search returns stale results", status: "in_progress" });
    expect(tidy("Rotate the API keys — on it")).toMatchObject({ title: "Rotate the API keys", status: "in_progress" });
    expect(tidy("Tuyển 5 nhân viên kho (đang phỏng vấn, đã có 2)")).toMatchObject({ title: "Tuyển 5 nhân viên kho", status: "in_progress" });
  });

  it("reads a name then only a state as news of the state, not a capitalised phrase that is no state", () => {
    expect(tidy("Yük testleri — Kerem başladı")).toMatchObject({ title: "Yük testleri", status: "in_progress" });
    expect(tidy("Migracja kolejki — Olek w trakcie")).toMatchObject({ title: "Migracja kolejki", status: "in_progress" });
    expect(clauseState("Kerem başladı")).toBe("in_progress");
    for (const t of ["Kerem Yılmaz", "Production ready", "Istanbul ofisi"]) expect(clauseState(t), t).toBeNull();
  });

  it("reads work outside what the team does as not to be done", () => {
    expect(tidy("Consegna in giornata (fuori dal nostro perimetro)")).toMatchObject({ title: "Consegna in giornata", status: "wont_do" });
    expect(tidy("Native desktop app (outside our current scope)")).toMatchObject({ title: "Native desktop app", status: "wont_do" });
    expect(stateRemark("Run the tests (outside Docker)")).toBeNull();
  });

  it("reads a state behind a warning sign", () => {
    expect(tidy("Load test the API ⚠️ blocked by #812")).toMatchObject({ title: "Load test the API", status: "blocked" });
  });

  it("reads a parenthesis that opens with a state, after an adverb", () => {
    expect(tidy("팀 위키 정리 (이미 완료)")).toMatchObject({ title: "팀 위키 정리", status: "done" });
    expect(tidy("Move the wiki (already done)").title).toBe("Move the wiki");
  });

  it("leaves a state word run into other words", () => {
    expect(stateRemark("Publish the SDK (open source)")).toBeNull();
    expect(stateRemark("Write the RFC — open questions first")).toBeNull();
    expect(clauseState("open questions")).toBeNull();
    expect(clauseState("waiting for legal")).toBe("blocked");
  });
});

describe("a state word with its reason after a conjunction or a preposition of more languages", () => {
  it("is the state, and the reason is why", async () => {
    const { parsePlan } = await import("../parse");
    const md = "# P\n\n## Tasks\n\n- Move the cache — blocked due to the audit\n- Service Worker — متوقف بانتظار قرار الإدارة\n- Rechnungen exportieren — blockiert wegen Umstellung\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([
      ["Move the cache", "blocked"],
      ["Service Worker", "blocked"],
      ["Rechnungen exportieren", "blocked"],
    ]);
  });
});

describe("the Chinese doubled dash before a state remark", () => {
  it("sets the remark off as a single dash does; a doubled dash inside the title stays", async () => {
    const { parsePlan } = await import("../parse");
    const md = "# 计划\n\n## 任务\n\n- [ ] 升级 Cilium 到 1.15 —— 阻塞:等待厂商确认兼容性\n- [ ] 写文档——先写安装部分\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([
      ["升级 Cilium 到 1.15", "blocked"],
      ["写文档——先写安装部分", "not_started"],
    ]);
  });
});

describe("Thai progressive", () => {
  it("'กำลัง' joined to its verb says the work is under way", () => {
    expect(clauseState("กำลังคุย")).toBe("in_progress");
    expect(clauseState("คุยแล้ว")).not.toBe("in_progress");
  });
});

describe("a state mark opening the remark", () => {
  it("says the state; the words after it say how far the work got", () => {
    expect(tidy("Увімкнути GuardDuty в усіх регіонах — 🚧 зроблено для eu-central-1")).toMatchObject({ title: "Увімкнути GuardDuty в усіх регіонах", status: "in_progress" });
    expect(tidy("Enable GuardDuty everywhere — 🟡 done for eu-west-1")).toMatchObject({ title: "Enable GuardDuty everywhere", status: "in_progress" });
  });

  it("without the mark, the words alone still say done", () => {
    expect(tidy("Увімкнути GuardDuty в усіх регіонах — зроблено")).toMatchObject({ status: "done" });
  });
});

describe("stateRemark: waiting, said in Chinese", () => {
  it("reads a parenthesis opening with a verb of waiting as blocked", () => {
    expect(stateRemark("將 GA 轉做 GA4 伺服器端追蹤（等緊市場部批准）")?.status).toBe("blocked");
    expect(stateRemark("接入支付网关（等待法务确认）")?.status).toBe("blocked");
  });

  it("keeps other Chinese parentheses", () => {
    expect(stateRemark("证书到期前通知（30天前）")).toBeNull();
    expect(stateRemark("改善等候时间（前台）")).toBeNull();
  });
});
