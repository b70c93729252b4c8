import type { Code } from "mdast";
import { nearestKind, type ParseContext } from "../context";
import { lineOf } from "../markdown";
import type { ItemStatus } from "../types";
import { lineEntry, readPickedEntries } from "./picked-entries";

// A branch's history pasted into notes before a break or a handover, `git log --oneline`:
//   9f3e2a1 (HEAD -> offline-sync) WIP: conflict resolution for edited+deleted notes
//   c81d0b4 TODO: retry queue loses items on app kill — persist to IndexedDB
//   77ab912 add SyncQueue tests
// A log is history: the commits are work done. The writer marks what is not finished the way commit
// subjects do, "TODO:" / "FIXME:" for a placeholder commit, "WIP:" for one half-done, and a careful
// reader takes those commits as the work left (WIP in progress), their subject without the marker as
// the title; the hash, the "(HEAD -> …)" decoration and the other commits are not items. The block is
// read only when every line is a commit line or the command that printed them.

const MAX_LINES = 2_000;
/** "9f3e2a1 (HEAD -> main, origin/main) subject": an abbreviated or full hash, its refs, the subject. */
const COMMIT = /^\s{0,4}(?:\*\s+)?[0-9a-f]{7,40}\s+(?:\([^()\n]{1,200}\)\s+)?(\S.{0,500})$/;
/** "$ git log --oneline main..feature": the command that printed the log. */
const COMMAND = /^\s*(?:\$|>|%|PS\s[^>]{0,200}>)\s/;
/** The subject's marker: "TODO:", "FIXME", "WIP:", "[WIP]", "wip -", and what it says of the commit. */
const MARKER = /^(?:\[(TODO|FIXME|WIP)\]|(TODO|FIXME|WIP)\b(?:\([^()\n]{0,40}\))?)\s{0,4}[:—–-]?\s{0,4}(\S.*)$/i;

interface Marked {
  offset: number;
  title: string;
  status: ItemStatus;
}

/** The marked commits of a block of `git log --oneline` output, or null when a line is something else. */
export function markedCommits(text: string): Marked[] | null {
  const lines = text.split("\n");
  if (lines.length > MAX_LINES) return null;
  const marked: Marked[] = [];
  let commits = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (!line.trim() || COMMAND.test(line)) continue;
    const commit = COMMIT.exec(line);
    if (!commit) return null;
    commits++;
    const m = MARKER.exec(commit[1]!);
    if (m) marked.push({ offset: i, title: m[3]!.trim(), status: /wip/i.test(m[1] ?? m[2]!) ? "in_progress" : "not_started" });
  }
  return commits >= 2 ? marked : null;
}

/** A fenced `git log --oneline` with marked commits: each marked commit is an item (see above). */
export function recogniseGitLog(node: Code, ctx: ParseContext): boolean {
  const kind = nearestKind(ctx);
  if (kind === "legend" || kind === "metrics") return false;
  const marked = markedCommits(node.value);
  if (!marked?.length) return false;
  ctx.shapes.add("git-log");
  const first = lineOf(node) + 1;
  // The marked commits alone, read as a plain list under a section of work: their titles cleaned as any entry's.
  const items = readPickedEntries(
    marked.map((m) => lineEntry(m.title, first + m.offset)),
    node,
    ctx,
  );
  const byLine = new Map(marked.map((m) => [first + m.offset, m.status] as const));
  for (const found of items) {
    const status = byLine.get(found.line);
    if (status === "in_progress" && found.status === "not_started") found.status = status;
  }
  return true;
}
