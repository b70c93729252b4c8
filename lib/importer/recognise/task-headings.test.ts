import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { kindOf } from "../sections";
import { taskHeadingKind, withoutRomanceTodo } from "./task-headings";

describe("task headings in other languages", () => {
  it.each([
    "Aufgaben", "Offene Punkte", "Nächste Schritte", "Tâches", "À faire", "Prochaines étapes", "Tareas", "Próximos pasos", "Attività", "Da fare",
    "Tarefas", "Próximos passos", "Actiepunten", "Volgende stappen", "Att göra", "Nästa steg", "Opgaver", "Næste skridt", "Oppgaver", "Neste steg",
    "Tehtävät", "Zadania", "Następne kroki", "Úkoly", "Další kroky", "Feladatok", "Teendők", "Sarcini", "Görevler", "Yapılacaklar", "Задачи",
    "Следующие шаги", "Завдання", "Наступні кроки", "Εργασίες", "Επόμενα βήματα", "משימות", "צעדים הבאים", "المهام", "الخطوات التالية",
    "अगले कदम", "Nhiệm vụ", "Việc cần làm", "Tugas", "Langkah selanjutnya", "タスク", "やること", "次のステップ", "任务", "待办事项", "下一步", "할 일", "다음 단계",
    "次回まで", "次回までに", "下次会议前", "다음 회의까지", "Tasques", "Feines", "Coses a fer", "Propers passos",
  ])("%s names the work below", (heading) => {
    expect(taskHeadingKind(heading)).toBe("tasks");
  });

  it("reads the heading's opening words, with a count, a colon and a tail, or more words after them", () => {
    for (const h of ["## 2. Aufgaben", "Tareas (4)", "Задачи: запуск мобильного банка", "Zadania na sprint 12", "Tâches — semaine 3", "タスク一覧", "任务列表", "🚀 Görevler"]) {
      expect(taskHeadingKind(h), h).toBe("tasks");
    }
  });

  it("reads Catalan chores ('Feines') only as the whole heading, not before more words", () => {
    expect(taskHeadingKind("Feines: setmana 2")).toBe("tasks");
    expect(taskHeadingKind("Feines de recerca a la universitat")).not.toBe("tasks");
  });

  it("never matches inside a word, in any script", () => {
    for (const h of ["Aufgabenverteilung", "Tareasbase", "Задачник", "कार्यक्षेत्र", "タスク管理ツールの比較", "作業ログ", "任务管理系统介绍", "次回までのまとめ方"]) {
      expect(taskHeadingKind(h), h).toBeNull();
    }
  });

  it("reads a word that is also another language's word only as the whole heading or before a separator", () => {
    // Dutch "taken" is English "taken"; Swedish "uppgifter" also means "details"; Korean "작업" is any "work".
    expect(taskHeadingKind("Taken")).toBe("tasks");
    expect(taskHeadingKind("Taken: sprint 3")).toBe("tasks");
    expect(taskHeadingKind("Uppgifter")).toBe("tasks");
    expect(taskHeadingKind("작업")).toBe("tasks");
    expect(taskHeadingKind("Åtgärder")).toBe("tasks");
    expect(taskHeadingKind("Pendientes (3)")).toBe("tasks");
    for (const h of ["Działania zespołu w 2025", "Pendientes de decisión", "Ενέργειες που έγιναν", "Already taken", "Taken care of", "Taken from the old wiki", "Uppgifter om kunden", "작업 환경", "Дела давно минувших дней"]) {
      expect(taskHeadingKind(h), h).toBeNull();
    }
  });

  it("reads a negated task heading as a note, in many languages", () => {
    for (const h of [
      "Keine Aufgaben", "Keine offenen Aufgaben", "Sin tareas", "Aucune tâche", "Pas de tâches", "Nessuna attività", "Nenhuma tarefa", "Geen taken", "Inte uppgifter",
      "Ingen oppgaver", "Brak zadań", "Nie zadania", "Не задачи", "Нет задач", "Žádné úkoly", "Görev yok", "Tidak ada tugas", "אין משימות", "タスクなし", "没有任务",
      "No action items", "No tasks this week", "Not tasks", "Non-tasks", "Tasks: none", "Aufgaben: keine",
    ]) {
      expect(taskHeadingKind(h), h).toBe("notes");
    }
  });

  it("reads 'nothing to do' as a note", () => {
    for (const h of ["Nothing to do", "Nichts zu tun", "Rien à faire", "Nada que hacer (por ahora)", "Inget att göra", "Нечего делать", "やることなし", "Offene Punkte: keine"]) {
      expect(taskHeadingKind(h), h).toBe("notes");
    }
  });

  it("leaves a negation of an adjective or a priority bucket alone", () => {
    // "Not started tasks", "Nicht erledigte Aufgaben": open work; "No priority tasks": untriaged work.
    for (const h of ["Not started tasks", "Nicht erledigte Aufgaben", "No priority tasks", "Nicht priorisierte Aufgaben"]) {
      expect(taskHeadingKind(h), h).not.toBe("notes");
    }
    expect(kindOf("No priority tasks", null, null)).toBe("tasks");
  });

  it("does not read Spanish and Portuguese 'todos' ('all') as an English to-do", () => {
    expect(withoutRomanceTodo("Todos los equipos").trim()).toBe("equipos");
    expect(kindOf("Todos los equipos", null, null)).toBeNull();
    expect(kindOf("Todas as lojas", null, null)).toBeNull();
    expect(kindOf("Para todo el código", null, null)).toBeNull();
    // The English words stay.
    expect(kindOf("Todos", null, null)).toBe("tasks");
    expect(kindOf("TODO (backend)", null, null)).toBe("tasks");
    expect(kindOf("Todo el backlog", null, null)).toBe("tasks");
  });

  it("makes the section kind in sections.ts, English negations included", () => {
    expect(kindOf("Aufgaben", null, null)).toBe("tasks");
    expect(kindOf("No action items", null, null)).toBe("notes");
    expect(kindOf("Action items", null, null)).toBe("tasks");
  });
});

