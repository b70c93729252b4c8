import { findPriorityLabel } from "../priority";
import { deniesWork } from "./denied-work";

// TaskPaper (a plain-text outliner's file) pasted as Markdown: "Home:" project lines, tab-indented
// "- task @done(2026-01-02) @priority(2)" tasks, note lines between. Markdown reads the tab-indented
// tasks as a code block, so a TaskPaper list gave no items. A reader sees projects with their tasks,
// the "@done" tasks finished; this writes the same shape in Markdown, line for line:
//   - "Name:" (optionally with @tags) → "##" heading, deeper for a project indented under another;
//   - "- task" → "- [ ] task" (every one is a task) nested by its tabs; "@done" / "@done(…)" → "[x]";
//     under a project that says it holds no work ("Ideas (not decided):", recognise/denied-work.ts) → "- task";
//   - "@priority(n)" → "(Priority n)", read by the product's convention (1 → P0, …); "@waiting"/"@blocked" →
//     "— blocked"; "@cancelled"/"@dropped" → "— cancelled"; every other tag ("@due(…)", "@home", "@project(…)") is TaskPaper bookkeeping, dropped;
//   - note lines → "> note": unindented they would run on into the task above (a lazy continuation),
//     indented they would be code; a quote ends the list as TaskPaper's note is set apart.
// Only a document that is TaskPaper is rewritten: a project line followed by an indented "- " task,
// a trailing "@tag" on some task, and no Markdown heading or fence.

const ATX = /^ {0,3}#{1,6}[ \t]+\S/;
const FENCE = /^ {0,3}(?:```|~~~)/;
/** "Name:" with optional trailing tags: a TaskPaper project (not a "- " task, not "Note: text"). */
const PROJECT = /^(\t*)([^\s\t-][^\t\n:]{0,200}):((?:[ \t]+@[\p{L}\p{N}_-]{1,40}(?:\([^()\n]{0,100}\))?){0,10})[ \t]*$/u;
const TASK = /^(\t*)[ \t]{0,3}-[ \t]+(.*)$/;
const INDENTED_TASK = /^[ \t]+-[ \t]+\S/;
const TAG = /(?:^|[ \t])@([\p{L}\p{N}_-]{1,40})(?:\(([^()\n]{0,100})\))?(?=$|[ \t])/gu;
const TRAILING_TAG = /[ \t]@[\p{L}\p{N}_-]{1,40}(?:\([^()\n]{0,100}\))?[ \t]*$/u;
const WAITING = /^(?:waiting|blocked|wait)$/i;
const CANCELLED = /^(?:cancell?ed|dropped|wontfix|wont-do)$/i;

/** Whether the lines are TaskPaper (see above). */
export function isTaskPaper(lines: readonly string[]): boolean {
  let project = false;
  let tagged = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (ATX.test(line) || FENCE.test(line)) return false;
    if (PROJECT.test(line) && INDENTED_TASK.test(lines[i + 1] ?? "")) project = true;
    if (TASK.test(line) && TRAILING_TAG.test(line)) tagged = true;
  }
  return project && tagged;
}

/** The task's words with its tags read: whether it is done, and the Markdown text. */
function task(body: string): { done: boolean; text: string } {
  let done = false;
  const marks: string[] = [];
  const words = body.replace(TAG, (_, name: string, value: string | undefined) => {
    const tag = name.toLowerCase();
    if (tag === "done") done = true;
    else if (tag === "priority" && value !== undefined) {
      const label = findPriorityLabel(`Priority ${value.trim()}`);
      if (label) marks.push(`(${label})`);
    } else if (WAITING.test(tag)) marks.push("— blocked");
    else if (CANCELLED.test(tag)) marks.push("— cancelled");
    return "";
  });
  return { done, text: [words.trim(), ...marks].join(" ") };
}

/** The TaskPaper as Markdown, one line for each line; any other text unchanged. */
export function taskPaperToMarkdown(text: string): string {
  if (!/:[^\n]{0,400}\n[ \t]+-[ \t]/.test(text) || !text.includes("@")) return text;
  const lines = text.split("\n");
  if (!isTaskPaper(lines)) return text;
  let base = 0; // the tabs of the project the tasks sit under
  // "Ideen (nicht beschlossen):": a project the writer says holds no work; its entries are not made tasks.
  let denied = false;
  return lines
    .map((line) => {
      const project = line.match(PROJECT);
      if (project) {
        base = project[1]!.length + 1;
        denied = deniesWork(project[2]!);
        return `${"#".repeat(Math.min(project[1]!.length + 2, 6))} ${project[2]!.trim()}`;
      }
      const entry = line.match(TASK);
      if (entry) {
        const depth = Math.max(entry[1]!.length - base, 0);
        const { done, text: words } = task(entry[2]!);
        return denied && !done ? `${"  ".repeat(depth)}- ${words}` : `${"  ".repeat(depth)}- [${done ? "x" : " "}] ${words}`;
      }
      const note = line.replace(/^[ \t]+/, "");
      return note ? `> ${note}` : "";
    })
    .join("\n");
}
