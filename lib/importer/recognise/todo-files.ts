import type { Paragraph } from "mdast";
import { categoryOf, nearestKind, sectionPriority, type ParseContext } from "../context";
import { lineOf, plainText } from "../markdown";

// A to-do file ("TODO", "monorepo TODO", "À faire"): the whole document is a list of
// things to do, and its headings only name areas ("general", "parser", "docs"). A careful reader takes
// every list in it as work unless its own heading says otherwise (questions, notes, done…), and a
// line opened by a code-comment marker ("XXX: …", "FIXME: …", "TODO: …") as one more task, wherever
// it sits in a plan.

/** "TODO", "todo list", "Project X — TODO", "À faire", "Aufgaben": a title naming a to-do file. */
const TODO_TITLE = /(?:^|[\s—–:-])(?:to-?dos?|todo list|à faire|a fazer|por hacer|pendientes|aufgaben|zu erledigen|att göra|do zrobienia|задачи|сделать)\s*$|^\W*to-?dos?\b/iu;

export function isTodoFileTitle(title: string): boolean {
  // "HOMELAB TODO (updated whenever I remember)": a closing remark of a few words is not part of its name;
  // a word or two ("Umzug — Aufgaben (IT)") says whose list it is, and the document's list is of that team's.
  const said = title.replace(/[*_`#]/g, "").trim().replace(/\s*[(（][^()（）\s]{1,30}(?:\s+[^()（）\s]{1,30}){2,8}[)）]$/u, "");
  // "webshop TODO", not "Actionable Optimization & Health Improvement TODOs" (a report that lists them).
  return said.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= 3 && TODO_TITLE.test(said);
}

/** True when a plain list under this heading is work because the document is a to-do file. */
export const todoFileList = (ctx: ParseContext): boolean => !!ctx.todoFile && nearestKind(ctx) === null;

/** "XXX: …", "FIXME: …", "TODO(ana): …", "HACK - …": a code-comment marker asking for something. */
const MARKER_LINE = /^(?:XXX|FIXME|TODO|TBD|HACK)(?:\([^)]{1,30}\))?\s*[:：—–-]\s+(\S.{3,300})$/;

/** Marker lines of a paragraph in a to-do file or a work section, each read as a task. */
export function recogniseMarkerLines(paragraph: Paragraph, ctx: ParseContext): boolean {
  if (!ctx.todoFile && nearestKind(ctx) !== "tasks") return false;
  const lines = plainText(paragraph).split("\n").map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0 || !lines.every((l) => MARKER_LINE.test(l))) return false;
  ctx.shapes.add("marker-lines");
  lines.forEach((line, i) => {
    // The marker goes; a remark after the request is for the pass over all items (recognise/title-tails.ts).
    const said = line.match(MARKER_LINE)![1]!;
    ctx.items.push({
      origin: "list",
      key: null,
      title: said,
      description: "",
      category: categoryOf(ctx),
      priority: null,
      priorityLabel: sectionPriority(ctx),
      status: "not_started",
      severity: null,
      effortHours: null,
      done: false,
      checklist: [],
      line: lineOf(paragraph) + i,
    });
  });
  return true;
}

/** "Plugin system? Probably not before 2.0.": a question answered in the same entry is an open question, not a task. */
export const isAnsweredQuestion = (text: string): boolean => /^[^?？\n]{1,120}[?？]\s+\p{Lu}[^?？\n]{0,200}[.!]?$/u.test(text.trim());
