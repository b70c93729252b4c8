import type { RootContent } from "mdast";
import { depthMessage, tooDeepAt } from "@/lib/markdown/depth";
import { legendOf } from "./clean";
import { type ParseContext, warn } from "./context";
import { documentShape } from "./document-shape";
import { settleItems, type ParseOptions } from "./finish-items";
import { isHeading, parseMarkdown, plainText } from "./markdown";
import { noItemsMessage } from "./no-items";
import { peopleOf } from "./people";
import { priorityMarksOf } from "./priority";
import { readBlock } from "./read-blocks";
import { readList } from "./read-lists";
import { readHeading } from "./read-sections";
import { recogniseTargetParagraphs } from "./recognise/metrics";
import { peopleOf as actionItemPeopleOf } from "./recognise/action-items";
import { boundLongLists } from "./recognise/list-bounds";
import { orgOutlineToMarkdown } from "./recognise/org-outline";
import { bannerLinesToHeadings } from "./recognise/banner-lines";
import { unfencePlainPlans } from "./recognise/plain-fences";
import { readHtmlBlocks } from "./recognise/html-blocks";
import { glyphBulletLines } from "./recognise/glyph-bullets";
import { splitLabelledLists } from "./recognise/label-lines";
import { splitLazyLabels } from "./recognise/lazy-labels";
import { lowConfidenceReading } from "./recognise/low-confidence";
import { isEssay } from "./recognise/essays";
import { isRecipe } from "./recognise/recipes";
import { stateLegendOf } from "./recognise/state-marks";
import { isTabHeaderRow } from "./recognise/tab-header-rows";
import { loneTopHeading } from "./recognise/lone-top-heading";
import { statedPriorityOrder } from "./recognise/priority-order";
import { keyedPriorities } from "./recognise/priority-keys";
import { wordLegendOf } from "./recognise/word-legend";
import { legendOfTables } from "./recognise/reference-tables";
import { frontMatterToMarkdown } from "./recognise/front-matter";
import { jiraWikiToMarkdown } from "./recognise/jira-wiki";
import { asciiDocToMarkdown } from "./recognise/asciidoc";
import { rstToMarkdown } from "./recognise/rst-text";
import { bbCodeToMarkdown } from "./recognise/bbcode";
import { taskPaperToMarkdown } from "./recognise/taskpaper";
import { latexListsToMarkdown } from "./recognise/latex-lists";
import { latexFencesToMarkdown } from "./recognise/latex-fences";
import { romanListsToMarkdown } from "./recognise/roman-lines";
import { admonitionsToMarkdown } from "./recognise/admonitions";
import { isTodoFileTitle } from "./recognise/todo-files";
import { sectionFromHeading } from "./sections";
import type { ParseResult } from "./types";
import { unquoteLists } from "./recognise/quoted-lists";
import { numberedHeadingLines } from "./recognise/numbered-heading-lines";
import { emailPeopleOf } from "./recognise/email-people";
import { chatExportOf, chatReportsDone } from "./recognise/chat-exports";

// The importer's entry: Markdown text → items, SLA policy rows, metric targets and warnings. The
// text is first brought to one Markdown shape (chat exports, HTML, Org outlines, plain-text notes,
// front matter), parsed once, then walked block by block: headings by read-sections.ts, lists by
// read-lists.ts, every other block by read-blocks.ts; finish-items.ts settles what was found.

export type { ParseOptions };

const unreadable = (line: number, reason: string): ParseResult => ({
  items: [],
  slaPolicies: [],
  metrics: [],
  warnings: [{ line, message: `Could not read the Markdown: ${reason}.` }],
  shapes: [],
});

