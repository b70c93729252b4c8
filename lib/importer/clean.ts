import { BRACKETED_STATE, stateOnly, statusWordIn, trailingState } from "./status-words";
import type { ItemStatus, Severity } from "./types";
import { linesWith } from "./recognise/lines-with";

// Small pure text helpers shared by the recognisers.

/** Leading emoji, symbols and punctuation ("🎯 ", "✅ ", "- "). Letters and digits of any script stay. */
const LEADING_SYMBOLS = /^[^\p{L}\p{N}]+/u;
/** "1.", "1.1", "2)" numbering at the start of a heading; an annex's "B.1", "C.2.3" (its letter, then the number) too. */
// "II. Anàlisi estàtica": an upper-case roman numeral with its stop numbers a section as digits do.
const LEADING_NUMBERING = /^(?:(?:[A-Z]\.)?\d+(?:\.\d+)*[.)]?|[IVX]{1,5}[.)])\s+/;
/** Status markers people put in headings: "✓ COMPLETED", "(Deferred)", "— DONE", "🚧 In progress". */
const STATUS_MARKER =
  /\s*(?:[-–—:|]\s*)?(?:[✓✔✅☑🚧⏳❌⛔🛑]\s*)?[([]?\s*(?:completed?|done|finished|shipped|deferred|postponed|cancell?ed|dropped|won'?t do|in[ -]progress|wip|ongoing|blocked|on hold|not started|planned|skipped|partial(?:ly done)?)\s*[)\]]?(?:\s*\((?:decision made|decided|see [^)]*|by [^)]*)\))?\s*$/iu;
const STATUS_SYMBOL_ONLY = /\s*[✓✔✅☑🚧⏳❌⛔🛑]\s*$/u;

/**
 * Status symbols at the start of an entry or in a status cell: ✅ ✓ ☑ ✔ done, 🚧 🟡 🟠 under way,
 * ⬜ 🔴 open, ❌ won't do, ⛔ blocked (the usual legend; a document's own legend says the same).
 */
export const STATUS_SYMBOLS: Record<string, ItemStatus> = {
  "✅": "done", "✓": "done", "☑": "done", "✔": "done", "🚧": "in_progress", "🟡": "in_progress", "🟠": "in_progress",
  "⬜": "not_started", "🔴": "not_started", "❌": "wont_do", "⛔": "blocked", "⚠": "in_progress", "⏳": "not_started",
  // ◐ half done, ✘ crossed out: the usual meaning when a document's legend does not say otherwise.
  "◐": "in_progress", "✘": "wont_do",
};

/**
 * "Legend: ✅ healthy · ⚠️ being worked on · ❌ not started": what each symbol means in this document
 * (it overrides the usual meaning above; a status matrix is read through it).
 */
const LEGEND_MARKS = "[✅✓☑✔🚧🟡🟠🟢⬜🔴❌⛔⚠⏳◐✘]";

export function legendOf(text: string): Map<string, ItemStatus> {
  const legend = new Map<string, ItemStatus>();
  // A line that names a legend ("Legende: ✔ erledigt · ◐ in Arbeit"), or one that is nothing but
  // mark–meaning pairs ("🟢 on track · 🟡 at risk · ✅ done").
  const pairsOnly = new RegExp(`^[ \\t]*(?:${LEGEND_MARKS}\\uFE0F?[ \\t]*[^·|,;\\n]+?[ \\t]*(?:[·|,;][ \\t]*|$)){2,}$`, "gmu");
  // Named in any language: Legend, Legende, Leyenda, Légende, Legenda (it/pt/nl), 凡例 (ja), 图例 (zh).
  const named = [...linesWith(text, /\b(?:legende?|leyenda|légende|legenda|status key|key)\b/i, "js"), ...linesWith(text, /凡例|图例|圖例/, "js")];
  const lines = [...named, ...(text.match(pairsOnly) ?? [])];
  for (const line of lines) {
    // An ideographic space or comma sets CJK pairs apart ("🟢 已完成　⚫ 不做了").
    for (const m of line.matchAll(new RegExp(`(${LEGEND_MARKS})\\uFE0F?\\s*([^·|,;\u3000、，；✅✓☑✔🚧🟡🟠🟢⬜🔴❌⛔⚠⏳◐✘]*)`, "gu"))) {
      const words = m[2]!.replace(/[*_]/g, "").trim();
      const status = /healthy|ok\b|good|green/i.test(words) ? "done" : /worked on|on track/i.test(words) ? "in_progress" : parseStatus(words);
      if (status) legend.set(m[1]!, status);
    }
  }
  return legend;
}
export const LEADING_STATUS_SYMBOL = /^([✅✓☑✔🚧🟡🟠⬜🔴❌⛔◐✘])\uFE0F?\s*/u;
/** Bracketed status words used as marks: "[done] Fonts self-hosted", "[wip] …", "【完了】…" (any language). */
export const WORD_MARK = BRACKETED_STATE;

/** A heading's status marker, if it has one ("Phase 2 ✓ COMPLETED" → "done"). */
export function headingStatus(text: string): ItemStatus | null {
  // "## Not planned": the marker below would read its last word ("planned") alone, as not started.
  if (/^not planned$/i.test(text.replace(/[^\p{L}\s']/gu, "").trim())) return "wont_do";
  const marker = text.match(STATUS_MARKER)?.[0];
  // "✓ PARTIAL": some of it is done — the section is under way, its items keep their own state.
  if (marker && /partial/i.test(marker)) return "in_progress";
  if (marker) return parseStatus(marker.replace(/\([^)]*\)\s*$/, ""));
  // "Fase 1 — Concluída", "Phase 2 (abgeschlossen)", "移行（対応中）": a state set off after the name, in any language.
  const said = trailingState(text);
  if (said && said.index > 0) return said.status;
  // A heading that is only a status: "## Done", "## Erledigt", "## Not doing", "## Won't have".
  const only = text.replace(/[^\p{L}\s']/gu, "").trim();
  if (/^(?:done|completed?|shipped|finished|erledigt|abgeschlossen|terminé|hecho|completado)$/i.test(only)) return "done";
  if (/^(?:not doing|won'?t(?: have| do)?(?: this time)?|dropped)$/i.test(only)) return "wont_do";
  // In any language of the vocabulary: "## Em andamento", "### 🏗 In progress", "## 対応中", "## Afgevallen".
  const state = stateOnly(text);
  if (state) return state;
  if (/[✓✔✅☑]\s*$/u.test(text)) return "done";
  if (/🚧\s*$/u.test(text)) return "in_progress";
  return null;
}

/** A heading as a category segment: no emoji, numbering, status marker or emphasis. */
export function cleanHeading(text: string): string {
  const plain = text.replace(/[*_`]/g, "").trim();
  const strip = (t: string) => t.replace(LEADING_SYMBOLS, "").replace(LEADING_NUMBERING, "").replace(LEADING_SYMBOLS, "").replace(/\s+/g, " ").trim();
  // "Phase 2 ✓ COMPLETED" → "Phase 2"; but a heading that is only a status ("## Done") stays itself.
  const said = trailingState(plain);
  const named = said && said.index > 0 ? plain.slice(0, said.index) : plain;
  return strip(named.replace(STATUS_MARKER, "").replace(STATUS_SYMBOL_ONLY, "")) || strip(plain);
}

/** For matching items across imports: case, punctuation, markup and spacing do not matter. */
export function normalizeTitle(title: string): string {
  return title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[`*_~[\]()"'“”‘’.,:;!?]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const STATUS_WORDS: [RegExp, ItemStatus][] = [
  [/won'?t\s*(?:do|fix)|wontfix|accepted risk|risk accepted|wont_do|cancel|deferred|postponed|dropped|obsolete|n\/a|skipped|rejected|not planned|verworfen|descartad|abandonn/i, "wont_do"],
  [/block|bloque|bloqué|on hold|waiting|stuck/i, "blocked"],
  [/in[\s_-]*progress|doing|started|wip|ongoing|active|in review|review|🚧|en curso|en progreso|en cours|in arbeit/i, "in_progress"],
  [/not[\s_-]*started|to\s*do|todo|open|planned|backlog|pending|pendiente|à faire|a faire|offen|new|proposed/i, "not_started"],
  [/done|complete|finished|closed|resolved|fixed|shipped|merged|released|hecho|terminado|completado|erledigt|fertig|terminé|[✓✔✅☑]/i, "done"],
];

/** A status as people write it ("Not Started", "WIP", "✓ Done") → the product's status. */
export function parseStatus(text: string): ItemStatus | null {
  const t = text.trim();
  if (!t) return null;
  // "Not Started" must not read as "started", "Incomplete" not as "complete"; nor after a mark ("⚪ not started").
  const words = t.replace(/^[^\p{L}\p{N}]+/u, "");
  if (/^not[\s_-]*started|^incomplete|^not done|^undone/i.test(words)) return "not_started";
  // The vocabulary's whole words first (any language), then the English stems below ("cancel", "block").
  const said = statusWordIn(words) ?? statusWordIn(t);
  if (said) return said;
  for (const [pattern, status] of STATUS_WORDS) if (pattern.test(t)) return status;
  return null;
}

/** A task-list mark → status: [ ] todo, [x] done, [~] / [/] in progress, [-] won't do, [!] blocked. */
export function statusFromMark(mark: string): ItemStatus {
  switch (mark.toLowerCase()) {
    case "x":
    case "✓":
    case "✔":
      return "done";
    case "~":
    case "/":
    case ">":
    case ".":
      return "in_progress";
    case "-":
      return "wont_do";
    case "!":
      return "blocked";
    default:
      return "not_started";
  }
}

export function parseSeverity(text: string): Severity | null {
  const t = text.toLowerCase();
  if (/crit|blocker|sev\s*0|sev\s*1\b|urgent/.test(t)) return "critical";
  if (/high|major|sev\s*2/.test(t)) return "high";
  if (/med|moderate|normal|sev\s*3/.test(t)) return "medium";
  if (/low|minor|trivial|sev\s*4|info/.test(t)) return "low";
  return null;
}

const HOURS_PER: Record<string, number> = { m: 1 / 60, h: 1, d: 8, w: 40, mo: 160 };

/** "2 hours", "3 days", "1-2 weeks", "30 min", "1.5h" → hours (upper bound of a range); null if none. */
export function parseEffortHours(text: string): number | null {
  const m = text
    .toLowerCase()
    .match(/(\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(\d+(?:\.\d+)?))?\s*(min(?:ute)?s?|m\b|h(?:ou)?rs?|hours?|h\b|d(?:ays?)?\b|w(?:ee)?ks?\b|weeks?|months?|mo\b|sp|points?)/);
  if (!m) return null;
  const value = Number(m[2] ?? m[1]);
  const unit = m[3]!;
  const key = unit.startsWith("mo") ? "mo" : unit.startsWith("mi") || unit === "m" ? "m" : unit.startsWith("h") ? "h" : unit.startsWith("d") ? "d" : unit.startsWith("w") ? "w" : null;
  if (!key || !Number.isFinite(value)) return null;
  return Math.round(value * HOURS_PER[key]! * 100) / 100;
}
