// Plain-text notes name a group with a line in square brackets ("[DONE]", "[IN ARBEIT]") above its list: a heading for that list.
import type { Heading, RootContent } from "mdast";
import type { Section } from "../context";
import { plainText } from "../markdown";
import { sectionFromHeading } from "../sections";

/** Depth below any real heading: the label covers only the list right after it (as recognise/list-labels.ts). */
const LABEL_DEPTH = 7;
const MAX_WORDS = 6;
/** "[DONE]", "[Đang làm]", "[ NEXT ]": words in brackets, nothing else on the line; "[x]" and "[ ]" are boxes. */
const LABEL = /^\[[ \t]*([^\][\n]{2,60}?)[ \t]*\]:?$/u;

/** The words of a bracketed label line, or null for any other paragraph. */
export function bracketLabelText(node: RootContent | undefined): string | null {
  if (node?.type !== "paragraph") return null;
  const text = plainText(node).trim();
  const m = text.match(LABEL);
  if (!m) return null;
  const said = m[1]!;
  // A link text or a footnote is no label: "[see the docs]" carries a link, "[^1]" a footnote mark.
  if (node.children.some((c) => c.type === "link" || c.type === "linkReference" || c.type === "footnoteReference")) return null;
  if (!/\p{L}/u.test(said) || said.startsWith("^") || said.split(/\s+/).length > MAX_WORDS) return null;
  return said;
}

/** The section a bracketed label opens for the list right after it, when it names a state or says the entries are work. */
export function bracketLabel(node: RootContent | undefined): Section | null {
  const said = bracketLabelText(node);
  if (said === null) return null;
  const heading: Heading = { type: "heading", depth: 6, children: [{ type: "text", value: said }], position: node!.position };
  const section = sectionFromHeading(heading);
  // Only a state or a work word makes the line a label; "[Draft]" or "[WIP: ask Ana]" might be a remark.
  return section.status || section.priorityLabel || section.kind === "tasks" ? { ...section, segments: [], depth: LABEL_DEPTH } : null;
}
