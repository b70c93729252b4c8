import type { List, RootContent } from "mdast";
import { nearestKind, type ParseContext, addItem } from "../context";
import { lineOf, parseMarkdown, plainText } from "../markdown";
import { findPriorityLabel, horizonLabel } from "../priority";
import { statusWordIn } from "../status-words";
import type { ItemStatus } from "../types";
import { readEntry } from "./entry";
import { isTaskList } from "./lists";

// A follow-up e-mail or chat message after a call: a line that ends with a colon ("Here is what we
// agreed:", "По итогам созвона фиксирую договорённости:", "Zusammenfassung der Absprachen:"), then a
// list of sentences, each who does what by when:
//   1) Андрей — до 12.12 поднять тестовый сервер.
//   2) Настроить SPF и DKIM — срочно, без этого письма уходят в спам.
//   4) Перенос архивов — НЕ делаем, архивы остаются на старом сервере.
// No heading says the list is work, and its entries are sentences, so the list readers pass it by.
// A careful reader sees the asks by what the entries carry: an owner, a deadline, an urgency or a
// state, in most of them. The owner and deadline opening an entry are not its title; the remark after
// a dash is its description, and its first words may say its state or urgency.

/** "Андрей — ", "Ana Ruiz – ": a name (one or two capitalised words), then a spaced dash. */
const OWNER_HEAD = /^(\p{Lu}[\p{Ll}'-]+(?:\s\p{Lu}[\p{Ll}'-]+)?)\s+[—–-]\s+/u;
/** "до 12.12 ", "by 3/5 ", "bis 3.12. ", "entro il 5/12 ": a deadline before the ask. */
const DEADLINE_HEAD =
  /^(?:by|until|before|bis(?: zum)?|d'ici(?: le)?|avant le|pour le|para el|antes del|hasta el|entro(?: il)?|até|uiterlijk|voor|до|к|do|na)\s+\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\.?[,:]?\s+/iu;
/** "(Мария)", "(Ana)": a name in parentheses closing the entry is its owner. */
const OWNER_TAIL = /\s*[(（](\p{Lu}[\p{Ll}'-]+(?:\s\p{Lu}[\p{Ll}'-]+)?)[)）]$/u;
/** The remark after the ask: a spaced em or en dash. */
const REMARK = /\s+[—–]\s+/;

interface Ask {
  title: string;
  description: string;
  status: ItemStatus | null;
  priorityLabel: string | null;
  /** Whether the entry says who, by when, how urgent or in what state. */
  signalled: boolean;
}

export function readAsk(text: string, people: ReadonlySet<string> = new Set()): Ask {
  let t = text.replace(/\s+/g, " ").trim().replace(/[.;]+$/, "");
  const notes: string[] = [];
  const owner = t.match(OWNER_HEAD);
  if (owner) {
    notes.push(`Owner: ${owner[1]}`);
    t = t.slice(owner[0].length);
  }
  const deadline = t.match(DEADLINE_HEAD);
  if (deadline) {
    notes.push(`Due: ${deadline[0].trim().replace(/[,:]$/, "")}`);
    t = t.slice(deadline[0].length);
  }
  let status: ItemStatus | null = null;
  let priorityLabel: string | null = null;
  let remark = "";
  const dash = t.match(REMARK);
  if (dash && dash.index! > 0) {
    remark = t.slice(dash.index! + dash[0].length);
    t = t.slice(0, dash.index);
    // "срочно, без этого …", "НЕ делаем, …", "уже сделано": the remark's first clause says the urgency or state.
    const clause = remark.split(/[,;:]/)[0]!.trim();
    if (clause.split(/\s+/).length <= 3) {
      priorityLabel = horizonLabel(clause) ?? findPriorityLabel(clause);
      status = statusWordIn(clause);
    }
  }
  const ownerTail = t.match(OWNER_TAIL);
  if (ownerTail) {
    notes.push(`Owner: ${ownerTail[1]}`);
    t = t.slice(0, ownerTail.index);
  }
  // What is left is an entry like any other: its own marks, keys and remarks (recognise/entry.ts), and
  // its "Rahul: order …" owner slot when the document shows the name is a person (people.ts).
  const parsed = parseMarkdown(t).children[0];
  const entry = parsed?.type === "paragraph" ? readEntry(parsed, { people }) : null;
  const title = entry?.title || t;
  status ??= entry?.status ?? null;
  priorityLabel ??= entry?.priorityLabel ?? null;
  return {
    title,
    description: [remark, entry?.description ?? "", ...notes].filter(Boolean).join(" · "),
    status,
    priorityLabel,
    signalled: notes.length > 0 || status !== null || priorityLabel !== null || /(?:^|· )Owner: /.test(entry?.description ?? ""),
  };
}

/** A short paragraph that ends with a colon: its last sentence introduces the list after it. */
const leadIn = (node: RootContent | undefined): string | null => {
  if (node?.type !== "paragraph") return null;
  const text = plainText(node).replace(/\s+/g, " ").trim();
  if (text.length > 300 || !/[:：]$/.test(text)) return null;
  return text.split(/(?<=[.!?。])\s+/).at(-1) ?? text;
};

/**
 * "Quick summary of what we agreed:", "Here are the next steps:": a lead-in that says the entries
 * were agreed makes them asks even when they carry no owner, deadline or state of their own. One that
 * negates ("what we did not agree on") does not.
 */
const SAYS_AGREED =
  /(?<![\p{L}])(?:(?:what )?we (?:agreed|decided)|agreed (?:on|actions?)|next steps|action items|follow-?ups|was wir (?:vereinbart|beschlossen) haben|ce que nous avons (?:convenu|décidé)|lo que acordamos|quanto concordato|wat we hebben afgesproken|o que combinamos)(?![\p{L}])/iu;
const NEGATED = /(?<![\p{L}])(?:not|nicht|pas|no|non|niet|inte)(?![\p{L}])/iu;
const saysAgreed = (sentence: string) => SAYS_AGREED.test(sentence) && !NEGATED.test(sentence);

export function recogniseAgreedAsks(list: List, previous: RootContent | undefined, ctx: ParseContext): boolean {
  // Where a heading says what the list is, the list readers read it.
  const lead = leadIn(previous);
  if (nearestKind(ctx) !== null || lead === null || list.children.length < 2) return false;
  // Boxes or state marks make a task list, read by the task-list reader (and a legend among them by it too).
  if (isTaskList(list) || list.children.some((item) => item.children[0]?.type !== "paragraph")) return false;
  // "**Gateway** — terminates TLS": a bold term and what it is, a definition, not an owner and an ask.
  if (list.children.some((item) => item.children[0]?.type === "paragraph" && item.children[0].children[0]?.type === "strong")) return false;
  const asks = list.children.map((item) => readAsk(plainText(item.children[0]!), ctx.people));
  if ((!saysAgreed(lead) && asks.filter((a) => a.signalled).length * 2 < asks.length) || asks.some((a) => !a.title)) return false;
  ctx.shapes.add("plain-lists");
  asks.forEach((ask, i) => {
    const status = ask.status ?? "not_started";
    addItem(ctx, {
      origin: "list",
      title: ask.title,
      description: ask.description,
      priorityLabel: ask.priorityLabel,
      status,
      line: lineOf(list.children[i]!),
    });
  });
  return true;
}
