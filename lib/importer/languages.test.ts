import { describe, expect, it } from "vitest";
import { legendOf } from "./clean";
import { parsePlan } from "./parse";
import { stateOnly, statusAroundDescription, statusWordIn, struckOutcome, trailingState } from "./status-words";
import { findPriorityLabel, resolvePriority } from "./priority";

// Priority and status words in every language of vocabulary.ts, in every position a plan writes
// them: a heading, a labelled field, a table column, a bold group line, after a title, and on a
// struck-through line. Every line here is made up for the test.

const read = (md: string) => parsePlan(md).items.map((i) => ({ title: i.title, priority: i.priority, status: i.status, done: i.done }));

describe("priority headings in any language", () => {
  it.each([
    ["## Priority: High", "P1"],
    ["## Priorität: niedrig", "P3"],
    ["## Kurzfristig", "P1"],
    ["## Priorité : haute", "P1"],
    ["## Long terme", "P3"],
    ["### Prioridad baja", "P3"],
    ["## Medio plazo", "P2"],
    ["## Priorità: bassa", "P3"],
    ["## Breve termine", "P1"],
    ["### 🟡 Prioridade média", "P2"],
    ["## Longo prazo", "P3"],
    ["## Prioriteit: hoog", "P1"],
    ["## Middellange termijn (na de zomer)", "P2"],
    ["## 優先度：低", "P3"],
    ["## 高優先度", "P1"],
    ["## 中期", "P2"],
    ["## 优先级：中", "P2"],
    ["## Hohe Priorität", "P1"],
    ["## Hoge prioriteit", "P1"],
    ["## Priorité élevée", "P1"],
    ["## Alta priorità", "P1"],
  ])("%s gives its list %s", (heading, priority) => {
    const items = read(`# Plan\n\n${heading}\n\n- Rebuild the export screen\n- Replace the date picker\n`);
    expect(items.map((i) => i.priority)).toEqual([priority, priority]);
  });

  it("reads a CJK level only beside a priority noun, or alone in a priority cell", () => {
    expect(findPriorityLabel("中間テスト", { headingOnly: true })).toBeNull();
    expect(findPriorityLabel("## 高速化", { headingOnly: true })).toBeNull();
    expect(findPriorityLabel("高")).toBe("High");
    expect(findPriorityLabel("🔴 低")).toBe("Low");
    expect(resolvePriority(findPriorityLabel("優先度: 高"))).toBe("P1");
  });

  it("keeps a foreign level word alone as a topic, not a priority (## Media)", () => {
    expect(findPriorityLabel("Media", { headingOnly: true })).toBeNull();
  });
});

describe("status words in any language", () => {
  it.each([
    ["Paused", "blocked"],
    ["Archived", "wont_do"],
    ["In Bearbeitung", "in_progress"],
    ["Erledigt", "done"],
    ["Annulé", "wont_do"],
    ["En cours", "in_progress"],
    ["Por hacer", "not_started"],
    ["Bloqueado por legal", "blocked"],
    ["Da fare", "not_started"],
    ["Bloccato (manca il via libera)", "blocked"],
    ["Em andamento", "in_progress"],
    ["Concluído", "done"],
    ["In uitvoering", "in_progress"],
    ["Afgerond", "done"],
    ["未完了", "not_started"],
    ["未着手", "not_started"],
    ["未完成", "not_started"],
    ["対応済み", "done"],
    ["已完成", "done"],
    ["non iniziato", "not_started"],
    ["noch nicht begonnen", "not_started"],
    ["Not yet started", "not_started"],
  ])("%s is %s", (word, status) => {
    expect(statusWordIn(word)).toBe(status);
  });

  it("reads a whole heading as a state only when it is nothing else", () => {
    expect(stateOnly("### 🚧 In review (2)")).toBe("in_progress");
    expect(stateOnly("## Geblokkeerd")).toBe("blocked");
    expect(stateOnly("## 見送り")).toBe("wont_do");
    expect(stateOnly("### Fixed")).toBeNull(); // a changelog's kind of change
    expect(stateOnly("## Out of scope")).toBeNull(); // non-goals, not dropped tasks
    expect(stateOnly("## Done criteria")).toBeNull();
    expect(stateOnly("## 予定")).toBeNull(); // a schedule
  });

  it("finds a status at the start or end of a description, not in its middle", () => {
    expect(statusAroundDescription("— bloqueado: espera o fornecedor.")).toBe("blocked");
    expect(statusAroundDescription("— reescrito do zero. *(em andamento)*")).toBe("in_progress");
    expect(statusAroundDescription("— le menu est terminé pour le mobile, reste la tablette")).toBeNull();
  });

  it("finds a status set off after a title by a dash, a parenthesis or a symbol", () => {
    expect(trailingState("Zoekfunctie herbouwen — in uitvoering")).toMatchObject({ status: "in_progress" });
    expect(trailingState("Migrar o login (em andamento)")).toMatchObject({ status: "in_progress" });
    expect(trailingState("検索の改善 ✅ 完了")).toMatchObject({ status: "done" });
    expect(trailingState("Keep the metrics port open")).toBeNull();
  });
});

