import type { RootContent } from "mdast";

// A document that yields no items says why, naming the shape it saw, so the user can adjust the
// document instead of importing nothing silently (issue 18).

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function noItemsMessage(nodes: RootContent[], headingsSeen: string[]): string {
  const lists = nodes.filter((n) => n.type === "list");
  const numbered = lists.filter((l) => l.type === "list" && l.ordered).length;
  const parts = [
    count(nodes.filter((n) => n.type === "paragraph").length, "paragraph"),
    lists.length - numbered ? count(lists.length - numbered, "bulleted list") : "",
    numbered ? count(numbered, "numbered list") : "",
    nodes.some((n) => n.type === "table") ? count(nodes.filter((n) => n.type === "table").length, "table") : "",
  ].filter(Boolean);
  const headings = headingsSeen.length ? `headings looked like ${headingsSeen.slice(0, 12).join("; ")}` : "the document has no headings";
  return (
    `Read as prose; no tasks found — ${headings} (${parts.join(", ")}). ` +
    `Lists are read as tasks when they have checkboxes or sit under a heading such as "Tasks", "Backlog", "Next steps", "Must have" or a priority.`
  );
}
