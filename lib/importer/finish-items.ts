import { normalizeTitle } from "./clean";
import { type FoundItem, type ParseContext, warn } from "./context";
import { importedImpact } from "./impact";
import { resolvePriority } from "./priority";
import type { PriorityMap } from "./priority";
import { applySeverityCodes } from "./recognise/severity-codes";
import { tidyBoardRemarks } from "./recognise/board-remarks";
import { saysNoActionNeeded } from "./recognise/handle-tails";
import { saysStillPending } from "./recognise/pending-statements";
import { isRetroVerdict } from "./recognise/retro-verdicts";
import { isAdvice, isBoxControl, isQuestionEntry } from "./recognise/non-items";
import { asksTheReaders } from "./recognise/update-sections";
import { priorityOrderOf, statedPriorityMap } from "./recognise/priority-order";
import { requirementPriority } from "./recognise/requirement-keywords";
import { tidyTitles } from "./recognise/title-tails";
import { tidyClosingRemarks } from "./recognise/closing-remarks";
import { readFileLabels } from "./recognise/file-labels";
import { readNamedFiles } from "./recognise/named-files";
import { tickReportedDone } from "./recognise/numbered-done-notes";
import { applyBracketCodes } from "./recognise/bracket-codes";
import { readTodoistPriorities } from "./recognise/todoist-priorities";
import type { ParsedItem } from "./types";

// After every block is read: what only the whole list of found items decides. Rankings name items
// found elsewhere, titles lose their decoration the same way whichever reader found them, entries
// that are not work after all go, the document's own priority scale maps its words, and numbers
// become keys when they identify items across the document.

export interface ParseOptions {
  /** The user's adjustments to the label → P0–P3 mapping shown in the dry run. */
  priorityMap?: PriorityMap;
}

/** The items found, settled: ranked, tidied, filtered, keyed and mapped onto P0–P3. */
export function settleItems(ctx: ParseContext, text: string, options: ParseOptions): ParsedItem[] {
  applyRankings(ctx);
  // "Priorities: Urgent > High > Low" read as a list entry is the document's scale, not work (a box says otherwise).
  ctx.items = ctx.items.filter((item) => item.origin === "task" || priorityOrderOf(item.title) === null);
  // "S1 …", "… — S4": severity codes the document defines rank its entries (recognise/severity-codes.ts).
  const codes = applySeverityCodes(ctx.items, text);
  // "[A] …" under a key "[A] alta, [M] mitjana": the document's bracketed priority codes (recognise/bracket-codes.ts).
  applyBracketCodes(ctx.items, text);
  // Whatever reader found an item, its title loses the same decoration (recognise/title-tails.ts).
  tidyTitles(ctx.items, ctx.people ?? new Set());
  // Remarks of a kind only the whole document tells ("(R)" its legend defines, "✔ done Tue"); what they
  // uncover is tidied once more (recognise/closing-remarks.ts).
  tidyTitles(tidyClosingRemarks(ctx.items, text, ctx.people ?? new Set()), ctx.people ?? new Set());
  // "… !!2": Todoist's priority closing a task, once its date and labels are off; what it hid is tidied too (recognise/todoist-priorities.ts).
  if (readTodoistPriorities(ctx.items)) tidyTitles(ctx.items, ctx.people ?? new Set());
  // "Punt 3 is al gedaan": a sentence reporting a numbered entry done ticks it (recognise/numbered-done-notes.ts).
  tickReportedDone(ctx.items, text);
  // "… File: `public/img/hero.png`": a label closing a description names the files (recognise/file-labels.ts).
  readFileLabels(ctx.items);
  // "Bump version in `package.json`": the files an item names are files it touches (recognise/named-files.ts).
  readNamedFiles(ctx.items);
  // Sticky-note colours, "!!! urgent", "(3 of 5)" on a card under way (recognise/board-remarks.ts).
  tidyBoardRemarks(ctx.items);
  // Once more: tidying may have uncovered a closing code ("… — S4 😱").
  Object.assign(codes, applySeverityCodes(ctx.items, text));
  // A bot's "check this box to …" control, a "Tip:" and a question without a box or fields are not work (recognise/non-items.ts).
  // Under "Asks" a question is how the ask is put ("Anyone who knows Farm Bank — 30 mins of your time?": recognise/update-sections.ts).
  ctx.items = ctx.items.filter(
    (item) => !isBoxControl(item.title) && !isAdvice(item.title) && !isQuestionEntry(item.title, item.origin === "task" || item.origin === "record" || asksTheReaders(item.category.at(-1) ?? "")),
  );
  // "— decided, nothing to do": an entry that says no action is needed is a note (recognise/handle-tails.ts).
  ctx.items = ctx.items.filter((item) => !saysNoActionNeeded(item));
  // "Budget … ist noch nicht freigegeben.": a pending state reported, no work (recognise/pending-statements.ts).
  ctx.items = ctx.items.filter((item) => item.origin === "task" || !saysStillPending(item.title));
  // "Pair-programming: fortsätter, alla nöjda": a retro's verdict on what it tried, without a box, is an outcome (recognise/retro-verdicts.ts).
  ctx.items = ctx.items.filter((item) => item.origin === "task" || !isRetroVerdict(item.title));
  // "Priorities: Show-stopper > Critical > Major": the document's own scale maps the words it ranks.
  const stated = statedPriorityMap(ctx.priorityOrder ?? new Map(), ctx.items.map((item) => item.priorityLabel));
  return finishItems(ctx, { ...options, priorityMap: { ...stated, ...codes, ...options.priorityMap } });
}

