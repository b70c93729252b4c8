import type { RootContent } from "mdast";
import { depthMessage, tooDeepAt } from "@/lib/markdown/depth";
import { legendOf, normalizeTitle } from "./clean";
import { type FoundItem, nearestKind, type ParseContext, warn } from "./context";
import { importedImpact } from "./impact";
import { isHeading, parseMarkdown, plainText } from "./markdown";
import { noItemsMessage } from "./no-items";
import { peopleOf } from "./people";
import { priorityMarksOf, resolvePriority, type PriorityMap } from "./priority";
import { isKeyResultList, recogniseMetricList, recogniseTargetParagraphs } from "./recognise/metrics";
import { isCriteriaTargetList } from "./recognise/criteria-lists";
import { collectRanking, isTaskList, recogniseGroupedTasks, recogniseNumberedList, recognisePlainList, recogniseTaskList } from "./recognise/lists";
import { recogniseBareBoxes } from "./recognise/bare-boxes";
import { recogniseBoldRecord } from "./recognise/bold-records";
import { numberedParagraphRuns, recogniseNumberedParagraph } from "./recognise/numbered-paragraphs";
import { fieldBlockRuns, recogniseFieldBlock } from "./recognise/field-line-paragraphs";
import { recogniseCardHeading } from "./recognise/card-headings";
import { recogniseDefinitionEntry } from "./recognise/definition-lists";
import { recogniseKeywordHeading } from "./recognise/keyword-headings";
import { recogniseFieldLineHeading } from "./recognise/field-line-headings";
import { recogniseFieldBulletHeading } from "./recognise/field-bullet-headings";
import { isDeclinedStatements } from "./recognise/declined-statements";
import { recogniseFindingHeading } from "./recognise/finding-headings";
import { recogniseGlyphLines } from "./recognise/glyph-lines";
import { recogniseHandoverAsks } from "./recognise/handover-asks";
import { recogniseAgreedAsks } from "./recognise/agreed-asks";
import { recogniseActionLabels } from "./recognise/action-labels";
import { recogniseActionEntries } from "./recognise/action-entries";
import { recogniseKeyedEntries } from "./recognise/keyed-entries";
import { recogniseKeyedLines } from "./recognise/keyed-lines";
import { introducesNonWork } from "./recognise/lead-ins";
import { recogniseOutlineLines } from "./recognise/outline-lines";
import { readHtmlBlocks } from "./recognise/html-blocks";
import { boundLongLists } from "./recognise/list-bounds";
import { orgOutlineToMarkdown } from "./recognise/org-outline";
import { bannerLinesToHeadings } from "./recognise/banner-lines";
import { unfencePlainPlans } from "./recognise/plain-fences";
import { bracketLabel } from "./recognise/bracket-labels";
import { fieldedLeafKind, rankedLeaves } from "./recognise/fielded-leaves";
import { glyphBulletLines } from "./recognise/glyph-bullets";
import { saysNoActionNeeded } from "./recognise/handle-tails";
import { recogniseIssueListCopy } from "./recognise/issue-list-copy";
import { recogniseOutlinerList } from "./recognise/outliner-keywords";
import { peopleOf as actionItemPeopleOf } from "./recognise/action-items";
import { detailsHoldTasks, readDetails } from "./recognise/details-groups";
import { recogniseToggleItem } from "./recognise/toggle-items";
import { hasWorkSection, isTopicList } from "./recognise/topic-lists";
import { applySeverityCodes } from "./recognise/severity-codes";
import { unrankedAreaHeadings } from "./recognise/priority-areas";
import { introducesAlternatives, listLabel } from "./recognise/list-labels";
import { mailGroupLabel } from "./recognise/mail-groups";
import { isSetApartList } from "./recognise/set-apart-lists";
import { stateLegendOf } from "./recognise/state-marks";
import { attachFiles, fileParagraph, isFileList, pathEntries } from "./recognise/file-lists";
import { applyLevelScale, levelScaleHeadings } from "./recognise/level-headings";
import { isReadmeShaped, listIsProductProse } from "./recognise/prose-documents";
import { splitLabelledLists } from "./recognise/label-lines";
import { looksLikeWork, lowConfidenceReading } from "./recognise/low-confidence";
import { recogniseLeafHeading } from "./recognise/leaf-headings";
import { isAdvice, isBoxControl, isNarratedSequence, isQuestionEntry, proseAmongLists } from "./recognise/non-items";
import { recogniseStateLine } from "./recognise/state-sections";
import { recognisePlainRows } from "./recognise/plain-rows";
import { isLegendHeading } from "./recognise/legend-headings";
import { recogniseStateGroupedRows } from "./recognise/state-grouped-rows";
import { recogniseTodoTxt } from "./recognise/todo-txt";
import { isTabHeaderRow } from "./recognise/tab-header-rows";
import { priorityOrderOf, statedPriorityMap, statedPriorityOrder } from "./recognise/priority-order";
import { keyedPriorities } from "./recognise/priority-keys";
import { readFileLabels } from "./recognise/file-labels";
import { wordLegendOf } from "./recognise/word-legend";
import { isRecord, recogniseRecord, sectionFields } from "./recognise/records";
import { legendOfTables } from "./recognise/reference-tables";
import { recogniseTable } from "./recognise/tables";
import { tidyTitles } from "./recognise/title-tails";
import { frontMatterToMarkdown } from "./recognise/front-matter";
import { tidyBoardRemarks } from "./recognise/board-remarks";
import { untagEntries } from "./recognise/tagged-entries";
import { isTodoFileTitle, recogniseMarkerLines } from "./recognise/todo-files";
import { applySectionFields, sectionFromHeading } from "./sections";
import type { ParsedItem, ParseResult } from "./types";
import { isHugeBlock } from "./recognise/block-size";
import { unquoteLists } from "./recognise/quoted-lists";
import { recogniseGrepHits } from "./recognise/grep-hits";
import { recogniseLetteredGroups } from "./recognise/lettered-groups";
import { recogniseTextBoard } from "./recognise/text-boards";
import { requirementPriority } from "./recognise/requirement-keywords";
import { chatExportOf, chatReportsDone } from "./recognise/chat-exports";
import { continuedListLead } from "./recognise/continued-lists";
import { recogniseLabelOutline } from "./recognise/label-outlines";
import { bucketSiblings } from "./recognise/bucket-siblings";

