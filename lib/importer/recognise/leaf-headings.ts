import type { Heading, List, RootContent } from "mdast";
import { cleanHeading, headingStatus } from "../clean";
import { categoryOf, nearestKind, sectionPriority, sectionStatus, type ParseContext, type Section, addItem } from "../context";
import { lineOf, plainText, sourceOf } from "../markdown";
import { sectionFromHeading } from "../sections";
import { stateOnly, statusAroundDescription } from "../status-words";
import { isOutlineLines } from "./outline-lines";
import { plainRowsTable } from "./plain-rows";
import { proseFieldPriority } from "./prose-fields";
import { readTitleLine } from "./title-parts";
import { groupsBoldRecords } from "./record-groups";
import { leafHeadingKey } from "./leaf-heading-key";
import { cardChecklists } from "./card-checklists";
import { listEntries } from "./records";

// `# Backlog` / `## Styling` / `### No spacing scale` + a paragraph: under a backlog-like heading,
// each leaf heading with prose under it is an item and its prose the description (issue 18, shape 6).

const PROSE = new Set<RootContent["type"]>(["paragraph", "code", "blockquote", "html", "thematicBreak"]);

/** The last leaf heading read as an item, per parse: its depth and category. */
const lastLeaf = new WeakMap<ParseContext, { depth: number; category: string }>();

export function recogniseLeafHeading(heading: Heading, whole: RootContent[], next: RootContent | undefined, titleKind: Section["kind"], ctx: ParseContext): boolean {
  if (heading.depth < 2) return false;
  // "Checklist: 0/3" over "- [ ] …" in a board's card: the card's steps, read as its checklist (recognise/card-checklists.ts).
  const steps = cardChecklists(whole, ctx.text);
  const body = steps ? whole.filter((n) => !steps.has(n as List)) : whole;
  // A leaf: nothing deeper follows, and only prose sits under it (a list or table is read on its own).
  if (next?.type === "heading" && next.depth > heading.depth) return false;
  // A bare heading among sibling items ("## Long names overflow" after "## Totals off by a cent" + prose)
  // is one more of them, said in its title alone.
  const sibling = lastLeaf.get(ctx);
  const bareSibling = body.length === 0 && sibling?.depth === heading.depth && sibling.category === categoryOf(ctx).join("\u0000");
  // The same under the next priority or state group ("## P3 — after GA" → "### Web UI for job history"
  // after "### Schema drift alerts" + prose under "## P1"): the groups rank the same kind of item.
  const parent = ctx.stack.at(-1);
  const bareCousin = body.length === 0 && sibling?.depth === heading.depth && !!parent && parent.depth === heading.depth - 1 && !!(parent.priorityLabel || parent.status);
  if (!bareSibling && !bareCousin && (body.length === 0 || !body.every((n) => PROSE.has(n.type)) || !body.some((n) => n.type === "paragraph"))) return false;
  // "## Running" over "**EXP-14 — …**" paragraphs: a group of records, not one (recognise/record-groups.ts).
  if (groupsBoldRecords(body)) return false;
  // "## 1. Preparation" over "1.1 …" / "1.2 …" lines is a phase: its lines are the items.
  if (body.some((n) => isOutlineLines(n, ctx.text))) return false;
  // Rows pasted without table syntax (tabs, CSV, aligned columns) are a table, read on its own.
  if (body.some((n) => (n.type === "paragraph" || n.type === "code") && plainRowsTable(n, ctx) !== null)) return false;
  const kind = nearestKind(ctx) ?? titleKind;
  if (kind !== "tasks") return false;
  // "## Notes", "## FAQ", "## How we prioritise" are about the plan, not work in it.
  // A heading opening with a ticket key ("sc-8813 Dead-letter queue for malformed events") names one
  // tracked thing: its closing word does not make it a section of notes.
  const raw = plainText(heading);
  const own = leafHeadingKey(raw.trim()).key ? null : sectionFromHeading(heading).kind;
  if (own !== null && own !== "tasks") return false;
  // "## Not doing", "## Done", "## Erledigt" over prose: a state group with nothing in it, not a piece of work.
  if (stateOnly(raw)) return false;
  // "Card: Cookie banner redesign", "Priya: … (est. 2d)": the heading's title without its other parts.
  const line = readTitleLine(cleanHeading(raw), ctx.people ?? new Set());
  // "P3-002: Title 🧩 ARCHITECTURE": a ticket key and a category tag are not title (recognise/leaf-heading-key.ts).
  const keyed = leafHeadingKey(line.title);
  const title = keyed.title;
  if (!title) return false;
  // "Erledigt — ging schneller als gedacht.", "Bloqueado: falta o contrato.": the prose opens (or closes) with the item's state.
  const opening = body.find((n) => n.type === "paragraph");
  const said = opening ? statusAroundDescription(plainText(opening)) : null;
  const status = headingStatus(raw) ?? line.status ?? said ?? sectionStatus(ctx) ?? "not_started";
  ctx.shapes.add("leaf-headings");
  lastLeaf.set(ctx, { depth: heading.depth, category: categoryOf(ctx).join("\u0000") });
  addItem(ctx, {
    origin: "record",
    key: line.key ?? keyed.key,
    title,
    description: [line.notes.join(" · "), ...body.filter((n) => n.type !== "thematicBreak").map((n) => sourceOf(n, ctx.text))]
      .filter(Boolean)
      .join("\n\n")
      .trim(),
    // "… Prio: **hoch** · Aufwand: 15 PT": a priority field said in the prose (recognise/prose-fields.ts).
    priorityLabel: line.priorityLabel ?? proseFieldPriority(body.filter((n) => n.type === "paragraph").map((n) => sourceOf(n, ctx.text)).join("\n")) ?? sectionPriority(ctx),
    status,
    effortHours: line.effortHours,
    checklist: steps ? [...steps].flatMap((list) => listEntries(list, "action", ctx.text, [])) : [],
    line: lineOf(heading),
  });
  return true;
}
