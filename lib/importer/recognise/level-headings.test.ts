import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.priorityLabel, i.category.join("/")]);

describe("sibling headings that are each only a level word form a priority scale", () => {
  it("reads each as the priority of the list under it, in any language of the vocabulary", () => {
    const md = "# Team backlog\n\n## 🔥 Krytyczne\n\n- Fix double charge\n\n## Wysokie\n\n- Log BLIK errors\n\n## Niskie\n\n- Fix typos\n\n## Pytania otwarte\n\n- Who owns the integration?\n";
    expect(read(md)).toEqual([
      ["Fix double charge", "Critical", ""],
      ["Log BLIK errors", "High", ""],
      ["Fix typos", "Low", ""],
    ]);
  });

  it("one level word beside a horizon heading is a step of the same scale, in details blocks too", () => {
    const md = "# Backlog\n\n<details>\n<summary>🔥 Kritisch (diese Woche)</summary>\n\n- [ ] Fix the login crash\n\n</details>\n\n<details>\n<summary>Someday</summary>\n\n- [ ] Dark theme\n\n</details>\n";
    expect(read(md)).toEqual([
      ["Fix the login crash", "Critical", ""],
      ["Dark theme", "Long term", ""],
    ]);
  });

  it("a level word beside a heading that ranks nothing stays a topic", () => {
    expect(read("# Launch\n\n## Media\n\n- [ ] Press kit photos\n\n## Events\n\n- [ ] Book the hall\n").map((i) => i[1])).toEqual([null, null]);
  });

  it("a single level word alone stays a topic", () => {
    expect(read("# Launch\n\n## Media\n\n- Press kit photos\n- Book the photo shoot\n").map((i) => i[1])).toEqual([null, null]);
  });
});

describe("horizon headings in more languages", () => {
  it("urgent / near term / later are horizons", () => {
    const md = "# План\n\n## Срочно\n\n1. Продлить сертификаты\n\n## В ближайшее время\n\n2. Обновить Kubernetes\n\n## Потом\n\n3. Попробовать Cilium\n";
    expect(parsePlan(md).items.map((i) => [i.priorityLabel, i.priority])).toEqual([
      ["Immediate", "P0"],
      ["Short term", "P1"],
      ["Medium term", "P2"],
    ]);
  });

  it("keeps the combining marks of a level word (Thai สูง, ต่ำ)", () => {
    const md = "# แผนงาน\n\n## สูง\n\n- อบรมพนักงาน\n\n## ปานกลาง\n\n- ปรับปรุงหน้าเว็บ\n\n## ต่ำ\n\n- ประเมินผู้ให้บริการ\n";
    expect(read(md).map((i) => i[1])).toEqual(["High", "Medium", "Low"]);
  });
});