export interface ParseOptions {
  /** The user's adjustments to the label → P0–P3 mapping shown in the dry run. */
  priorityMap?: PriorityMap;
}

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
    const html = readHtmlBlocks(bannerLinesToHeadings(unfencePlainPlans(orgOutlineToMarkdown(frontMatterToMarkdown(lf)))));
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
    const nodes = splitLabelledLists(unquoteLists(parseMarkdown(text).children), text);
    // A list of more entries than any plan has is read up to a bound (recognise/list-bounds.ts).
    const cut = boundLongLists(nodes);
    const facts = documentFacts(text, nodes, chat?.speakers);
    const first = parseOrThrow(text, nodes, facts, options);
    // Nothing read as work: a second, low-confidence reading of the most task-like lists (recognise/low-confidence.ts).
    const read = first.items.length ? first : (lowConfidenceReading(first, parseOrThrow(text, nodes, facts, options, true)) ?? first);
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
  const people = new Set([...peopleOf(text), ...actionItemPeopleOf(text), ...speakers]);
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
  const titleNode = h1s.length === 1 && nodes.find(isHeading) === h1s[0] ? h1s[0] : undefined;
  const headingsSeen: string[] = [];
  // "# Backlog" as the document's title still says its leaf headings are work (issue 18, shape 6).
  const titleKind = titleNode ? sectionFromHeading(titleNode).kind : null;
  ctx.titleKind = titleKind;
  ctx.todoFile = !!titleNode && isTodoFileTitle(plainText(titleNode));

  // Labelled target lines ("KR 1.1 …", "Goal: …") wherever they stand, whatever the structure around them.
  recogniseTargetParagraphs(nodes, ctx);
  const holdTasks = detailsHoldTasks(nodes);
  const levelScale = levelScaleHeadings(nodes);
  const unrankedAreas = unrankedAreaHeadings(nodes);
  const buckets = bucketSiblings(nodes);
  const proseSections = proseAmongLists(nodes);
  // Requirement headings whose prose says "Priority: high" (recognise/fielded-leaves.ts).
  const ranked = rankedLeaves(nodes, text);
  // "**A-3 · Title** — *Serious*" paragraphs in a row: a list written without list markup (recognise/numbered-paragraphs.ts).
  const numberedRuns = numberedParagraphRuns(nodes, text);
  // "▲ 412  Dark mode" over "Status: PLANNED · Board: Web" blocks in a row: a pasted board (recognise/field-line-paragraphs.ts).
  const fieldBlocks = fieldBlockRuns(nodes, text);
  const workSection = hasWorkSection(nodes, titleNode);
  const readme = isReadmeShaped(nodes.filter(isHeading).map((h) => plainText(h)));
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node === titleNode) continue;
    // "#<tab>Step<tab>Owner…" over tab-separated rows is their header row, no heading (recognise/tab-header-rows.ts).
    if (node.type === "heading" && isTabHeaderRow(node, nodes[i + 1], text)) continue;
    if (node.type === "heading") {
      headingsSeen.push(plainText(node));
      let end = i + 1;
      while (end < nodes.length && !(nodes[end]!.type === "heading" && (nodes[end] as { depth: number }).depth <= node.depth)) end++;
      const body = nodes.slice(i + 1, end);
      while (ctx.stack.length && ctx.stack.at(-1)!.depth >= node.depth) ctx.stack.pop();
      ctx.lastListItems = [];
      // "## מקרא", "## Légende" over field bullets is the document's key, not a record (recognise/legend-headings.ts).
      const legend = isLegendHeading(plainText(node));
      // "### TODO [#B] Write the intro": an org task headline written as a Markdown heading (recognise/keyword-headings.ts).
      if (!legend && recogniseKeywordHeading(node, body, ctx)) {
        i = end - 1;
        continue;
      }
      if (!legend && isRecord(node, body, text)) {
        recogniseRecord(node, body, ctx);
        i = end - 1;
        continue;
      }
      if (!legend && (recogniseCardHeading(node, body, ctx) || recogniseFindingHeading(node, body, ctx) || recogniseFieldLineHeading(node, body, ctx) || recogniseFieldBulletHeading(node, body, ctx))) {
        i = end - 1;
        continue;
      }
      // The low-confidence reading reads lists only: a heading with prose under it is a topic more often than a task.
      // A leaf whose prose says its own priority ("Priority: high.") is work under any section (recognise/fielded-leaves.ts).
      // A prose heading among headings that hold the work as lists is a section ("Approach"), not an item (recognise/non-items.ts).
      if (!legend && !ctx.lowConfidence && !proseSections.has(node) && recogniseLeafHeading(node, body, end < nodes.length ? nodes[end]! : undefined, fieldedLeafKind(ranked.has(node), nearestKind(ctx), titleKind), ctx)) {
        i = end - 1;
        continue;
      }
      const section = sectionFromHeading(node);
      applyLevelScale(section, levelScale.get(node));
      // "## Ops" beside "## Tech (Priority: high)": an area of the same work (recognise/priority-areas.ts).
      // "## Normal" beside "## Urgent": another bucket of the same work (recognise/bucket-siblings.ts).
      if (section.kind === null && (unrankedAreas.has(node) || buckets.has(node))) section.kind = "tasks";
      const fields = sectionFields(body, text);
      if (fields) {
        applySectionFields(section, fields);
        i++; // the field paragraph is read
      }
      ctx.stack.push(section);
      continue;
    }
    // "<details><summary>🔴 <b>Task</b></summary> notes </details>": a toggle that is one card (recognise/toggle-items.ts).
    const toggleEnd = node.type === "html" ? recogniseToggleItem(nodes, i, ctx) : -1;
    if (toggleEnd >= 0) {
      i = toggleEnd;
      continue;
    }
    if (node.type === "html" && readDetails(node, holdTasks, ctx, levelScale.get(node))) continue;
    // Typed lines are read in a paragraph of at most MAX_BLOCK_LINES lines (recognise/block-size.ts).
    if (node.type === "paragraph" && !isHugeBlock(node) && (recogniseBareBoxes(node, ctx) || recogniseOutlineLines(node, ctx) || recogniseGlyphLines(node, nodes[i - 1], ctx) || recogniseBoldRecord(node, ctx) || recogniseNumberedParagraph(node, numberedRuns, ctx) || recogniseFieldBlock(node, fieldBlocks, ctx))) continue;
    // "Upgrade the driver\n: Priority: high. Status: done.": a definition-list term with fields (recognise/definition-lists.ts).
    if (node.type === "paragraph" && recogniseDefinitionEntry(node, ctx)) continue;
    if (node.type === "paragraph" && !isHugeBlock(node) && (recogniseStateLine(node, ctx) || recogniseMarkerLines(node, ctx) || recogniseIssueListCopy(node, ctx) || recogniseKeyedLines(node, ctx) || recogniseActionLabels(node, ctx))) continue;
    // "In Progress" over aligned rows, group after group: a tracker's grouped view pasted (recognise/state-grouped-rows.ts).
    const groupedEnd = node.type === "paragraph" && !isHugeBlock(node) ? recogniseStateGroupedRows(nodes, i, ctx) : -1;
    if (groupedEnd >= 0) {
      i = groupedEnd;
      continue;
    }
    // "TO DO | DOING | DONE" over a rule and "* card" rows: a board drawn in plain text (recognise/text-boards.ts).
    if (node.type === "code" && !isHugeBlock(node) && recogniseTextBoard(node, ctx)) continue;
    // "src/a.ts:12:// TODO: …" lines: a search for to-do comments pasted, one task a hit (recognise/grep-hits.ts).
    if ((node.type === "paragraph" || node.type === "code") && !isHugeBlock(node) && recogniseGrepHits(node, ctx)) continue;
    // Rows pasted without table syntax (tabs, CSV, aligned columns) are a table (recognise/plain-rows.ts).
    // A todo.txt file pasted raw or fenced: one task a line (recognise/todo-txt.ts).
    if ((node.type === "paragraph" || node.type === "code") && ((!isHugeBlock(node) && recogniseTodoTxt(node, ctx)) || recognisePlainRows(node, ctx))) continue;
    if (node.type === "paragraph" && ctx.lastListItems?.length) {
      const paths = fileParagraph(node);
      if (paths) attachFiles(ctx, paths);
    }
    if (node.type === "list" && ctx.lastListItems?.length && isFileList(node)) {
      attachFiles(ctx, node.children.map((item) => plainText(item)));
      continue;
    }
    // "## Success criteria" over "- Availability ≥ 99.9%": a list of targets, none of it work (recognise/criteria-lists.ts).
    if (node.type === "list" && ctx.stack.at(-1)?.kind !== "metrics" && isCriteriaTargetList(node, ctx.stack.at(-1)?.raw, nodes[i - 1])) {
      recogniseMetricList(node, ctx);
      continue;
    }
    // "- **Action (Lea):** book the room" among discussion bullets: the labelled entries are the items (recognise/action-entries.ts).
    if (node.type === "list" && recogniseActionEntries(node, ctx)) continue;
    // "- **S2** — Signature lost…" with levels repeating: the bold level is a tag, not a term (recognise/tagged-entries.ts).
    if (node.type === "list") untagEntries(node);
    // "… presented the three options:" — a list introduced as options, questions or risks is not work
    // (boxes stay work). So is a list a rule and its lead-in set apart from the section above (recognise/set-apart-lists.ts).
    if (node.type === "list" && !isTaskList(node, ctx.legend) && (introducesNonWork(nodes[i - 1]) || introducesAlternatives(nodes[i - 1], text) || isSetApartList(nodes, i))) continue;
    // "1. **PostgreSQL upgrade** Agreed for January.": minutes' topics before the actions section (recognise/topic-lists.ts).
    if (node.type === "list" && isTopicList(node, ctx, workSection)) continue;
    // "- First the libraries - Then the backend": a narrated sequence, not work (recognise/non-items.ts).
    if (node.type === "list" && isNarratedSequence(node)) continue;
    // "Not planned: - A garbage collector." — scope statements under a set-aside heading (recognise/declined-statements.ts).
    if (node.type === "list" && isDeclinedStatements(node, ctx)) continue;
    // A README's feature list or a changelog's release entries describe the product (recognise/prose-documents.ts).
    if (node.type === "list" && listIsProductProse(ctx, readme)) continue;
    // "- Infrastructure:" over tasks over their steps: a headingless outline of areas (recognise/label-outlines.ts).
    if (node.type === "list" && recogniseLabelOutline(node, ctx)) continue;
    if (node.type === "list" && ctx.lowConfidence && !looksLikeWork(node)) continue;
    if (node.type === "list") {
      // "**Done**" alone above the list: a heading for this list only (recognise/list-labels.ts).
      // "[DONE]" alone above it in a plain-text note: the same (recognise/bracket-labels.ts).
      // "Team B:" over a mail's numbered points names their group (recognise/mail-groups.ts).
      // "6. …" after talk that followed "To do:" over "1. … 5.": the same list continued (recognise/continued-lists.ts).
      const label = mailGroupLabel(nodes[i - 1], ctx) ?? listLabel(nodes[i - 1]) ?? bracketLabel(nodes[i - 1]) ?? listLabel(continuedListLead(nodes, i));
      if (label) ctx.stack.push(label);
      const inMetrics = ctx.stack.some((s) => s.kind === "metrics");
      const before = ctx.items.length;
      const read =
        recogniseOutlinerList(node, ctx) ||
        recogniseKeyedEntries(node, ctx) ||
        recogniseHandoverAsks(node, ctx) ||
        recogniseAgreedAsks(node, nodes[i - 1], ctx) ||
        recogniseGroupedTasks(node, ctx) ||
        // "1. Forms / 1a. Label each field / 1b. …": groups over sub-lettered lines (recognise/lettered-groups.ts).
        recogniseLetteredGroups(node, ctx) ||
        (isTaskList(node, ctx.legend) ? recogniseTaskList(node, ctx) : inMetrics || isKeyResultList(node) ? (recogniseMetricList(node, ctx), true) : collectRanking(node, ctx) || recogniseNumberedList(node, ctx));
      if (!read) recognisePlainList(node, ctx);
      ctx.lastListItems = ctx.items.slice(before);
      attachFiles(ctx, pathEntries(node));
      if (label) ctx.stack.pop();
      continue;
    }
    // A table under "Order states" / "Legend" says what states mean; it holds no work.
    if (node.type === "table" && ctx.stack.at(-1)?.kind !== "legend") recogniseTable(node, ctx);
  }

  applyRankings(ctx);
  // "Priorities: Urgent > High > Low" read as a list entry is the document's scale, not work (a box says otherwise).
  ctx.items = ctx.items.filter((item) => item.origin === "task" || priorityOrderOf(item.title) === null);
  // "S1 …", "… — S4": severity codes the document defines rank its entries (recognise/severity-codes.ts).
  const codes = applySeverityCodes(ctx.items, text);
  // Whatever reader found an item, its title loses the same decoration (recognise/title-tails.ts).
  tidyTitles(ctx.items, ctx.people ?? new Set());
  // "… File: `public/img/hero.png`": a label closing a description names the files (recognise/file-labels.ts).
  readFileLabels(ctx.items);
  // Sticky-note colours, "!!! urgent", "(3 of 5)" on a card under way (recognise/board-remarks.ts).
  tidyBoardRemarks(ctx.items);
  // Once more: tidying may have uncovered a closing code ("… — S4 😱").
  Object.assign(codes, applySeverityCodes(ctx.items, text));
  // A bot's "check this box to …" control, a "Tip:" and a question without a box or fields are not work (recognise/non-items.ts).
  ctx.items = ctx.items.filter((item) => !isBoxControl(item.title) && !isAdvice(item.title) && !isQuestionEntry(item.title, item.origin === "task" || item.origin === "record"));
  // "— decided, nothing to do": an entry that says no action is needed is a note (recognise/handle-tails.ts).
  ctx.items = ctx.items.filter((item) => !saysNoActionNeeded(item));
  // "Priorities: Show-stopper > Critical > Major": the document's own scale maps the words it ranks.
  const stated = statedPriorityMap(ctx.priorityOrder, ctx.items.map((item) => item.priorityLabel));
  const items = finishItems(ctx, { ...options, priorityMap: { ...stated, ...codes, ...options.priorityMap } });
  if (items.length === 0) {
    warn(ctx, 1, noItemsMessage(nodes, headingsSeen));
  }
  ctx.warnings.sort((a, b) => a.line - b.line);
  return { items, slaPolicies: ctx.slaPolicies, metrics: ctx.metrics, warnings: ctx.warnings, shapes: [...ctx.shapes] };
}

