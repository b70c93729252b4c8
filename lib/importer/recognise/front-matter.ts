// YAML front matter ("---" … "---" at the very top, as Obsidian, Jekyll, Hugo and Docusaurus write
// it) is the file's metadata, not its text: a Markdown parser reads its closing "---" as a setext
// underline and turns "tags: …" into a heading, which then hides the document's real title. It is
// blanked line for line (line numbers stay), except a list under a task-like key ("tasks:",
// "todo:", "actions:"), which is the file's task list written as data: each entry becomes a task-list
// line on its own line ("- title: …" with "status:" / "done:" and "priority:" fields, or a plain string).

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** At most this many lines of metadata: a longer "---" block is a horizontal rule over text. */
const MAX_LINES = 200;
/** A YAML line: blank, a comment, "key: value", "key:", a list entry, or an indented continuation. */
const YAML_LINE = /^(?:\s*$|\s*#|\s*[\p{L}\p{N}_$"'][\p{L}\p{N}_ .$"'-]{0,60}\s*:(?:\s|$)|\s*-(?:\s|$)|\s+\S)/u;
/** A top-level "key:" line. */
const KEY_LINE = /^[\p{L}\p{N}_$"'][\p{L}\p{N}_ .$"'-]{0,60}\s*:(?:\s|$)/u;
/** A top-level key whose list is the file's tasks. */
const TASK_KEY = /^(?:tasks?|todos?|to-?dos?|to_do|actions?|action[ _-]items?|next[ _-]steps?|backlog|aufgaben|tareas|tâches|taken|attività|tarefas|zadania|задачи)\s*:\s*$/iu;
/** A top-level list entry: "- text" or "- title: text". */
const ENTRY = /^(\s{0,4})-\s+(.*)$/;
const FIELD = /^\s*([\p{L}_]+)\s*:\s*(.*)$/u;
const TITLE_FIELD = /^(?:title|name|task|summary|text|description)$/i;
const DONE_VALUE = /^(?:true|yes|done|completed?|closed|finished|x)$/i;

const unquote = (value: string) => value.trim().replace(/^(["'])(.*)\1$/, "$2").trim();

/** The text with its front matter blanked, and a front-matter task list written as Markdown. */
export function frontMatterToMarkdown(text: string): string {
  if (!text.startsWith("---")) return text;
  const lines = text.split("\n", MAX_LINES + 2);
  if (!OPEN.test(lines[0]!)) return text;
  let end = -1;
  for (let i = 1; i < lines.length; i++) {
    if (CLOSE.test(lines[i]!)) {
      end = i;
      break;
    }
    if (!YAML_LINE.test(lines[i]!)) return text;
  }
  // No closing line, or nothing between the two: a rule, not metadata. Metadata opens with a key
  // ("title: …"); "---", "# Plan", a list, "---" is a rule over a heading and its list.
  if (end < 2 || !KEY_LINE.test(lines.slice(1, end).find((l) => l.trim()) ?? "")) return text;
  const out: string[] = lines.slice(0, end + 1).map(() => "");
  let inTasks = false;
  let entry = -1;
  const fields: Record<string, string> = {};
  const closeEntry = () => {
    if (entry < 0) return;
    const title = Object.entries(fields).find(([k]) => TITLE_FIELD.test(k))?.[1];
    if (title) {
      const status = fields.status ?? fields.state ?? fields.done ?? "";
      const box = DONE_VALUE.test(status) ? "[x]" : "[ ]";
      const rest = [status && !DONE_VALUE.test(status) && !/^(?:false|no)$/i.test(status) ? `— ${status}` : "", fields.priority ? `(${fields.priority})` : ""].filter(Boolean).join(" ");
      out[entry] = `- ${box} ${title}${rest ? ` ${rest}` : ""}`;
    }
    entry = -1;
    for (const k of Object.keys(fields)) delete fields[k];
  };
  for (let i = 1; i < end; i++) {
    const line = lines[i]!;
    if (/^\S/.test(line)) {
      closeEntry();
      inTasks = TASK_KEY.test(line);
      continue;
    }
    if (!inTasks) continue;
    const m = line.match(ENTRY);
    if (m) {
      closeEntry();
      const value = m[2]!;
      const field = value.match(FIELD);
      if (field && !/^\[/.test(value)) {
        entry = i;
        fields[field[1]!.toLowerCase()] = unquote(field[2]!);
      } else if (unquote(value)) out[i] = /^\[[ xX]\]\s/.test(unquote(value)) ? `- ${unquote(value)}` : `- [ ] ${unquote(value)}`;
      continue;
    }
    const field = line.match(FIELD);
    if (entry >= 0 && field) fields[field[1]!.toLowerCase()] = unquote(field[2]!);
  }
  closeEntry();
  return [...out, ...text.split("\n").slice(end + 1)].join("\n");
}
