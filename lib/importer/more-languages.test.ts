import { describe, expect, it } from "vitest";
import { parsePlan } from "./parse";
import { findPriorityLabel } from "./priority";
import { statusWordIn } from "./status-words";

// Priority, severity, status and owner words added to vocabulary.ts for Turkish, Korean, Polish,
// Russian, Ukrainian, Swedish, French trackers' wording and Chinese/Japanese scales (Redmine,
// Jira, ZenTao). Every line here is made up for the test.

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.priority, i.status]);

describe("a tracker table with localised headers", () => {
  it("Turkish: Öncelik and Durum columns", () => {
    const md = "# Sprint\n\n| Anahtar | Özet | Öncelik | Durum |\n|---|---|---|---|\n| AB-1 | Sepet sayfasını hızlandır | En Yüksek | İncelemede |\n| AB-2 | Fatura PDF düzeni | Düşük | Kapandı |\n| AB-3 | Eski API'yi kaldır | Orta | İptal edildi |\n";
    expect(read(md)).toEqual([
      ["Sepet sayfasını hızlandır", "P0", "in_progress"],
      ["Fatura PDF düzeni", "P3", "done"],
      ["Eski API'yi kaldır", "P2", "wont_do"],
    ]);
  });

  it("Korean: 우선순위 and 상태 columns, 상/중/하 levels", () => {
    const md = "# 개선 목록\n\n| 작업 | 우선순위 | 상태 | 담당자 |\n|---|---|---|---|\n| 검색 결과 캐시 적용 | 상 | 검토 중 | 민수 |\n| 로그인 오류 메시지 정리 | 하 | 해결됨 | 지은 |\n| 알림 설정 화면 추가 | 중 | 미착수 | — |\n";
    expect(read(md)).toEqual([
      ["검색 결과 캐시 적용", "P1", "in_progress"],
      ["로그인 오류 메시지 정리", "P3", "done"],
      ["알림 설정 화면 추가", "P2", "not_started"],
    ]);
  });

  it("Polish and Russian: Priorytet / Приоритет, Stan / Статус", () => {
    const pl = "# Zadania\n\n| Zadanie | Priorytet | Stan |\n|---|---|---|\n| Migracja kolejki zamówień | Najwyższy | W realizacji |\n| Poprawka stopki | Niski | Naprawione |\n";
    expect(read(pl)).toEqual([
      ["Migracja kolejki zamówień", "P0", "in_progress"],
      ["Poprawka stopki", "P3", "done"],
    ]);
    const ru = "# Задачи\n\n| Задача | Приоритет | Статус |\n|---|---|---|\n| Перенести очередь заказов | Блокирующий | Открыто |\n| Починить подвал сайта | Средний | Исправлено |\n";
    expect(read(ru)).toEqual([
      ["Перенести очередь заказов", "P0", "not_started"],
      ["Починить подвал сайта", "P2", "done"],
    ]);
  });

  it("a severity column ranks the rows when there is no priority (Sévérité, 심각도, Критичность)", () => {
    const fr = "# Audit\n\n| Constat | Sévérité | Statut |\n|---|---|---|\n| Cookies sans attribut Secure | Majeur | Ouvert |\n| Version du serveur affichée | Mineur | Corrigé |\n";
    expect(read(fr)).toEqual([
      ["Cookies sans attribut Secure", "P1", "not_started"],
      ["Version du serveur affichée", "P3", "done"],
    ]);
    const ru = "# Аудит\n\n| Задача | Критичность | Статус |\n|---|---|---|\n| Пароли в логах | Высокая | В работе |\n| Старый TLS на стенде | Низкая | Риск принят |\n";
    expect(read(ru)).toEqual([
      ["Пароли в логах", "P1", "in_progress"],
      ["Старый TLS на стенде", "P3", "wont_do"],
    ]);
  });
});

describe("level words of other trackers", () => {
  it.each([
    ["Bloquant", "Critical"],
    ["Très haute", "Critical"],
    ["Majeure", "High"],
    ["Mineure", "Low"],
    ["Bloccante", "Critical"],
    ["Högsta", "Critical"],
    ["Lägsta", "Low"],
    ["Високий", "High"],
    ["Низька", "Low"],
    ["심각", "Critical"],
    ["매우 낮음", "Low"],
  ])("%s is %s", (word, level) => expect(findPriorityLabel(word)).toBe(level));

  it.each([
    ["今すぐ", "Critical"],
    ["高め", "High"],
    ["通常", "Medium"],
    ["低め", "Low"],
    ["致命", "Critical"],
    ["严重", "High"],
    ["一般", "Medium"],
    ["轻微", "Low"],
    ["最低", "Low"],
  ])("a cell that is only %s is %s (Redmine, ZenTao, Jira scales)", (word, level) => expect(findPriorityLabel(word)).toBe(level));

  it("a CJK level word inside a sentence is not a priority", () => {
    expect(findPriorityLabel("一般来说这个接口很慢")).toBeNull();
  });
});

