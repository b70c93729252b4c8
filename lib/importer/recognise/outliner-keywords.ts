import type { List, ListItem } from "mdast";
import { type ParseContext, addItem } from "../context";
import { lineOf, sourceOf } from "../markdown";
import type { ItemStatus } from "../types";

// Outliner and org-mode task keywords: Logseq, org-mode, Roam, Workflowy and Obsidian's outliner
// plugins write a task as a block that opens with a state keyword in capitals ("- TODO Book the
// venue", "- DOING Draft the FAQ", "* DONE Renew the cert", "- WAITING Legal sign-off"), often
// with a priority cookie ("[#A]"), planning lines ("SCHEDULED: <2026-03-01 Sun>", "DEADLINE: …")
// and properties ("id:: 64f…", ":PROPERTIES:") on the lines below it, among blocks that are plain
// notes. A careful reader takes every keyword block as an item, wherever it sits in the outline,
// and no other block: the keyword says what is work. The keyword is the state, the cookie the
// priority, page links ("[[Platform]]") and tags ("#[[Team]]", ":ops:") markup, not the title.

/** Keyword → state, as the outliners define them (TODO/DOING/DONE, NOW/LATER, org's NEXT/WAIT/HOLD). */
const KEYWORDS: Record<string, ItemStatus> = {
  TODO: "not_started",
  LATER: "not_started",
  NEXT: "not_started",
  DOING: "in_progress",
  NOW: "in_progress",
  STARTED: "in_progress",
  "IN-PROGRESS": "in_progress",
  WAITING: "blocked",
  WAIT: "blocked",
  HOLD: "blocked",
  BLOCKED: "blocked",
  DONE: "done",
  CANCELED: "wont_do",
  CANCELLED: "wont_do",
};
/** The task keywords an outline line may open with (recognise/org-outline.ts tells task headlines by them). */
export const OUTLINER_KEYWORDS: ReadonlySet<string> = new Set(Object.keys(KEYWORDS));
const KEYWORD = new RegExp(`^(${Object.keys(KEYWORDS).join("|")})\\s+(?=\\S)`);
/** Code-comment markers written at the head of a to-do line ("FIXME: …", "XXX …", "HACK …"): work not started. */
const MARKERS: Record<string, ItemStatus> = { FIXME: "not_started", XXX: "not_started", HACK: "not_started", ...KEYWORDS };
// "TODO(kai): …", "FIXME(@mira) …": the code-comment convention names who owns the marker in parentheses.
const LEADING_MARKER = new RegExp(`^(${Object.keys(MARKERS).join("|")})(?:\\(([^()\\s]{1,40})\\))?(?::\\s*|\\s+)(?=\\S)`);

/**
 * A title opening with a keyword or code marker in capitals ("DONE cache lookups", "FIXME: the
 * parser chokes on …", "TODO(kai): drop …"), whichever reader found it: the marker is the state,
 * the name in its parentheses the owner, the rest the title.
 */
export function leadingMarker(title: string): { title: string; status: ItemStatus; owner: string | null } | null {
  const m = title.match(LEADING_MARKER);
  return m ? { title: title.slice(m[0].length), status: MARKERS[m[1]!]!, owner: m[2] ?? null } : null;
}

/** The priority cookie "[#A]": A/B/C are the outliners' high/medium/low (org's default range too). */
const COOKIE = /\[#([A-Ca-c])\]\s*/;
const COOKIE_LABEL: Record<string, string> = { A: "High", B: "Medium", C: "Low" };

/**
 * An entry's first source line, without code and emphasis marks: the lines below it in the same
 * block are properties ("id:: …") and planning ("SCHEDULED: <…>"), which plain text would run in.
 */
function firstLine(item: ListItem, text: string): string {
  const first = item.children[0];
  if (first?.type !== "paragraph") return "";
  return sourceOf(first, text).split("\n")[0]!.replace(/`/g, "").replace(/\*\*|__/g, "").trim();
}

/** Every entry of a list and its nested lists, depth first, with whether an ancestor is a keyword entry. */
function* entries(list: List, text: string, underTask = false): Generator<{ item: ListItem; line: string; keyword: string | null; underTask: boolean }> {
  for (const item of list.children) {
    const line = firstLine(item, text);
    const keyword = line.match(KEYWORD)?.[1] ?? null;
    yield { item, line, keyword, underTask };
    for (const child of item.children) if (child.type === "list") yield* entries(child, text, underTask || keyword !== null);
  }
}

/** A title without its keyword, cookie, page-link brackets, tags and trailing planning words. */
export function outlinerTitle(line: string): { title: string; status: ItemStatus; priorityLabel: string | null } | null {
  const m = line.match(KEYWORD);
  if (!m) return null;
  let rest = line.slice(m[0].length);
  const cookie = rest.match(COOKIE);
  if (cookie) rest = rest.replace(COOKIE, "");
  const title = rest
    // "SCHEDULED: <…>" / "DEADLINE: <…>" written on the same line are planning, not title.
    .replace(/\s+(?:SCHEDULED|DEADLINE|CLOSED):.*$/, "")
    // org-mode tags at the end of a headline: ":ops:infra:".
    .replace(/\s+:(?:[\p{L}\p{N}_@#%]+:)+\s*$/u, "")
    // "#[[Team Fox]]", "#tag": tags; "[[Platform]]": a page link, whose text is kept.
    .replace(/(?:^|\s)#\[\[[^\]]*\]\]/g, "")
    .replace(/\[\[([^\]]*)\]\]/g, "$1")
    .replace(/\s+#[\p{L}\p{N}_-]+(?=\s*$)/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  return { title, status: KEYWORDS[m[1]!]!, priorityLabel: cookie ? COOKIE_LABEL[cookie[1]!.toUpperCase()]! : null };
}

/**
 * A list (outline) in which two or more blocks open with two different keywords (so a lone "TODO"
 * note in an ordinary list stays with the other readers): its keyword blocks are the items, a
 * keyword block's nested blocks its description (nested keyword blocks are its checklist).
 */
export function recogniseOutlinerList(list: List, ctx: ParseContext): boolean {
  const keyed = [...entries(list, ctx.text)].filter((e) => e.keyword !== null);
  // One keyword throughout ("TODO x", "TODO y") may be plain-text to-do flags (recognise/flagged-todos.ts);
  // a priority cookie after it ("TODO [#B] …") is the outliners' own syntax.
  const cookie = keyed.some((e) => /^\S+\s+\[#[A-Ca-c]\]/.test(e.line));
  if (keyed.length === 0 || (!cookie && (keyed.length < 2 || new Set(keyed.map((e) => e.keyword)).size < 2))) return false;
  ctx.shapes.add("outliner-keywords");
  for (const { item, line, underTask } of keyed) {
    if (underTask) continue;
    const read = outlinerTitle(line);
    if (!read?.title) continue;
    const nested = item.children.filter((c): c is List => c.type === "list").flatMap((l) => [...entries(l, ctx.text, true)]);
    const checklist = nested
      .map((e) => outlinerTitle(e.line))
      .filter((r): r is NonNullable<typeof r> => !!r?.title)
      .map((r) => ({ kind: "action" as const, text: r.title, done: r.status === "done" }));
    const notes = nested.filter((e) => e.keyword === null && e.line && !/^(?:SCHEDULED|DEADLINE|CLOSED):|^[\w-]+::/.test(e.line)).map((e) => e.line);
    addItem(ctx, {
      origin: "list",
      title: read.title,
      description: notes.join("\n"),
      priorityLabel: read.priorityLabel,
      status: read.status,
      checklist,
      line: lineOf(item),
    });
  }
  return true;
}
