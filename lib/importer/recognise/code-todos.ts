import type { Code } from "mdast";
import { nearestKind, type ParseContext } from "../context";
import { lineOf, plainText } from "../markdown";
import type { RootContent } from "mdast";
import { markedText } from "./grep-hits";
import { lineEntry, readPickedEntries } from "./picked-entries";

// A file's to-do comments pasted as the list of what is left: "Remaining TODOs from the Dockerfile:"
// (or a title "Dockerfile — TODO comments"), then the file in a fence, its "# TODO: …" / "// FIXME …"
// lines among the code. Code is no list, and a TODO in a design document's example is no task of the
// plan; but where the writer says the block is pasted for its to-dos (the nearest heading, the title
// or the line before the block names TODO or FIXME), a careful reader takes each marked comment as
// one task, its text without the comment sign, the marker and its owner ("TODO(佐藤):") as the title,
// and leaves the code lines. A block of search output is read elsewhere (recognise/grep-hits.ts).

const NAMES_TODOS = /(?<![\p{L}])(?:TODOs?|FIXMEs?|to-dos)(?![a-z])/u;
/** A file named by a fence's language, so its comments' tasks can name the file. */
const FILE_OF_LANGUAGE: Readonly<Record<string, string>> = { dockerfile: "Dockerfile", makefile: "Makefile", containerfile: "Containerfile", jenkinsfile: "Jenkinsfile", gemfile: "Gemfile" };
const MAX_LINES = 2_000;
/** A done word right after the marker, before its colon: "TODO 済:", "TODO DONE:", "FIXME (erledigt):". */
const DONE_WORD = /^[(（]?(?:済|済み|完了|done|erledigt|fait|hecho|fatto|klaar|klart|gjort|valmis|zrobione|готово)[)）]?\s*[:：]\s*/iu;

/** Whether the writer says the block is pasted for its to-dos (see above). */
function pastedForTodos(nodes: readonly RootContent[], i: number, ctx: ParseContext): boolean {
  const before = nodes[i - 1];
  if (before?.type === "paragraph" && NAMES_TODOS.test(plainText(before))) return true;
  const heading = ctx.stack.at(-1)?.raw ?? "";
  return NAMES_TODOS.test(heading) || (!ctx.stack.length && NAMES_TODOS.test(ctx.titleText ?? ""));
}

/** A fenced file pasted for its to-do comments: each marked comment is a task (see above). */
export function recogniseCodeTodos(nodes: readonly RootContent[], i: number, ctx: ParseContext): boolean {
  const node = nodes[i] as Code;
  const kind = nearestKind(ctx);
  if (kind === "legend" || kind === "metrics" || kind === "notes") return false;
  const lines = node.value.split("\n");
  if (lines.length > MAX_LINES || !pastedForTodos(nodes, i, ctx)) return false;
  const marked = lines
    .map((line, offset) => ({ offset, title: line.length <= 600 ? markedText(line) : null }))
    .filter((m): m is { offset: number; title: string } => m.title !== null)
    .map((m) => {
      // "TODO 済: HEALTHCHECK 追加", "TODO DONE: …": the marker ticked off, the task done.
      const ticked = m.title.match(DONE_WORD);
      return { ...m, title: ticked ? m.title.slice(ticked[0].length) : m.title, done: !!ticked };
    })
    .filter((m) => m.title);
  if (marked.length < 2) return false;
  ctx.shapes.add("code-todos");
  const first = lineOf(node) + 1;
  const file = FILE_OF_LANGUAGE[(node.lang ?? "").toLowerCase()];
  // The marked comments alone, read as a plain list under a section of work: their titles cleaned as any entry's.
  const items = readPickedEntries(
    marked.map((m) => lineEntry(m.title, first + m.offset)),
    node,
    ctx,
  );
  const done = new Set(marked.filter((m) => m.done).map((m) => first + m.offset));
  for (const found of items) {
    if (file) found.checklist.push({ kind: "file", text: file, done: false });
    if (done.has(found.line)) {
      found.status = "done";
      found.done = true;
    }
  }
  return true;
}
