import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Words added to the vocabulary (vocabulary.ts): Now / Next / Later horizons, "we won't do" sections,
// board columns ("Wartet", "Cần làm", "Chờ kiểm thử"), and a two-word level after a dash.
const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.priority, i.status]);

describe("Now / Next / Later and board columns in other languages", () => {
  it("Italian and German Now / Next / Later roadmaps, with a 'we won't do' section", () => {
    const it_ = ["# Roadmap", "", "## Adesso (dicembre)", "- Pagamenti con carta", "", "## Prossimo (Q1)", "- Lista d'attesa", "", "## Più avanti", "- Programma fedeltà", "", "## Non faremo", "- Consegna a domicilio", ""].join("\n");
    expect(read(it_)).toEqual([
      ["Pagamenti con carta", "P0", "not_started"],
      ["Lista d'attesa", "P1", "not_started"],
      ["Programma fedeltà", "P2", "not_started"],
      ["Consegna a domicilio", null, "wont_do"],
    ]);
    const de = ["# Roadmap", "", "## Jetzt", "- Login reparieren", "", "## Als nächstes", "- Export als CSV", "", "## Später", "- Dunkles Design", ""].join("\n");
    expect(read(de).map((r) => r[1])).toEqual(["P0", "P1", "P2"]);
  });

  it("board columns: German 'Wartet', Vietnamese 'Cần làm' / 'Chờ kiểm thử', a two-word level after a dash", () => {
    const de = ["# Board", "", "## In Arbeit", "- Kabel verlegen", "", "## Wartet", "- Schlüsselübergabe", ""].join("\n");
    expect(read(de).map((r) => r[2])).toEqual(["in_progress", "blocked"]);
    const review = ["# Papan Sprint", "", "### Sedang dikerjakan", "- Integrasi QRIS", "", "### 🔍 Review", "- Halaman pengaturan pajak", ""].join("\n");
    expect(read(review).map((r) => r[2])).toEqual(["in_progress", "in_progress"]);
    const vi = ["# Bảng Kanban", "", "### Cần làm", "- Báo cáo tồn kho — Ưu tiên trung bình", "- Xuất hóa đơn — Ưu tiên khẩn cấp", "", "### Chờ kiểm thử", "- Cảnh báo hết hạn", ""].join("\n");
    expect(read(vi)).toEqual([
      ["Báo cáo tồn kho", "P2", "not_started"],
      ["Xuất hóa đơn", "P0", "not_started"],
      ["Cảnh báo hết hạn", null, "in_progress"],
    ]);
  });
});
