// A plan kept in Notepad and pasted into a ``` fence (no language named) is read as the text it is, not as code.

// A reader sees code in a fence when it looks like code; a fence with no language whose lines are a plain-text
// note — "- …" entries of several words, "[ ] …" boxes, "[DONE]" or "--- NEXT ---" group lines, "Owner: …"
// field lines — holds the plan itself. Such a fence's own lines are blanked (line numbers do not move) so the
// note inside is read as Markdown, group lines and all. Any line that reads as code, a shell session, YAML
// or a diff keeps the whole fence code.

import { isTextBoard } from "./text-boards";

const OPEN = /^ {0,3}(`{3,}|~{3,})[ \t]*([^\s`]*)[^`]*$/;
/** Languages that say "this is plain text". */
const PLAIN_INFO = new Set(["", "text", "txt", "plain", "plaintext", "none"]);
/** An entry of the note: a bullet, a box or a numbered line with words after it. */
const ENTRY = /^[ \t]{0,3}(?:[-*+•][ \t]+(?:\[[ xX~/-]\][ \t]+)?|\[[ xX~/-]\][ \t]+|\d{1,3}[.)][ \t]+)(\S.*)$/;
/** Lines that only code, a terminal, a config file or a diff has. */
const CODE_LINE =
  /[;{}\\]\s*$|=>|->|::|\(\)|^\s*(?:[$%>]\s|#!|@@|\+\+\+|---\s+a\/|import\s|from\s\S+\s+import|def\s|function\b|const\s|let\s|var\s|class\s|return\b|if\s*\(|for\s*\(|<\/?[a-z][\w-]*[\s>])|^\s*[\w.-]+:\s*$|^\s*[\w.-]+:\s+[|>&*!]|^\s*[\w"'.-]+\s*=\s*\S|^\s*-\s+[\w"'.-]+:\s/;
const MIN_ENTRIES = 2;
/** A fence longer than any pasted note is left alone (and never scanned twice). */
const MAX_LINES = 2000;

/** The words of an entry: prose has several ("- Replace the till printers"), YAML or a file list one or two. */
const wordCount = (s: string) => s.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** Whether the lines between two fence lines read as a plain-text plan rather than code. */
export function isPlainTextPlan(body: string[]): boolean {
  if (body.length > MAX_LINES) return false;
  let entries = 0;
  let wordy = 0;
  for (const line of body) {
    if (!line.trim()) continue;
    if (CODE_LINE.test(line)) return false;
    const entry = line.match(ENTRY);
    if (entry) {
      entries++;
      if (wordCount(entry[1]!) >= 3) wordy++;
    }
  }
  return entries >= MIN_ENTRIES && wordy * 3 >= entries * 2;
}

/** "```" (or longer, of the same character) alone on a line, indented at most three spaces, closes a fence. */
function closes(line: string, mark: string): boolean {
  const t = line.trimEnd();
  let at = 0;
  while (at < t.length && t[at] === " ") at++;
  if (at > 3) return false;
  let run = 0;
  while (at + run < t.length && t[at + run] === mark[0]) run++;
  return run >= mark.length && at + run === t.length;
}

/** The text with the fences that hold a plain-text plan opened up (one linear pass; fences stay otherwise). */
export function unfencePlainPlans(text: string): string {
  if (!text.includes("```") && !text.includes("~~~")) return text;
  const lines = text.split("\n");
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i]!.match(OPEN);
    if (!open) continue;
    const mark = open[1]!;
    let end = i + 1;
    while (end < lines.length) {
      if (closes(lines[end]!, mark)) break;
      end++;
    }
    if (end >= lines.length) break; // an unclosed fence runs to the end: leave it as it is
    // A board drawn in columns stays a block: its cards are read down each column (recognise/text-boards.ts).
    if (PLAIN_INFO.has(open[2]!.toLowerCase()) && isPlainTextPlan(lines.slice(i + 1, end)) && !isTextBoard(lines.slice(i + 1, end))) {
      lines[i] = "";
      lines[end] = "";
      changed = true;
    }
    i = end;
  }
  return changed ? lines.join("\n") : text;
}