/** Markdown text (already decoded) → items, SLA policy rows, metric targets and warnings. Never throws. */
export function parsePlan(original: string, options: ParseOptions = {}): ParseResult {
  // CR and CRLF end lines as LF does (CommonMark), so line numbers are unchanged; with LF only, the
  // fast Markdown parser reads the plan (it hands text with CR to remark, several times slower).
  const crlf = original.includes("\r") ? original.replace(/\r\n?/g, "\n") : original;
  try {
    // A chat export reads as its messages, one paragraph each, stamps and speakers taken off (recognise/chat-exports.ts).
    const chat = chatExportOf(crlf);
    const lf = chat?.text ?? crlf;
    // HTML blocks pasted from a wiki or doc export read as the Markdown of the same shape (recognise/html-blocks.ts).
    // So do "•" bullet lines pasted from chat apps and word processors (recognise/glyph-bullets.ts).
    // An Org-mode outline ("** TODO …" headlines) reads as the Markdown of the same shape (recognise/org-outline.ts).
    // HTML lists nested too deeply are refused from the raw tags, before they are converted.
    // A plain-text plan pasted into a ``` fence reads as the note it is (recognise/plain-fences.ts).
    // "--- URGENT ---" banner lines of a plain-text note read as headings (recognise/banner-lines.ts).
    // YAML front matter is metadata, blanked; a task list in it reads as one (recognise/front-matter.ts).
    // Jira wiki markup ("h2. …", "# …" entries, "-struck-") reads as the Markdown of the same shape (recognise/jira-wiki.ts);
    // so does AsciiDoc saved as .md ("== Section", ":toc:", "----" blocks: recognise/asciidoc.ts), and
    // reStructuredText ("Title\n~~~~~", ".. todo:: …": recognise/rst-text.ts), BBCode ("[list]", "[*]x": recognise/bbcode.ts),
    // TaskPaper ("Project:", tab-indented "- task @done": recognise/taskpaper.ts) and LaTeX lists
    // ("\subsection{…}", "\begin{itemize}", "\item …": recognise/latex-lists.ts).
    // LaTeX lists in a fence of a Markdown note read the same way (recognise/latex-fences.ts).
    // "i. …" / "ii. …" lines numbered in roman numerals read as the ordered list they are (recognise/roman-lines.ts).
    // MkDocs admonitions ('!!! warning "…"' over indented content) read as their content (recognise/admonitions.ts).
    const dialect = admonitionsToMarkdown(romanListsToMarkdown(latexFencesToMarkdown(latexListsToMarkdown(taskPaperToMarkdown(bbCodeToMarkdown(rstToMarkdown(asciiDocToMarkdown(jiraWikiToMarkdown(frontMatterToMarkdown(lf))))))))));
    const html = readHtmlBlocks(bannerLinesToHeadings(unfencePlainPlans(orgOutlineToMarkdown(dialect))));
    if (html.tooDeepAt !== null) return unreadable(html.tooDeepAt, depthMessage(html.tooDeepAt));
    const glyphs = glyphBulletLines(html.text);
    const { text } = glyphs;
    const origin = chat ? (glyphs.origin ?? chat.origin.map((_, i) => i + 1)).map((line) => chat.origin[line - 1] ?? line) : glyphs.origin;
    // Checked before parsing (and after the HTML became lists), in one linear pass: parsers pay for
    // depth on every line (lib/markdown/depth.ts).
    const deepAt = tooDeepAt(text);
    if (deepAt !== null) return unreadable(deepAt, depthMessage(deepAt));
    // Parsed once: both readings walk the same tree. A bold label swallowing the list under it is
    // split back into the two (recognise/label-lines.ts).
    // A list pasted as a block quote (a forwarded message) is read as the list it is (recognise/quoted-lists.ts).
    // "1. Background" … "2. Priorities" … "3. Budget" in a word-processor file pasted as text: its headings (recognise/numbered-heading-lines.ts).
    // "- KR2 …" then "**Initiatives**" with no blank line: the label the list swallowed (recognise/lazy-labels.ts).
    const nodes = numberedHeadingLines(splitLazyLabels(splitLabelledLists(unquoteLists(parseMarkdown(text).children), text), text));
    // A list of more entries than any plan has is read up to a bound (recognise/list-bounds.ts).
    const cut = boundLongLists(nodes);
    const facts = documentFacts(text, nodes, chat?.speakers);
    const first = parseOrThrow(text, nodes, facts, options);
    // Nothing read as work: a second, low-confidence reading of the most task-like lists (recognise/low-confidence.ts).
    // An essay's list sums up how its author works; it is not read that way (recognise/essays.ts).
    // Nor is a recipe's: a heading names its ingredients (recognise/recipes.ts).
    const read = first.items.length || isEssay(nodes) || isRecipe(nodes) ? first : (lowConfidenceReading(first, parseOrThrow(text, nodes, facts, options, true)) ?? first);
    const result = cut.length ? { ...read, warnings: [...cut, ...read.warnings] } : read;
    const placed = origin ? linesOfOriginal(result, origin) : result;
    // "Got the tent ✅" later in the chat ticks the task it names (recognise/chat-exports.ts).
    return chat?.reports.length ? { ...placed, items: chatReportsDone(placed.items, chat.reports) } : placed;
  } catch (error) {
    // E.g. emphasis nested thousands deep exhausts the stack in the tree utilities.
    return unreadable(1, error instanceof RangeError ? "it is nested too deeply" : String(error));
  }
}