// Words of a title, crudely singularised so "platforms" matches "platform".
const words = (t: string) => new Set(normalizeTitle(t).split(" ").filter((w) => w.length > 2).map((w) => (w.length > 4 ? w.replace(/s$/, "") : w)));

/**
 * "### High Priority  1. Type hints throughout codebase": when most entries name items found
 * elsewhere in the document, they rank those items; otherwise they are items themselves. An entry
 * names the item whose title covers most of its wording (at least 60%; the first such item on a
 * tie). Titles are indexed by word, so each entry is compared only with the items sharing a word
 * (comparing every entry with every item took a minute on a 5 MB plan).
 */
function applyRankings(ctx: ParseContext) {
  if (ctx.rankings.length === 0) return;
  const byWord = new Map<string, number[]>();
  ctx.items.forEach((item, i) => {
    for (const w of words(item.title)) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  const matches = ctx.rankings.map((r) => {
    const wanted = words(r.text);
    const shared = new Map<number, number>();
    for (const w of wanted) for (const i of byWord.get(w) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    let best = -1;
    let most = 0;
    for (const [i, n] of shared) if (n > most || (n === most && i < best)) [best, most] = [i, n];
    return wanted.size > 0 && most / wanted.size >= 0.6 ? ctx.items[best] : undefined;
  });
  const rankingDoc = ctx.items.length > 0 && matches.filter(Boolean).length >= ctx.rankings.length / 2;
  ctx.rankings.forEach((r, i) => {
    const match = matches[i];
    if (rankingDoc && match) {
      if (!match.priorityLabel) match.priorityLabel = r.label;
      else if (match.priorityLabel !== r.label) warn(ctx, r.line, `'${r.text}' ranked ${r.label}, but ${match.key ?? "the item"} already has ${match.priorityLabel}`);
    } else if (rankingDoc) {
      warn(ctx, r.line, `'${r.text}' is ranked ${r.label} but names no item in the document; not imported`);
    } else {
      ctx.shapes.add("priority-lists");
      ctx.items.push({ origin: "list", key: null, title: r.entry?.title || r.text, description: r.entry?.description ?? "", category: [], priority: null, priorityLabel: r.label, status: "not_started", severity: null, effortHours: null, done: false, checklist: [], line: r.line });
    }
  });
}

/** Keys for numbered lists, duplicate detection, the priority mapping; drops internal fields. */
function finishItems(ctx: ParseContext, options: ParseOptions): ParsedItem[] {
  // Numbers are keys only when they identify items across the whole document (1–50, not 1–5 per section).
  const numbered = ctx.items.filter((i) => i.origin === "numbered" && i.key === null);
  const numbers = numbered.map((i) => i.number);
  if (numbered.length > 1 && new Set(numbers).size === numbers.length) for (const item of numbered) item.key = String(item.number);

  const byKey = new Map<string, FoundItem>();
  const byTitle = new Map<string, FoundItem>();
  const out: ParsedItem[] = [];
  for (const item of ctx.items) {
    const titleKey = `${item.category.join(" › ")}\u0000${normalizeTitle(item.title)}`;
    const sameTitle = byTitle.get(titleKey);
    if (sameTitle && (item.key === null || item.key === sameTitle.key)) {
      warn(ctx, item.line, `duplicate of line ${sameTitle.line} ('${item.title}'); imported once`);
      continue;
    }
    if (item.key !== null) {
      const sameKey = byKey.get(item.key);
      if (sameKey) {
        warn(ctx, item.line, `key ${item.key} is used again (first at line ${sameKey.line}); this item gets a new key`);
        item.key = null;
      } else byKey.set(item.key, item);
    }
    byTitle.set(titleKey, item);
    // "The system MUST …": a requirement's capitalised key word ranks it when nothing else does (recognise/requirement-keywords.ts).
    if (item.priorityLabel === null && item.explicitPriority === undefined) item.priorityLabel = requirementPriority(item.title);
    out.push(toParsedItem(item, options));
  }
  return out;
}

function toParsedItem(item: FoundItem, options: ParseOptions): ParsedItem {
  return {
    key: item.key,
    title: item.title,
    description: item.description,
    category: item.category,
    priority: item.explicitPriority !== undefined ? item.explicitPriority : resolvePriority(item.priorityLabel, options.priorityMap),
    priorityLabel: item.priorityLabel,
    status: item.status,
    severity: item.severity,
    effortHours: item.effortHours,
    ...importedImpact(item.statedImpact ?? null, item.severity),
    done: item.done,
    checklist: item.checklist,
    line: item.line,
  };
}
