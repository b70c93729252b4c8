import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Priority, status and legend words in the languages added last (Arabic, Hebrew, Greek, Vietnamese,
// Indonesian, Hindi, Ukrainian) and horizon headings with the tasks noun first.
const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.priority, i.status]);

describe("priority and status cells in more languages", () => {
  it("a Vietnamese table: Mức độ ưu tiên and Trạng thái columns", () => {
    const md = "# Kế hoạch\n\n| Công việc | Mức độ ưu tiên | Trạng thái |\n|---|---|---|\n| In tờ rơi | Cao | Xong |\n| Thuê loa | Thấp | Hủy |\n| Mua hoa | Trung bình | Đang làm |\n";
    expect(read(md)).toEqual([
      ["In tờ rơi", "P1", "done"],
      ["Thuê loa", "P3", "wont_do"],
      ["Mua hoa", "P2", "in_progress"],
    ]);
  });

  it("an Indonesian and a Greek table", () => {
    const id = "# Rencana\n\n| Tugas | Prioritas | Status |\n|---|---|---|\n| Pasang server | Tinggi | Selesai |\n| Tulis panduan | Rendah | Belum mulai |\n";
    expect(read(id)).toEqual([
      ["Pasang server", "P1", "done"],
      ["Tulis panduan", "P3", "not_started"],
    ]);
    const el = "# Σχέδιο\n\n| Εργασία | Προτεραιότητα | Κατάσταση |\n|---|---|---|\n| Νέα ιστοσελίδα | Υψηλή | Σε εξέλιξη |\n| Αρχειοθέτηση | Χαμηλή | Ολοκληρώθηκε |\n";
    expect(read(el)).toEqual([
      ["Νέα ιστοσελίδα", "P1", "in_progress"],
      ["Αρχειοθέτηση", "P3", "done"],
    ]);
  });

  it("a Hebrew field line", () => {
    expect(parsePlan("# תוכנית\n\n## משימות\n- החלפת שרת — עדיפות: גבוהה\n").items.map((i) => i.priority)).toEqual(["P1"]);
  });
});

describe("horizon headings with the tasks noun first", () => {
  it("Arabic and Spanish: urgent tasks, later tasks", () => {
    const ar = "# خطة\n\n## المهام العاجلة\n- [ ] تجديد الشهادة\n\n## مهام لاحقة\n- [ ] تحديث الشعار\n";
    expect(parsePlan(ar).items.map((i) => [i.priority, i.category.length])).toEqual([
      ["P0", 0],
      ["P2", 0],
    ]);
    const es = "# Plan\n\n## Tareas urgentes\n- [ ] Renovar el dominio\n";
    expect(parsePlan(es).items.map((i) => i.priority)).toEqual(["P0"]);
  });

  it("an urgency word opening a bold label, with a remark in parentheses", () => {
    const it_ = "# Trasloco\n\n**Urgente (entro venerdì)**\n- [ ] Disdire il gas\n\n**Dopo il trasloco**\n- [ ] Cambiare residenza\n";
    expect(parsePlan(it_).items.map((i) => i.priority)).toEqual(["P0", null]);
    const de = "# Umzug\n\n## Dringend\n- [ ] Strom ummelden\n";
    expect(parsePlan(de).items.map((i) => i.priority)).toEqual(["P0"]);
  });
});

describe("a key of coloured marks in the document's words", () => {
  it("a tracker copy names its labels: the marks rank the cards, the column says their state", () => {
    const md = "# ボード\n\nラベル：🔴至急 🟡通常 🟢いつでも\n\n## やること\n- 🔴 ログの修正\n- 🟢 色の調整\n\n## 完了\n- 🟡 検索の改善\n";
    expect(read(md)).toEqual([
      ["ログの修正", "P0", "not_started"],
      ["色の調整", "P3", "not_started"],
      ["検索の改善", "P2", "done"],
    ]);
  });

  it("a state mark then a ranked mark: both read", () => {
    const md = "# Plan\n\nПозначення: 🔴 терміново · 🟠 важливо · ⚪ бажано\n\n## Роботи\n- ✔ 🔴 Оновити ліцензії\n- ⛔ 🟠 Замінити диски\n- ⚪ Прибрати кабелі\n";
    expect(read(md)).toEqual([
      ["Оновити ліцензії", "P0", "done"],
      ["Замінити диски", "P1", "blocked"],
      ["Прибрати кабелі", "P3", "not_started"],
    ]);
  });

  it("an English key with 'important' and 'optional'", () => {
    const md = "# Plan\n\nLabels: 🔴 critical · 🟠 important · 🔵 optional\n\n## Work\n- 🟠 Rotate the keys\n- 🔵 Tidy the wiki\n";
    expect(read(md)).toEqual([
      ["Rotate the keys", "P1", "not_started"],
      ["Tidy the wiki", "P3", "not_started"],
    ]);
  });
});
