import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { categoriesOfCell } from "./category-columns";

// Made-up database copies: a property that files each row gives its category.

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.category, i.status]);

describe("a category property per row", () => {
  it("Notion-style Tags with several values, after the headings", () => {
    const md = "# Ideas\n\n## Backlog\n\n| Name | Status | Tags |\n|---|---|---|\n| Dark mode for the editor | Running | UX, Editor |\n| Kill the legacy importer | Killed | Platform |\n| Public changelog page | Live | Marketing |\n";
    expect(read(md)).toEqual([
      ["Dark mode for the editor", ["Backlog", "UX", "Editor"], "in_progress"],
      ["Kill the legacy importer", ["Backlog", "Platform"], "wont_do"],
      ["Public changelog page", ["Backlog", "Marketing"], "done"],
    ]);
  });

  it("under a heading that names the group, the column is the row's attribute, not its filing", () => {
    const md = "# H2 plan\n\n## Experiments\n\n| Experiment | Theme | Priority |\n|---|---|---|\n| Shorter signup form | Activation | P1 |\n| Yearly plan nudge | Revenue | P2 |\n";
    expect(read(md)).toEqual([
      ["Shorter signup form", ["Experiments"], "not_started"],
      ["Yearly plan nudge", ["Experiments"], "not_started"],
    ]);
  });

  it("a category named in another language (Kategorie, 분류)", () => {
    const de = "# Vorhaben\n\n| Aufgabe | Kategorie | Status |\n|---|---|---|\n| Rechnungslauf beschleunigen | Finanzen | In Arbeit |\n| Suchindex neu aufbauen | Plattform | Offen |\n";
    expect(read(de)).toEqual([
      ["Rechnungslauf beschleunigen", ["Finanzen"], "in_progress"],
      ["Suchindex neu aufbauen", ["Plattform"], "not_started"],
    ]);
    const ko = "# 과제\n\n| 작업 | 분류 | 상태 |\n|---|---|---|\n| 결제 재시도 추가 | 결제 | 진행 중 |\n| 검색 색인 재구축 | 플랫폼 | 완료 |\n";
    expect(read(ko)).toEqual([
      ["결제 재시도 추가", ["결제"], "in_progress"],
      ["검색 색인 재구축", ["플랫폼"], "done"],
    ]);
  });

  it("a Stage column of states is the status, not a category", () => {
    const md = "# Pipeline\n\n| Name | Stage | Owner |\n|---|---|---|\n| Partner API | In progress | Ana |\n| Usage export | Done | Rui |\n";
    expect(read(md)).toEqual([
      ["Partner API", [], "in_progress"],
      ["Usage export", [], "done"],
    ]);
  });

  it("splits a cell into tags", () => {
    expect(categoriesOfCell("Retention; #research")).toEqual(["Retention", "research"]);
    expect(categoriesOfCell("—")).toEqual([]);
    expect(categoriesOfCell("增长、留存")).toEqual(["增长", "留存"]);
  });
});