describe("status sections, fields and columns", () => {
  it("gives the open boxes under a heading that is only a state that state; a phase heading leaves them open", () => {
    const md = "# Board\n\n### 🏗 In progress\n\n- [ ] Split the billing worker\n\n## Phase 2 — Search 🚧 In progress\n\n- [ ] Tune the analyzer\n";
    expect(read(md).map((i) => i.status)).toEqual(["in_progress", "not_started"]);
  });

  it.each([
    ["**Canceled**", "wont_do"],
    ["**Em andamento:**", "in_progress"],
    ["**Erledigt**", "done"],
    ["**対応中**", "in_progress"],
  ])("reads a bold line %s above a list as a status group", (line, status) => {
    const md = `# Cycle 9\n\n${line}\n\n- Rework the invite flow · High\n- Trim the bundle · No priority\n\n**Todo**\n\n- Cache the avatars\n`;
    expect(read(md).map((i) => i.status)).toEqual([status, status, "not_started"]);
  });

  it("reads status and priority columns named in Italian, German, Japanese and the Sev abbreviation", () => {
    const it = read("## Lavori\n\n| Attività | Priorità | Stato |\n|---|---|---|\n| Spostare i backup su un altro bucket | Bassa | In corso |\n");
    expect(it).toEqual([expect.objectContaining({ priority: "P3", status: "in_progress" })]);
    const de = read("## Arbeit\n\n| Aufgabe | Priorität | Stand |\n|---|---|---|\n| Alte Cronjobs abschalten | hoch | erledigt |\n");
    expect(de).toEqual([expect.objectContaining({ title: "Alte Cronjobs abschalten", priority: "P1", done: true })]);
    const ja = read("## タスク一覧\n\n| タスク | 優先度 | 状態 |\n|---|---|---|\n| 検索画面の改善 | 高 | 完了 |\n");
    expect(ja).toEqual([expect.objectContaining({ title: "検索画面の改善", priority: "P1", done: true })]);
    const sev = read("## Backlog\n\n| ID | Item | Sev | Status |\n|---|---|---|---|\n| X-1 | Rotate the TLS certificates | Critical | Open |\n");
    expect(sev).toEqual([expect.objectContaining({ priority: "P0" })]);
  });

  it("reads section fields labelled in Dutch and Portuguese", () => {
    const md = "# Plan\n\n## Rapportages\n\n**Prioriteit:** laag\n**Status:** Afgerond\n\n- Maandrapport automatiseren\n\n## Faturas\n\n**Prioridade:** alta\n**Estado:** em andamento\n\n- Gerar boletos em lote\n";
    expect(read(md)).toEqual([
      expect.objectContaining({ priority: "P3", status: "done" }),
      expect.objectContaining({ priority: "P1", status: "in_progress" }),
    ]);
  });

  it("reads a status after a numbered bold title in Portuguese and Spanish", () => {
    const md = "# Plano\n\n## Backlog\n\n1. **Refazer o onboarding** — muitos abandonos. *(em andamento)*\n2. **Traducir la ayuda** — bloqueado: falta presupuesto.\n3. **Novo ícone** — pronto para a loja. ✅ concluído\n";
    expect(read(md).map((i) => i.status)).toEqual(["in_progress", "blocked", "done"]);
  });
});

