// YAML front matter ("---" lines around `key: value` lines at the very top of a file), as static
// site generators, Obsidian and docs portals write it. Only flat `key: value` lines are read: the
// runbook import needs the title; the other fields stay in the body as the author wrote them.

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const FIELD = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/;

/** The front matter's flat fields and what follows it; no front matter gives no fields and the whole text. */
export function splitFrontMatter(text: string): { fields: Map<string, string>; rest: string; block: string } {
  const match = FRONT_MATTER.exec(text);
  // Without one `key: value` line, "---" at the top is a thematic break, not front matter.
  const lines = match?.[1]?.split("\n") ?? [];
  if (!match || !lines.some((line) => FIELD.test(line))) return { fields: new Map(), rest: text, block: "" };
  const fields = new Map<string, string>();
  for (const line of lines) {
    const field = FIELD.exec(line);
    if (field) fields.set(field[1]!.toLowerCase(), unquote(field[2]!.trim()));
  }
  return { fields, rest: text.slice(match[0].length), block: match[0] };
}

/** `"Internal CA rotation"` or `'…'` → the text inside the quotes. */
const unquote = (value: string): string => /^(["'])(.*)\1$/.exec(value)?.[2] ?? value;