describe("task headings in a plan", () => {
  const lowConfidence = (md: string) => parsePlan(md).warnings.some((w) => /low-confidence/i.test(w.message));

  it("reads the list under a task heading in the first reading, in several languages", () => {
    for (const [h, a, b] of [
      ["Aufgaben", "Login-Seite überarbeiten", "Passwort-Reset reparieren"],
      ["Tareas", "Revisar la página de inicio", "Arreglar el restablecimiento"],
      ["Görevler", "Giriş sayfasını yenile", "Şifre sıfırlamayı düzelt"],
      ["タスク", "ログイン画面を改修する", "パスワード再設定を直す"],
    ]) {
      const md = `# Projekt\n\n## ${h}\n\n- ${a}\n- ${b}\n`;
      const result = parsePlan(md);
      expect(result.items.map((i) => i.title), h).toEqual([a, b]);
      expect(lowConfidence(md), h).toBe(false);
    }
  });

  it("reads nothing under a negated task heading", () => {
    for (const h of ["Keine Aufgaben", "Inte uppgifter", "Sin tareas", "No action items"]) {
      const md = `# Treffen\n\n## ${h}\n\n- Das Budget wurde bestätigt\n- Nächstes Treffen im Mai\n`;
      expect(parsePlan(md).items, h).toEqual([]);
    }
  });

  it("does not read an English heading that only contains a Dutch word", () => {
    const md = "# Seats\n\n## Already taken\n\nThese seats went to the first sign-ups.\n\n- Row A, seat 4\n- Row B, seat 7\n";
    expect(lowConfidence(md) || parsePlan(md).items.length === 0).toBe(true);
  });

  it("reads an RFC's work plan as its work, in several languages", () => {
    for (const h of ["Work plan", "Plan of work", "Arbeitsplan", "Plan de travail", "Plan de trabajo", "工作计划", "작업 계획"]) {
      expect(kindOf(h, null, null), h).toBe("tasks");
    }
    const md = "# RFC-7: Move order events to Kafka\n\n## Motivation\n\n- Ordering is lost\n\n## Work plan\n\n1. Provision the cluster\n2. Migrate `notifications`\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Provision the cluster", "Migrate notifications"]);
    expect(kindOf("Workplace rules", null, null)).not.toBe("tasks");
  });
});

describe("CJK task headings with an ordinal, and a task breakdown", () => {
  it("reads the words after '三、' or '（二）', and a breakdown of the work as work", () => {
    for (const h of ["三、任务", "（二）任务清单", "任务拆解", "四、工作分解", "タスク分解"]) expect(taskHeadingKind(h), h).toBe("tasks");
    for (const h of ["三、风险", "一、回顾", "拆解原则"]) expect(taskHeadingKind(h), h).toBeNull();
  });

  it("makes the numbered lists under the breakdown items, not the key results above it", () => {
    const md = "# 2027 Q2 OKR 与任务拆解\n\n## 一、OKR\n\n- KR1：告警噪音 < 10 条/天\n\n## 二、任务拆解\n\n1. 给核心服务加 SLO 看板\n2. 合并重复告警规则\n";
    const { items, metrics } = parsePlan(md);
    expect(items.map((i) => i.title)).toEqual(["给核心服务加 SLO 看板", "合并重复告警规则"]);
    expect(metrics).toHaveLength(1);
  });
});

describe("a name, a dash, then the task words", () => {
  it("say the section or document is a task list, unless the words deny it", () => {
    for (const h of ["स्कूल समिति — कार्य सूची", "Umzug 2027 – Aufgabenliste", "Sprint 3 — Taken"]) expect(taskHeadingKind(h), h).toBe("tasks");
    expect(taskHeadingKind("Umzug – keine Aufgaben")).not.toBe("tasks");
    for (const h of ["Lessons – taken from the wiki", "Budget-Aufgaben", "Notes — general"]) expect(taskHeadingKind(h), h).not.toBe("tasks");
  });
});
