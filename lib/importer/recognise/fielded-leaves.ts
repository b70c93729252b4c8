// A leaf heading whose prose gives it a priority field ("… Priority: high.") is an item, whatever its section is called.
import type { Heading, RootContent } from "mdast";
import type { Section } from "../context";
import { proseFieldPriority } from "./prose-fields";

// A specification or a Word export lists its requirements as numbered leaf headings ("2.1.1 Sign with a
// qualified certificate") under a scope heading that is no work word ("Scope of changes", "Zakres zmian").
// The writer who ranks one in its own prose ("Priority: high.", "Prioridad: alta") treats it as a piece of
// work to schedule; a careful reader does too. Only a priority field counts: a topic section's prose rarely
// ranks itself, and a document whose title says it holds notes ("# Design principles") stays notes. One such
// heading alone in an essay ("We use Postgres. Priority: P1") is no list of requirements: at least two must rank themselves.

const PROSE = new Set<RootContent["type"]>(["paragraph", "code", "blockquote", "html", "thematicBreak"]);

/** Whether the prose under a heading says the heading's priority as a field. */
export function ranksItself(body: RootContent[], text: string): boolean {
  if (body.length === 0 || !body.every((n) => PROSE.has(n.type))) return false;
  const prose = body
    .filter((n) => n.type === "paragraph" && n.position)
    .map((n) => text.slice(n.position!.start.offset, n.position!.end.offset))
    .join("\n");
  return prose.length > 0 && proseFieldPriority(prose) !== null;
}

const MIN_RANKED = 2;

/** The leaf headings (none deeper right after them) whose prose ranks them, when the document has at least two; one pass. */
export function rankedLeaves(nodes: RootContent[], text: string): Set<Heading> {
  const found = new Set<Heading>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== "heading" || node.depth < 2) continue;
    let end = i + 1;
    while (end < nodes.length && nodes[end]!.type !== "heading") end++;
    const next = nodes[end];
    if (next?.type === "heading" && next.depth > node.depth) continue;
    if (ranksItself(nodes.slice(i + 1, end), text)) found.add(node);
  }
  return found.size >= MIN_RANKED ? found : new Set();
}

/** The kind a leaf heading is read under: work, when no nearer heading says otherwise and its prose ranks it. */
export function fieldedLeafKind(ranked: boolean, nearest: Section["kind"], titleKind: Section["kind"]): Section["kind"] {
  if (!ranked || nearest !== null || (titleKind !== null && titleKind !== "tasks")) return titleKind;
  return "tasks";
}
