import type { Paragraph, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { writesAProcedure } from "./drill-steps";
import { collapse } from "./text";

// Many runbooks written in chat tools, wikis and document exports have no headings: each part is
// announced by a line that is nothing but bold text ("**Prep**", "__Restore:__") with its checklist
// or numbered steps right under it. Such a line does the work of a heading, so a body without
// headings is cut at those lines the way outline.ts cuts a body at its headings. A paragraph opening
// with a bold run-in label ("**Before you start:** make sure …") is a part of its own too, when
// the label names a stage of the procedure (outline.ts decides).

/** One part of a headingless body: its bold label line and the nodes up to the next label. */
export interface LabelledPart {
  label: string;
  labelNode: Paragraph;
  nodes: RootContent[];
}

const MAX_LABEL_CHARS = 80;

/**
 * The label of a paragraph that is only bold text, optionally with a colon inside or after it
 * ("**Prep**", "**Check the data:**", "__Aufräumen__:"), or undefined. A bold lead-in followed by
 * more text ("**Note:** do not …") is a sentence, not a label.
 */
export function boldLabel(node: RootContent): string | undefined {
  if (node.type !== "paragraph") return undefined;
  const parts = node.children.filter((child) => !(child.type === "text" && /^\s*:?\s*$/.test(child.value)));
  const [only] = parts;
  if (parts.length !== 1 || only?.type !== "strong") return undefined;
  const label = collapse(toString(only)).replace(/\s*:$/, "");
  return label !== "" && label.length <= MAX_LABEL_CHARS ? label : undefined;
}

/**
 * A headingless body's parts, cut at each bold label line directly followed by what a procedure is
 * written in (a list, a checklist, a step table); undefined unless there are two or more (one bold
 * line is emphasis, not structure). `lead` is what precedes the first label.
 */
export function splitAtLabels(nodes: RootContent[]): { lead: RootContent[]; parts: LabelledPart[] } | undefined {
  const isLabelAt = (i: number): boolean => {
    const next = nodes[i + 1];
    return boldLabel(nodes[i]!) !== undefined && next !== undefined && (next.type === "list" || writesAProcedure([next]));
  };
  const lead: RootContent[] = [];
  const parts: LabelledPart[] = [];
  nodes.forEach((node, i) => {
    if (isLabelAt(i)) parts.push({ label: boldLabel(node)!, labelNode: node as Paragraph, nodes: [] });
    else (parts.at(-1)?.nodes ?? lead).push(node);
  });
  return parts.length >= 2 ? { lead, parts } : undefined;
}

/**
 * The bold run-in label opening a paragraph ("**Before you start:** make sure …", "**Vorher**: …")
 * and the text after it, or undefined. The colon (inside or right after the bold text) is what
 * makes it a label rather than an emphasised first word.
 */
export function runInLabel(node: RootContent): { label: string; text: string } | undefined {
  if (node.type !== "paragraph") return undefined;
  const [first, ...rest] = node.children;
  if (first?.type !== "strong") return undefined;
  const bold = collapse(toString(first));
  const after = collapse(rest.map((child) => toString(child)).join(""));
  const colonInside = bold.endsWith(":");
  if (!colonInside && !after.startsWith(":")) return undefined;
  const label = bold.replace(/\s*:$/, "");
  const text = colonInside ? after : after.slice(1).trim();
  return label !== "" && label.length <= MAX_LABEL_CHARS && text !== "" ? { label, text } : undefined;
}

// "Problem: login fails", "Problem: no mail"; "Fall 1 – Drucker", "Fall 2 – Scanner"; "Проблема:
// …": labels opening with one and the same word before a colon, dash or bracket (after an optional
// number or letter) name a series of cases of one kind. The shared kind word is what says the bold
// lines are the document's structure, even when the lists under them are bulleted.
const KIND_PREFIX = /^(\p{L}+)(?:\s+(?:\p{N}+|\p{Lu}))?\s*[:：.)–—-]\s*\S/u;

/** Whether every label opens with the same kind word ("Problem: …", "Case 2 – …"), two or more of them. */
export function sharesAKindWord(labels: readonly string[]): boolean {
  const words = labels.map((label) => KIND_PREFIX.exec(label)?.[1]?.toLowerCase());
  return words.length >= 2 && words[0] !== undefined && words.every((word) => word === words[0]);
}