describe("status words of other trackers", () => {
  it.each([
    ["Corrigée", "done"],
    ["Clôturé", "done"],
    ["Yapıldı", "done"],
    ["Düzeltildi", "done"],
    ["조치 완료", "done"],
    ["Zamknięte", "done"],
    ["Виправлено", "done"],
    ["Åtgärdad", "done"],
    ["已修复", "done"],
    ["修正済み", "done"],
    ["Test ediliyor", "in_progress"],
    ["개발 중", "in_progress"],
    ["В тесте", "in_progress"],
    ["修复中", "in_progress"],
    ["Beklemede", "blocked"],
    ["보류", "blocked"],
    ["Wstrzymane", "blocked"],
    ["İptal", "wont_do"],
    ["Risque accepté", "wont_do"],
    ["위험 수용", "wont_do"],
    ["已取消", "wont_do"],
    ["Ouvert", "not_started"],
    ["Açık", "not_started"],
    ["미착수", "not_started"],
    ["Do zrobienia", "not_started"],
  ])("%s is %s", (word, status) => expect(statusWordIn(word)).toBe(status));
});

describe("Jira and YouTrack default scales and states", () => {
  it.each([
    ["Show-stopper", "Critical"],
    ["Showstopper", "Critical"],
    ["Major", "High"],
    ["Trivial", "Low"],
  ])("%s is %s", (word, level) => expect(findPriorityLabel(word)).toBe(level));

  it("a fields line under a bold key reads priority, state and skips the fix version", () => {
    const md = "# Issues\n\n* **APP-11** Upload stalls at 99%\n  Priority: Major · State: Verified · Fix version: 2.4\n* **APP-12** Tooltip cut off in dark mode\n  Priority: Trivial · State: Submitted · Affects versions: 2.3\n";
    expect(read(md)).toEqual([
      ["Upload stalls at 99%", "P1", "done"],
      ["Tooltip cut off in dark mode", "P3", "not_started"],
    ]);
  });

  it("a heading with Major in a sentence is a topic, not a priority", () => {
    const md = "# Plan\n\n## Major version upgrades\n\n- [ ] Move to Postgres 17\n";
    expect(read(md)).toEqual([["Move to Postgres 17", null, "not_started"]]);
  });
});

describe("Romanian levels, Nordic inflections, and Nordic and Greek state headings", () => {
  it.each([
    ["prioritate critică", "Critical"],
    ["prioritate ridicată", "High"],
    ["prioritate medie", "Medium"],
    ["prioritate scăzută", "Low"],
    ["høg", "High"],
    ["lågt", "Low"],
  ])("%s is %s", (word, level) => expect(findPriorityLabel(word)).toBe(level));

  it("a Romanian title word that is no level stays title", () => {
    expect(findPriorityLabel("Configurarea mediului de test")).toBeNull();
  });

  it("reads \"(prioritate X)\" closing a line as its priority, not as title", () => {
    const md = "# Plan\n\n- [ ] Configurarea copiilor de rezervă (prioritate critică)\n- [ ] Înlocuirea imprimantei (prioritate scăzută)\n";
    expect(read(md)).toEqual([
      ["Configurarea copiilor de rezervă", "P0", "not_started"],
      ["Înlocuirea imprimantei", "P3", "not_started"],
    ]);
  });

  it("reads Danish, Norwegian, Swedish and Greek state headings", () => {
    const md = "# Liste\n\n## Færdigt\n- Skift adgangskoder\n\n## Mangler\n- Køb skærme\n\n## Återstår\n- Boka lokal\n\n## Ολοκληρώθηκαν\n- Ενημέρωση ταμείων\n\n## Προς υλοποίηση\n- Σύνδεση e-shop\n";
    expect(read(md).map((i) => i[2])).toEqual(["done", "not_started", "not_started", "done", "not_started"]);
  });

  it("a Greek contacts list under state headings stays no work", () => {
    const md = "# Εργασίες\n\n## Σε εξέλιξη\n- Αντικατάσταση δρομολογητή\n\n## Ολοκληρώθηκαν\n- Ενημέρωση ταμείων\n\n## Επαφές\n- Νίκος (δίκτυα): 210 555 0101\n";
    expect(read(md).map((i) => i[0])).toEqual(["Αντικατάσταση δρομολογητή", "Ενημέρωση ταμείων"]);
  });
});