// Words of a title, crudely singularised so "platforms" matches "platform".
const words = (t: string) => new Set(normalizeTitle(t).split(" ").filter((w) => w.length > 2).map((w) => (w.length > 4 ? w.replace(/s$/, "") : w)));

/**
 * "### High Priority  1. Type hints throughout codebase": when most entries name items found
 * elsewhere in the document, they rank those items; otherwise they are items themselves. An entry
 * names the item whose title covers most of its wording (at least 60%; the first such item on a
 * tie). Titles are indexed by word, so each entry is compared only with the items sharing a word
 * (comparing every entry with every item took a minute on a 5 MB plan).
 */
function applyRankings(ctx: ParseContext) {
  if (ctx.rankings.length === 0) return;
  const byWord = new Map<string, number[]>();
  ctx.items.forEach((item, i) => {
    for (const w of words(item.title)) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  const matches = ctx.rankings.map((r) => {
    const wanted = words(r.text);
    const shared = new Map<number, number>();
    for (const w of wanted) for (const i of byWord.get(w) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    let best = -1;
    let most = 0;
    for (const [i, n] of shared) if (n > most || (n === most && i < best)) [best, most] = [i, n];
    return wanted.size > 0 && most / wanted.size >= 0.6 ? ctx.items[best] : undefined;
  });
  const rankingDoc = ctx.items.length > 0 && matches.filter(Boolean).length >= ctx.rankings.length / 2;
  ctx.rankings.forEach((r, i) => {
    const match = matches[i];
    if (rankingDoc && match) {
      if (!match.priorityLabel) match.priorityLabel = r.label;
      else if (match.priorityLabel !== r.label) warn(ctx, r.line, `'${r.text}' ranked ${r.label}, but ${match.key ?? "the item"} already has ${match.priorityLabel}`);
    } else if (rankingDoc) {
      warn(ctx, r.line, `'${r.text}' is ranked ${r.label} but names no item in the document; not imported`);
    } else {
      ctx.shapes.add("priority-lists");
      ctx.items.push({ origin: "list", key: null, title: r.text, description: "", category: [], priority: null, priorityLabel: r.label, status: "not_started", severity: null, effortHours: null, done: false, checklist: [], line: r.line });
    }
  });
}

/** Keys for numbered lists, duplicate detection, the priority mapping; drops internal fields. */
function finishItems(ctx: ParseContext, options: ParseOptions): ParsedItem[] {
  // Numbers are keys only when they identify items across the whole document (1–50, not 1–5 per section).
  const numbered = ctx.items.filter((i) => i.origin === "numbered" && i.key === null);
  const numbers = numbered.map((i) => i.number);
  if (numbered.length > 1 && new Set(numbers).size === numbers.length) for (const item of numbered) item.key = String(item.number);

  const byKey = new Map<string, FoundItem>();
  const byTitle = new Map<string, FoundItem>();
  const out: ParsedItem[] = [];
  for (const item of ctx.items) {
    const titleKey = `${item.category.join(" › ")}\u0000${normalizeTitle(item.title)}`;
    const sameTitle = byTitle.get(titleKey);
    if (sameTitle && (item.key === null || item.key === sameTitle.key)) {
      warn(ctx, item.line, `duplicate of line ${sameTitle.line} ('${item.title}'); imported once`);
      continue;
    }
    if (item.key !== null) {
      const sameKey = byKey.get(item.key);
      if (sameKey) {
        warn(ctx, item.line, `key ${item.key} is used again (first at line ${sameKey.line}); this item gets a new key`);
        item.key = null;
      } else byKey.set(item.key, item);
    }
    byTitle.set(titleKey, item);
    // "The system MUST …": a requirement's capitalised key word ranks it when nothing else does (recognise/requirement-keywords.ts).
    if (item.priorityLabel === null && item.explicitPriority === undefined) item.priorityLabel = requirementPriority(item.title);
    out.push(toParsedItem(item, options));
  }
  return out;
}


function toParsedItem(item: FoundItem, options: ParseOptions): ParsedItem {
  return {
    key: item.key,
    title: item.title,
    description: item.description,
    category: item.category,
    priority: item.explicitPriority !== undefined ? item.explicitPriority : resolvePriority(item.priorityLabel, options.priorityMap),
    priorityLabel: item.priorityLabel,
    status: item.status,
    severity: item.severity,
    effortHours: item.effortHours,
    ...importedImpact(item.statedImpact ?? null, item.severity),
    done: item.done,
    checklist: item.checklist,
    line: item.line,
  };
}
