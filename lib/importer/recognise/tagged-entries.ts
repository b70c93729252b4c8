import type { List, Paragraph, Text } from "mdast";
import { plainText } from "../markdown";
import { findPriorityLabel } from "../priority";

// "- **S2** — Signature is lost after rotating the screen", "- **High** – Login popup shows twice":
// bug bashes and triage lists open each entry with its level in bold, then a dash, then the report.
// The same shape is a legend ("- **Critical** — exploitable remotely"), where the bold word is the
// thing defined; a careful reader tells them apart by the levels: a legend names each level once,
// a list of reports repeats them (two entries at S2). In such a list the bold level is a tag — the
// entry's priority (or severity code, read by recognise/severity-codes.ts) — and the words after
// the dash are its title. The list is rewritten in place to the shape the entry reader takes as a
// tag ("**High** Login popup …", "S2 Signature …"), so every reader of lists reads it alike.

/** "S1", "Sev2", "SEV-3": a severity code (its scale is decided by recognise/severity-codes.ts). */
const SEVERITY_CODE = /^(?:s|sev)[-\s]?[0-9]$/i;
/** The dash (or colon) between the bold tag and the entry's words. */
const DASH_AFTER = /^\s*[—–:-]\s+(?=\S)/u;
/** The dash alone in its text, the entry's words following in markup ("**P3** – ~~…~~"). */
const DASH_ALONE = /^\s*[—–:-]\s*$/u;

interface Tag {
  /** The level as written, lower-cased: what must repeat for the list to be reports, not a legend. */
  level: string;
  code: boolean;
  inner: string;
}

/** The bold level opening a paragraph and followed by a dash, or null. */
function tagOf(p: Paragraph | undefined): Tag | null {
  const [first, next] = p?.children ?? [];
  if (first?.type !== "strong" || next?.type !== "text") return null;
  const inner = plainText(first)
    .trim()
    .replace(/\s*[:：]$/u, "")
    .replace(/^[[(（【]\s*|\s*[\])）】]$/gu, "");
  const colonInside = /[:：]\s*$/u.test(plainText(first));
  // "**P3** – ~~Replace the bulb~~ done": the dash may end its text, the entry's words going on in markup.
  const dashThenMarkup = (p?.children.length ?? 0) > 2 && DASH_ALONE.test(next.value);
  if (!inner || inner.length > 30 || !(DASH_AFTER.test(next.value) || dashThenMarkup || (colonInside && /^\s+\S/u.test(next.value)))) return null;
  if (SEVERITY_CODE.test(inner)) return { level: inner.toLowerCase().replace(/[-\s]/g, ""), code: true, inner };
  // Only a priority: "P1", "High", "높음" — one or two words, not "High availability".
  if (inner.split(/\s+/).length > 2 || /[.,;]/.test(inner)) return null;
  const label = findPriorityLabel(inner, { headingOnly: true }) ?? findPriorityLabel(inner);
  return label ? { level: inner.toLowerCase(), code: false, inner } : null;
}

/** Whether every entry opens with a bold level and a dash, and some level repeats. */
export function isTaggedList(list: List): boolean {
  if (list.children.length < 2) return false;
  const tags = list.children.map((item) => tagOf(item.children[0]?.type === "paragraph" ? item.children[0] : undefined));
  if (tags.some((t) => t === null)) return false;
  // A legend names each level once.
  return new Set(tags.map((t) => t!.level)).size < tags.length;
}

/**
 * Rewrites a tagged list's entries in place: "**High** — words" → "**High** words" (the entry
 * reader's leading priority tag, recognise/priority-tags.ts), "**S2** — words" → "S2 words" (a
 * leading severity code). Returns whether the list was one.
 */
export function untagEntries(list: List): boolean {
  if (!isTaggedList(list)) return false;
  for (const item of list.children) {
    const p = item.children[0] as Paragraph;
    const tag = tagOf(p)!;
    const next = p.children[1] as Text;
    const rest = next.value.replace(DASH_AFTER, "").replace(DASH_ALONE, "").replace(/^\s+/, "");
    if (tag.code) {
      p.children.splice(0, 2, { type: "text", value: `${tag.inner} ${rest}`, position: next.position });
    } else {
      p.children[0] = { type: "strong", children: [{ type: "text", value: tag.inner }], position: p.children[0]!.position };
      next.value = ` ${rest}`;
    }
  }
  return true;
}
