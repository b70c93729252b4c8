import { describe, expect, it } from "vitest";
import type { FoundItem } from "../context";
import { closingRemark, isClosingParenRemark, legendCodesOf, tidyClosingRemarks } from "./closing-remarks";

const cut = (title: string, codes?: Set<string>) => {
  const remark = closingRemark(title, codes);
  return remark ? title.slice(0, remark.index).replace(/[\s,]+$/u, "") : title;
};

describe("remarks closing a title, by their kind", () => {
  it("a done mark and a few words about it are the state and its note", () => {
    expect(closingRemark("Test the terrace heaters ✔ done Tue")).toEqual({ index: 24, status: "done" });
    expect(cut("Controlled drugs count ✓ signed Priya + Ahmed")).toBe("Controlled drugs count");
    expect(cut("Kufungua akaunti ya benki ya NMB ✔ imekamilika")).toBe("Kufungua akaunti ya benki ya NMB");
  });

  it("a mark followed by a sentence, or a mark alone opening the line, is not read here", () => {
    expect(closingRemark("✔ ship it")).toBeNull();
    expect(closingRemark("Use ✓ for passed checks and ✗ for failed ones in the report")).toBeNull();
  });

  it("a code the document's legend defines is a label", () => {
    const codes = legendCodesOf("- [x] fait · [ ] à faire · (R) = prestataire externe");
    expect(codes.has("R")).toBe(true);
    expect(cut("Thermomètres de référence des étuves (R)", codes)).toBe("Thermomètres de référence des étuves");
    expect(cut("Balances ×3 (R) — devis Mettler reçu, à valider", codes)).toBe("Balances ×3");
    expect(cut("Thermomètres de référence des étuves (R)")).toBe("Thermomètres de référence des étuves (R)");
    // A dash after a parenthesis is no definition: "(AVG) — verplicht binnen 14 dagen".
    expect(legendCodesOf("4. Volg de privacytraining (AVG) — verplicht").size).toBe(0);
  });

  it("parentheses that say what happened, guess, talk about someone or say when are remarks", () => {
    for (const inner of ["TTOs already ordered", "zia ha già pagato la prima", "vlotter?", "Horst? Uwe?", "she called twice", "I've never tiled, YouTube university", "it's all on my phone 😅", "dissabte", "requested 22:40", "s3://tf-state/prod/network.tfstate, versão 41", "지금은 noeviction"]) {
      expect(isClosingParenRemark(inner), inner).toBe(true);
    }
  });

  it("parentheses that say what to do or what to decide stay", () => {
    for (const inner of ["rent or buy?", "¿nocturno? ¿semanal?", "already on S3", "ticket DATA-877", "5€/παιδί", "CRP + U&E", "Part P", "waitlist", "2 Personen, Minijob", "min 20 in prod", "10:00–12:00"]) {
      expect(isClosingParenRemark(inner), inner).toBe(false);
    }
  });

  it("a bare level after a comma is the priority, with any remark after it", () => {
    expect(closingRemark("Afspraak maken met Viking, hoog")).toMatchObject({ priorityLabel: "High" });
    expect(cut("Kit aanbrengen, urgent (regen komt binnen)")).toBe("Kit aanbrengen");
    expect(cut("Roest bikken en conserveren, laag, wacht op droog weer")).toBe("Roest bikken en conserveren");
  });

  it("levels listed as the work's words, or a level word naming something, stay", () => {
    expect(closingRemark("Support three modes: low, medium, high")).toBeNull();
    expect(closingRemark("Open the new shop, High Street branch")).toBeNull();
  });

  it("an importance or urgency word set off alone is the priority, in any case and accent", () => {
    expect(closingRemark("Совместимость с патчем игры 1.14 — ВАЖНО")).toMatchObject({ priorityLabel: "High" });
    expect(closingRemark("Rydde sykkelboden — VIKTIG, vaktmester klager")).toMatchObject({ priorityLabel: "High" });
    expect(closingRemark("προσφορές για λεωφορείο — ΕΠΕΙΓΟΝ")).toMatchObject({ priorityLabel: "Critical" });
    expect(cut("Kusajili kikundi upya Halmashauri — Bi. Rehema (haraka)")).toBe("Kusajili kikundi upya Halmashauri — Bi. Rehema");
    expect(cut("Hofladen-Kasse auf TSE umstellen – Pflicht!")).toBe("Hofladen-Kasse auf TSE umstellen");
  });

  it("words of the work after a dash, and a bump's kind after a version, stay", () => {
    expect(closingRemark("Lekkage stuurhuisraam — kit aanbrengen")).toBeNull();
    expect(closingRemark("update dependency drizzle-kit to v1 (major)")).toBeNull();
    expect(closingRemark("Write the report — important findings first")).toBeNull();
  });

  it("a caseless clause after a dash is a remark by its opening words, or a person of the document", () => {
    expect(closingRemark("تدريب الممرضين الجدد على عربة الطوارئ — جارٍ")).toMatchObject({ status: "in_progress" });
    expect(closingRemark("เชื่อม LINE OA แจ้งเตือน — ติดรอ LINE อนุมัติบัญชี")).toMatchObject({ status: "blocked" });
    expect(closingRemark("PG사 점검 시간에는 5xx 알림 음소거 — 지훈", new Set(), new Set(["박지훈"]))).toMatchObject({ index: 22 });
    expect(closingRemark("PG사 점검 시간에는 5xx 알림 음소거 — 지훈")).toBeNull();
    expect(closingRemark("ระบบจองคิว — หน้ารายการสำหรับหมอ")).toBeNull();
  });

  it("a short clause after a dash naming a weekday, a date alone or a clock time says when", () => {
    expect(cut("TPV y datáfono — el técnico viene el martes")).toBe("TPV y datáfono");
    expect(cut("Mkutano mkuu wa mwaka — Februari")).toBe("Mkutano mkuu wa mwaka");
    expect(cut("Buka puasa bersama anak yatim — tanggal 15 Ramadhan")).toBe("Buka puasa bersama anak yatim");
    expect(cut("Pharmacy to re-supply enoxaparin — came up at 04:00")).toBe("Pharmacy to re-supply enoxaparin");
    expect(cut("Купити штори для спальні 🔥 терміново")).toBe("Купити штори для спальні");
    expect(isClosingParenRemark("Оксана Петрівна")).toBe(true);
  });

  it("a schedule the work keeps, a month in a sentence or a range of times stays", () => {
    expect(closingRemark("Shadow a CAB meeting — Tuesdays 14:00")).toBeNull();
    expect(closingRemark("Tune DiskSpaceLow — fires every night at 02:00 during compaction")).toBeNull();
    expect(closingRemark("Quarterly game day — first one in August")).toBeNull();
    expect(closingRemark("War room booked: 27 Nov 06:00 – 2 Dec 23:00")).toBeNull();
  });

  it("a CJK bracketed level, a lone state word, a season, a Han owner or a spaced guess close a title", () => {
    expect(closingRemark("迁移剩余 14 个 Hive 任务到 Spark 3【中】")).toMatchObject({ priorityLabel: "Medium" });
    expect(closingRemark("Susunan liturgi ibadah — SUDAH")).toMatchObject({ status: "done" });
    expect(closingRemark("ช่างทำเคาน์เตอร์บาร์ 🔥ด่วน")).toMatchObject({ priorityLabel: "Critical" });
    for (const inner of ["张婷负责", "forår", "Ιανουάριος", "misschien in het voorjaar", "Max ? Inès ?"]) expect(isClosingParenRemark(inner), inner).toBe(true);
    // A bracket that is not a level, a season that is the work's object, "open" after a dash: they stay.
    expect(closingRemark("搭建监控【第二期】")).toBeNull();
    expect(isClosingParenRemark("summer camp")).toBe(false);
    expect(closingRemark("Keep the side door — open")).toBeNull();
  });

  it("a work log's entries opening with a day lose it, when two entries at least do", () => {
    const item = (title: string) => ({ title, description: "", status: "done", done: true }) as FoundItem;
    const items = [item("01-12 Olie ververst"), item("02-12 Impeller vervangen")];
    tidyClosingRemarks(items, "");
    expect(items.map((i) => i.title)).toEqual(["Olie ververst", "Impeller vervangen"]);
    const alone = [item("01-12 Olie ververst"), item("1.2 Install the agent")];
    tidyClosingRemarks(alone, "");
    expect(alone.map((i) => i.title)).toEqual(["01-12 Olie ververst", "1.2 Install the agent"]);
  });

  it("stays linear on a long line", () => {
    const long = `${"word, ".repeat(50_000)}(${"x?".repeat(1000)})`;
    const start = Date.now();
    closingRemark(long);
    expect(Date.now() - start).toBeLessThan(500);
  });
});
