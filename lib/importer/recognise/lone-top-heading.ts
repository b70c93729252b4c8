import type { Heading, RootContent } from "mdast";
import { isHeading } from "../markdown";

// A document pasted from a wiki or a PR often opens with "## Release checklist — v4.12" instead of an
// H1, and every other heading sits below it ("### Before branch cut", "### QA"). That first heading is
// the document's name, as an H1 would be: no category level of its own. It counts as the title only
// when it is the first heading, the document has no H1, no other heading is as shallow, and deeper
// headings follow it (a lone "## Tasks" over a list stays a section).

/** The first heading when it is the only one at its depth or shallower and headings nest under it. */
export function loneTopHeading(nodes: readonly RootContent[]): Heading | undefined {
  const headings = nodes.filter(isHeading);
  const first = headings[0];
  if (!first || first.depth === 1 || nodes.find((n) => n.type !== "html" && n.type !== "yaml" && n.type !== "definition") !== first) return undefined;
  const rest = headings.slice(1);
  if (rest.length === 0 || rest.some((h) => h.depth <= first.depth)) return undefined;
  return first;
}
