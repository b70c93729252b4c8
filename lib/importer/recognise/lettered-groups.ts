import type { List, ListItem, RootContent } from "mdast";
import { cleanHeading } from "../clean";
import type { ParseContext } from "../context";
import { lineOf, parseMarkdown, sourceOf } from "../markdown";
import { isTaskList, recognisePlainList, recogniseTaskList } from "./lists";

// "1. Formularios / 1a. Asociar cada campo… / 1b. Anunciar los errores…": a numbered list whose
// entries are groups, each over sub-lettered lines (1a, 1b, 2a; "1.a)", "a)", "(b)" in other
// hands). Markdown has no lettered list, so the lettered lines run into the entry's paragraph. A
// careful reader sees an outline: the numbered line names the group, the lettered lines are the work
// (as "1.1 / 1.2" outline numbers are, recognise/outline-lines.ts). The letters must run a, b, c… from
// "a" under each number (with the entry's own number when they carry one), so a sentence that happens
// to open with "a)" is no outline. The lettered lines are read as the list they are, under the group
// name; the letter key is numbering, not title.

/** "1a. ", "1a) ", "1.a ", "1.a) ", "a. ", "a) ", "(a) ": the number (if any), the letter, the text. */
const LETTERED = /^\s{0,12}\(?(?:(\d{1,3})\.?)?([a-z])[.)]\s+(\S.{0,400})$/;

interface Group {
  label: string;
  line: number;
  entries: { text: string; line: number }[];
}

/** The group of one numbered entry: its first line, then only lettered lines in sequence; null otherwise. */
function groupOf(item: ListItem, number: number, text: string): Group | null {
  const blocks = item.children;
  if (blocks.length === 0 || !blocks.every((b) => b.type === "paragraph")) return null;
  const lines: { text: string; line: number }[] = [];
  for (const block of blocks) {
    const start = lineOf(block);
    sourceOf(block, text)
      .split("\n")
      .forEach((l, k) => {
        if (l.trim()) lines.push({ text: l, line: start + k });
      });
  }
  const [head, ...rest] = lines;
  if (!head || rest.length === 0 || LETTERED.test(head.text)) return null;
  const entries: Group["entries"] = [];
  for (const [k, l] of rest.entries()) {
    const m = LETTERED.exec(l.text);
    if (!m || m[2]!.charCodeAt(0) !== 97 + k || (m[1] !== undefined && Number(m[1]) !== number)) return null;
    entries.push({ text: m[3]!, line: l.line });
  }
  return { label: head.text.trim(), line: head.line, entries };
}

/** A numbered list of groups over sub-lettered lines: the lettered lines are read as lists under their group. */
export function recogniseLetteredGroups(list: List, ctx: ParseContext): boolean {
  if (!list.ordered || list.children.length === 0) return false;
  const start = list.start ?? 1;
  const groups = list.children.map((item, i) => groupOf(item, start + i, ctx.text));
  if (groups.some((g) => g === null)) return false;
  ctx.shapes.add("lettered-lines");
  for (const group of groups as Group[]) {
    ctx.stack.push({ depth: 99, segments: [cleanHeading(group.label)].filter(Boolean), priorityLabel: null, status: null, kind: null, raw: group.label, line: group.line });
    const nested = parseMarkdown(group.entries.map((e) => `- ${e.text}`).join("\n")).children.find((n: RootContent): n is List => n.type === "list");
    const before = ctx.items.length;
    if (nested) {
      if (!(isTaskList(nested) && recogniseTaskList(nested, ctx))) recognisePlainList(nested, ctx);
    }
    // Lines of the entries as the document numbers them (the list read was built from them alone).
    for (const item of ctx.items.slice(before)) item.line = group.entries[item.line - 1]?.line ?? group.line;
    ctx.stack.pop();
  }
  return true;
}
