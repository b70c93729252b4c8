import type { Heading, RootContent } from "mdast";
import { cleanHeading, headingStatus } from "../clean";
import { categoryOf, nearestKind, sectionPriority, sectionStatus, type ParseContext, type Section } from "../context";
import { lineOf, plainText, sourceOf } from "../markdown";
import { sectionFromHeading } from "../sections";
import { readTitleLine } from "./title-parts";

// `# Backlog` / `## Styling` / `### No spacing scale` + a paragraph: under a backlog-like heading,
// each leaf heading with prose under it is an item and its prose the description (issue 18, shape 6).

const PROSE = new Set<RootContent["type"]>(["paragraph", "code", "blockquote", "html", "thematicBreak"]);

export function recogniseLeafHeading(heading: Heading, body: RootContent[], next: RootContent | undefined, titleKind: Section["kind"], ctx: ParseContext): boolean {
  if (heading.depth < 2) return false;
  // A leaf: nothing deeper follows, and only prose sits under it (a list or table is read on its own).
  if (next?.type === "heading" && next.depth > heading.depth) return false;
  if (body.length === 0 || !body.every((n) => PROSE.has(n.type)) || !body.some((n) => n.type === "paragraph")) return false;
  const kind = nearestKind(ctx) ?? titleKind;
  if (kind !== "tasks") return false;
  // "## Notes", "## FAQ", "## How we prioritise" are about the plan, not work in it.
  const own = sectionFromHeading(heading).kind;
  if (own !== null && own !== "tasks") return false;
  const raw = plainText(heading);
  // "Card: Cookie banner redesign", "Priya: … (est. 2d)": the heading's title without its other parts.
  const line = readTitleLine(cleanHeading(raw), ctx.people ?? new Set());
  const title = line.title;
  if (!title) return false;
  const status = headingStatus(raw) ?? line.status ?? sectionStatus(ctx) ?? "not_started";
  ctx.shapes.add("leaf-headings");
  ctx.items.push({
    origin: "record",
    key: line.key,
    title,
    description: [line.notes.join(" · "), ...body.filter((n) => n.type !== "thematicBreak").map((n) => sourceOf(n, ctx.text))]
      .filter(Boolean)
      .join("\n\n")
      .trim(),
    category: categoryOf(ctx),
    priority: null,
    priorityLabel: sectionPriority(ctx),
    status,
    severity: null,
    effortHours: line.effortHours,
    done: status === "done",
    checklist: [],
    line: lineOf(heading),
  });
  return true;
}