/** Lines of the converted text → lines of the document as written (recognise/glyph-bullets.ts added blank lines). */
function linesOfOriginal(result: ParseResult, origin: number[]): ParseResult {
  const at = (line: number) => origin[line - 1] ?? line;
  return {
    ...result,
    items: result.items.map((item) => ({ ...item, line: at(item.line) })),
    slaPolicies: result.slaPolicies.map((policy) => ({ ...policy, line: at(policy.line) })),
    metrics: result.metrics.map((metric) => ({ ...metric, line: at(metric.line) })),
    warnings: result.warnings.map((warning) => ({ ...warning, line: at(warning.line) })),
  };
}

/** What readers look up in the whole document, read once for both readings (each is a pass over every line). */
type DocumentFacts = Required<Pick<ParseContext, "legend" | "priorityMarks" | "priorityOrder" | "people">>;

function documentFacts(text: string, nodes: RootContent[], speakers: ReadonlySet<string> = new Set()): DocumentFacts {
  // The legend reader of state marks knows more marks; the older one its colour words win on a tie.
  // A note redefining a state word ("closed" = dropped) joins it, keyed by the lower-cased word (recognise/word-legend.ts).
  const legend = new Map([...wordLegendOf(text), ...stateLegendOf(text), ...legendOf(text)]);
  // A legend table (| ✅ | Fixed |) fills in marks the legend lines do not name.
  for (const [mark, status] of legendOfTables(nodes)) if (!legend.has(mark)) legend.set(mark, status);
  // Two readings of who is a person: the title reader's (people fields, @handles, recurring name slots)
  // and the action-item reader's (attendees, "Name:" owners); a name either finds is a person.
  // A chat's speakers are people too.
  // An e-mail's From/To/Cc and attendee lines in any script name people too (recognise/email-people.ts).
  const people = new Set([...peopleOf(text), ...actionItemPeopleOf(text), ...emailPeopleOf(text), ...speakers]);
  // "Priority key: A = … (urgent), B = … (high)": codes the document defines join its stated order (recognise/priority-keys.ts).
  const priorityOrder = new Map([...statedPriorityOrder(text), ...keyedPriorities(text)]);
  return { legend, priorityMarks: priorityMarksOf(text), priorityOrder, people };
}

function parseOrThrow(text: string, nodes: RootContent[], facts: DocumentFacts, options: ParseOptions, lowConfidence = false): ParseResult {
  const ctx: ParseContext = { text, stack: [], items: [], slaPolicies: [], metrics: [], warnings: [], shapes: new Set(), rankings: [], lowConfidence };
  // Copies: a reading never changes what the other one starts from.
  ctx.legend = new Map(facts.legend);
  ctx.priorityMarks = new Map(facts.priorityMarks);
  ctx.priorityOrder = new Map(facts.priorityOrder);
  ctx.people = facts.people;

  // A single leading level-1 heading is the document's title, not a category.
  const h1s = nodes.filter((n, i) => isHeading(n) && n.depth === 1 && !isTabHeaderRow(n, nodes[i + 1], text));
  // Without an H1, a first heading that every other heading nests under names the document (recognise/lone-top-heading.ts).
  const titleNode = h1s.length === 1 && nodes.find(isHeading) === h1s[0] ? h1s[0] : h1s.length === 0 ? loneTopHeading(nodes) : undefined;
  // "# Backlog" as the document's title still says its leaf headings are work (issue 18, shape 6).
  const titleKind = titleNode ? sectionFromHeading(titleNode).kind : null;
  ctx.titleKind = titleKind;
  ctx.todoFile = !!titleNode && isTodoFileTitle(plainText(titleNode));
  ctx.titleText = titleNode ? plainText(titleNode) : undefined;

  // Labelled target lines ("KR 1.1 …", "Goal: …") wherever they stand, whatever the structure around them.
  recogniseTargetParagraphs(nodes, ctx);
  const doc = documentShape(text, nodes, titleNode, titleKind);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node === titleNode) continue;
    if (node.type === "heading") i = readHeading(nodes, i, doc, ctx);
    else if (node.type === "list") readList(nodes, i, doc, ctx);
    else i = readBlock(nodes, i, doc, ctx);
  }
  const items = settleItems(ctx, text, options);
  if (items.length === 0) {
    warn(ctx, 1, noItemsMessage(nodes, doc.headingsSeen));
  }
  ctx.warnings.sort((a, b) => a.line - b.line);
  return { items, slaPolicies: ctx.slaPolicies, metrics: ctx.metrics, warnings: ctx.warnings, shapes: [...ctx.shapes] };
}
