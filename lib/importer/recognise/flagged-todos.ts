import type { List, ListItem } from "mdast";
import type { ParseContext } from "../context";
import { plainText } from "../markdown";
import { readPickedEntries } from "./picked-entries";

// Plain-text notes ("standup notes wed", a scratch file, a chat summary) list what happened and, here
// and there, flag a line as something to do: "- TODO: bump axios", "- FIXME: the export drops …",
// "- rotate the sentry dsn  <-- TODO today", "- ask legal (TODO)". No heading says the list is work;
// a careful reader takes the flagged lines as the tasks and the rest ("ci is red, alex looking",
// "dashboard done", "mira out thu/fri") as the news they are. Where no heading says the list is work,
// or one says it is notes ("Discussion", "Risks"): the flag is the plain-text writer's checkbox, and a
// box is work under those headings too. Under "Tasks" every entry is work anyway; a legend or targets
// are read as such.

/** "TODO: …", "FIXME …", "ACTION: …" opening the entry, in capitals; "todo:", "To do:" with a colon. */
const LEADING = /^(?:(?:TODO|FIXME|ACTION)(?:\([^()\s]{1,40}\))?(?:\s*:|\s+(?=\S))|(?:todo|to ?do|action item|action)\s*:)/i;
const LEADING_CAPS = /^(?:TODO|FIXME|ACTION)/;
/** "… <-- TODO today", "… ← TODO", "… => todo", "… (TODO)": a flag pointing at the line, with a few words of when. */
const TRAILING_ARROW = /\s*(?:<-{1,3}|<={1,2}|←|⟵|-{1,2}>|={1,2}>|→)\s*(?:TODO|to ?do|action)(?![\p{L}\p{N}])[^\n]{0,40}$/iu;
const TRAILING_PAREN = /\s*[([]\s*(?:TODO|to ?do)\s*[)\]]\s*$/i;

/** The flag of one entry: "leading" (the title reader takes "TODO:" off), "trailing" (taken off here), or null. */
function flagOf(item: ListItem): "leading" | "trailing" | null {
  const first = item.children[0];
  if (first?.type !== "paragraph") return null;
  const line = plainText(first).split("\n")[0]!.trim();
  if (line.length > 500) return null;
  const lead = line.match(LEADING);
  // "todo:" in lower case needs its colon; "TODO" in capitals is a flag with or without one.
  if (lead && (lead[0].includes(":") || LEADING_CAPS.test(lead[0]))) return "leading";
  return TRAILING_ARROW.test(line) || TRAILING_PAREN.test(line) ? "trailing" : null;
}

/** Takes a trailing flag off the entry's last text (the flag and its few words of when are no title). */
function unflag(item: ListItem): void {
  const first = item.children[0];
  if (first?.type !== "paragraph") return;
  const last = first.children.at(-1);
  if (last?.type !== "text") return;
  last.value = last.value.replace(TRAILING_ARROW, "").replace(TRAILING_PAREN, "");
}

/**
 * A list no heading calls work, with entries flagged as to-dos (see above): the flagged entries are
 * read as items, the others are not. Returns whether the list was one (and is read).
 */
export function recogniseFlaggedTodos(list: List, ctx: ParseContext): boolean {
  const kind = [...ctx.stack].reverse().find((s) => s.kind)?.kind ?? ctx.titleKind ?? null;
  if ((kind !== null && kind !== "notes") || list.children.some((item) => typeof item.checked === "boolean")) return false;
  const flags = list.children.map(flagOf);
  if (!flags.some(Boolean)) return false;
  ctx.shapes.add("flagged-todos");
  const flagged = list.children.filter((_, i) => flags[i] !== null);
  for (const [i, item] of list.children.entries()) if (flags[i] === "trailing") unflag(item);
  // The flagged entries alone, read as a plain list under a section that says they are work.
  readPickedEntries(flagged, list, ctx);
  return true;
}