describe("struck-through entries", () => {
  it.each([
    ["- [x] ~~Move the wiki to Notion~~ — archived instead", "wont_do"],
    ["- [ ] ~~Self-host the fonts~~ — not needed after the CDN switch", "wont_do"],
    ["- [ ] ~~IE11 向けの修正~~ → 見送り", "wont_do"],
    ["- [ ] ~~Écrire un plugin Jira~~ — abandonné", "wont_do"],
    ["- [ ] ~~Retire the old queue~~", "wont_do"],
    ["- [x] ~~Retire the old queue~~", "done"],
    ["- ~~Retire the old queue~~ done", "done"],
  ])("%s is %s", (line, status) => {
    expect(read(`# Plan\n\n## Tasks\n\n${line}\n`).map((i) => i.status)).toEqual([status]);
  });

  it("takes the state of its section when its words say nothing (Dropped / Afgevallen / Done)", () => {
    expect(read("# Plan\n\n## Afgevallen\n\n- ~~Koppeling met Teams~~ (te weinig vraag)\n").map((i) => i.status)).toEqual(["wont_do"]);
    expect(read("# Plan\n\n## Done\n\n- ~~Turn off the staging cluster~~ — saved $3k a month\n").map((i) => i.status)).toEqual(["done"]);
  });

  it("knows abandoning from finishing words in any language", () => {
    expect(struckOutcome("— descoped for v2")).toBe("wont_do");
    expect(struckOutcome("(verworfen, zu teuer)")).toBe("wont_do");
    expect(struckOutcome("— fatto")).toBe("done");
    expect(struckOutcome("— replaced by the new importer")).toBeNull();
  });
});

describe("priority and owner said after a title", () => {
  it.each([
    ["- Cache der Suchergebnisse (hoch)", "Cache der Suchergebnisse", "P1"],
    ["- Exportar para CSV [Prioridade: baixa]", "Exportar para CSV", "P3"],
    ["- 通知設定の見直し（優先度：中）", "通知設定の見直し", "P2"],
    ["- Wachtrij herschrijven — prioriteit hoog", "Wachtrij herschrijven", "P1"],
  ])("%s", (line, title, priority) => {
    expect(read(`# Plan\n\n## Tasks\n\n${line}\n`)).toEqual([expect.objectContaining({ title, priority })]);
  });

  it("reads a labelled owner in full-width or ASCII parentheses as a remark", () => {
    const items = read("# Plan\n\n## Tasks\n\n- ログのローテーション設定（担当：鈴木）\n- Refazer o cadastro (Responsável: Ana)\n");
    expect(items.map((i) => i.title)).toEqual(["ログのローテーション設定", "Refazer o cadastro"]);
  });
});

describe("a heading that names a thing and then its state", () => {
  it("gives its state and keeps the name as the category", () => {
    const result = parsePlan("# Plano\n\n## Fase 1 — Concluída\n\n- Migrar os usuários\n\n## Fase 2 (em andamento)\n\n- Desligar o sistema antigo\n");
    expect(result.items.map((i) => [i.category, i.status])).toEqual([
      [["Fase 1"], "done"],
      [["Fase 2"], "in_progress"],
    ]);
  });
});

describe("a state as a bracketed mark or a labelled field on an entry", () => {
  it("reads a bracketed state opening an entry as its mark, in any language", () => {
    const items = read("# Plan\n\n- [erledigt] Schriften lokal ausliefern\n- 【対応中】ログイン画面の修正\n- [da fare] Ripulire i vecchi job\n");
    expect(items.map((i) => [i.title, i.status])).toEqual([
      ["Schriften lokal ausliefern", "done"],
      ["ログイン画面の修正", "in_progress"],
      ["Ripulire i vecchi job", "not_started"],
    ]);
  });

  it("reads a labelled status after a title or in its description", () => {
    const items = read("# Plan\n\n## Tasks\n\n- Rework the quota check (Status: in review)\n- **Spostare i log** — per ora su disco. Stato: in corso, finisce a marzo\n");
    expect(items.map((i) => [i.title, i.status])).toEqual([
      ["Rework the quota check", "in_progress"],
      ["Spostare i log", "in_progress"],
    ]);
  });
});

describe("a status legend named in another language", () => {
  it("reads what each mark means from a Legenda / 凡例 line", () => {
    expect(Object.fromEntries(legendOf("# Piano\n\nLegenda: ✅ fatto · 🔴 bloccato\n"))).toEqual({ "✅": "done", "🔴": "blocked" });
    expect(Object.fromEntries(legendOf("凡例：✅ 完了 ・ 🟡 保留\n"))).toEqual({ "✅": "done", "🟡": "blocked" });
  });
});
