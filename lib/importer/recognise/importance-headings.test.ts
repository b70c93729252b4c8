import { describe, expect, it } from "vitest";
import { importanceHeading } from "./importance-headings";
import { parsePlan } from "../parse";

describe("importanceHeading", () => {
  it("reads a heading of one importance word", () => {
    expect(importanceHeading("Критично")).toBe("Critical");
    expect(importanceHeading("Дуже важливо")).toBe("High");
    expect(importanceHeading("Бажано")).toBe("Medium");
    expect(importanceHeading("**Mile widziane**")).toBe("Medium");
    expect(importanceHeading("Sehr wichtig:")).toBe("High");
  });
  it("leaves other headings alone", () => {
    expect(importanceHeading("Important")).toBeNull();
    // "Important" alone may be a rank or a horizon ("next"): left unread.
    expect(importanceHeading("Важливо")).toBeNull();
    expect(importanceHeading("Wichtig")).toBeNull();
    expect(importanceHeading("Важливо знати")).toBeNull();
    expect(importanceHeading("Wichtige Hinweise")).toBeNull();
    expect(importanceHeading("Media")).toBeNull();
  });
  it("ranks a Ukrainian plan's lists by their headings", () => {
    const doc = "## Що робимо\n\n### Критично\n\n- **Кеш залежностей** між запусками\n\n### Дуже важливо\n\n- **Автоскейлінг ранерів** у Kubernetes\n\n### Бажано\n\n- **Попередні середовища для кожного PR**\n\n## Метрики успіху\n\n- Час пайплайна для main ≤ 15 хв\n";
    const read = parsePlan(doc);
    expect(read.items.map((i) => [i.title, i.priority])).toEqual([
      ["Кеш залежностей", "P0"],
      ["Автоскейлінг ранерів", "P1"],
      ["Попередні середовища для кожного PR", "P2"],
    ]);
  });
  it("reads informal Indonesian headings as priorities, with no category", () => {
    const doc = "## Penting banget\n\n- [ ] Struk tidak tercetak\n\n## Fitur\n\n- [ ] Mode gelap\n\n## Nanti aja\n\n- [ ] Ganti ikon aplikasi\n";
    expect(parsePlan(doc).items.map((i) => [i.title, i.priority, i.category])).toEqual([
      ["Struk tidak tercetak", "P1", []],
      ["Mode gelap", null, ["Fitur"]],
      ["Ganti ikon aplikasi", "P2", []],
    ]);
  });
});
