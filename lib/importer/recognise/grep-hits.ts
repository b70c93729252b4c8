import type { Code, Paragraph } from "mdast";
import { addItem, nearestKind, sectionPriority, type ParseContext } from "../context";
import { lineOf } from "../markdown";

// The output of a search for code-comment markers pasted into a plan: `grep -rn "TODO\|FIXME"`,
// `rg -n`, `git grep -n`, `ack`, or an IDE's list of to-dos, one hit a line:
//   src/tax/vat.ts:12:// TODO(jonas): load VAT rates from the table
//   lib/util.py:40:    # FIXME: breaks on empty input
//   Foo.cs(88,5): // HACK: ...                        (the compiler's file(line,col) form)
//   src/jobs/dunning.ts                               (rg --heading: the path, then its hits)
//   34:// TODO: exponential backoff
// A careful reader takes each marked hit as a task: the comment's text is its title, the path is its
// file; the line number, the comment slashes, the marker and its owner ("(jonas)") are not the task.
// The block is read only when every line is search output (hits, a path heading, the command, the
// "--" between context groups), so a TODO written in prose, or a file:line cited in a sentence, is not.

const MAX_LINES = 2_000;
/** "path:12:", "path:12:5:", "path-12-" (a context line of grep -C): the path, the line, the rest. */
const HIT = /^([^\s:]{1,300}):(\d{1,7})(?::\d{1,5})?[:-](.{0,500})$/;
const CONTEXT = /^[^\s:]{1,300}-\d{1,7}-/;
/** "Foo.cs(88,5): …": the form compilers and IDEs print. */
const PAREN_HIT = /^([^\s:(]{1,300})\((\d{1,7})(?:,\d{1,5})?\)\s?:(.{0,500})$/;
/** rg --heading: "34:// TODO …" under a path line. */
const BARE_HIT = /^(\d{1,7})(?::\d{1,5})?[:-](.{0,500})$/;
/** A comment opener, the marker, who it is for, a separator: "// TODO(jonas): ", "# FIXME ", "/* XXX - ", "@todo ". */
const MARKED =
  /^\s{0,40}(?:\/\/+!?|#+|\/\*+|\*+|--+|;+|<!--|%+|'|REM\s|"""|\{#|\{\{!--)?\s{0,10}(?:TODO|FIXME|HACK|XXX|BUG|FIX|OPTIMIZE|TBD|@todo|@fixme)\b(?:\s?[([][^)\]\n]{1,40}[)\]])?\s{0,5}[:：—–-]?\s{0,10}(\S.{2,400})$/;
/** A comment closer left at the end of the text. */
const CLOSER = /\s*(?:\*\/|-->|#\}|--\}\})\s*$/;
/** "$ rg -n …", "> grep …", "PS C:\> …": the command that was run. */
const COMMAND = /^(?:\$|>|%|PS\s[^>]{0,200}>)\s/;

const looksLikePath = (path: string) => /[/\\]/.test(path) || /\.[A-Za-z][A-Za-z0-9]{0,9}$/.test(path);

interface Hit {
  file: string;
  said: string;
  offset: number;
}

/** The hits of a block of search output, or null when a line is something else. */
export function grepHits(text: string): Hit[] | null {
  const lines = text.split("\n");
  if (lines.length > MAX_LINES) return null;
  const hits: Hit[] = [];
  let heading: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (!line.trim() || line === "--" || COMMAND.test(line)) continue;
    const hit = HIT.exec(line) ?? PAREN_HIT.exec(line);
    if (hit && looksLikePath(hit[1]!)) {
      hits.push({ file: hit[1]!, said: hit[3]!, offset: i });
      continue;
    }
    if (CONTEXT.test(line)) continue;
    const bare = heading !== null ? BARE_HIT.exec(line) : null;
    if (bare) {
      hits.push({ file: heading!, said: bare[2]!, offset: i });
      continue;
    }
    if (!/\s/.test(line) && looksLikePath(line)) {
      heading = line;
      continue;
    }
    return null;
  }
  return hits;
}

/** The comment's text of a marked hit ("// TODO(jonas): load rates" → "load rates"), or null. */
export function markedText(said: string): string | null {
  const m = MARKED.exec(said);
  return m ? m[1]!.replace(CLOSER, "").trim() || null : null;
}

/** A block of TODO / FIXME search output: each marked hit is a task with its file. */
export function recogniseGrepHits(node: Code | Paragraph, ctx: ParseContext): boolean {
  const kind = nearestKind(ctx);
  if (kind === "legend" || kind === "metrics") return false;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return false;
  const text = node.type === "code" ? node.value : ctx.text.slice(start, end);
  const hits = grepHits(text);
  if (!hits || hits.length === 0) return false;
  const marked = hits.map((h) => ({ ...h, title: markedText(h.said) }));
  const tasks = marked.filter((h) => h.title !== null);
  // A search for something else ("password") that passes a TODO is not a sweep of to-dos.
  if (tasks.length * 2 < hits.length) return false;
  ctx.shapes.add("marker-lines");
  const first = lineOf(node) + (node.type === "code" ? 1 : 0);
  for (const hit of tasks) {
    addItem(ctx, { origin: "list", title: hit.title!, status: "not_started", priorityLabel: sectionPriority(ctx), line: first + hit.offset, checklist: [{ kind: "file", text: hit.file, done: false }] });
  }
  return true;
}
