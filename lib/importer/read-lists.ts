import type { List, RootContent } from "mdast";
import type { ParseContext } from "./context";
import type { DocumentShape } from "./document-shape";
import { recogniseActionEntries } from "./recognise/action-entries";
import { recogniseAgreedAsks } from "./recognise/agreed-asks";
import { bracketLabel } from "./recognise/bracket-labels";
import { bareLabel } from "./recognise/bare-labels";
import { continuedListLead } from "./recognise/continued-lists";
import { isCriteriaTargetList } from "./recognise/criteria-lists";
import { recogniseFlaggedTodos } from "./recognise/flagged-todos";
import { isDeclinedStatements } from "./recognise/declined-statements";
import { attachFiles, isFileList, pathEntries } from "./recognise/file-lists";
import { recogniseHandoverAsks } from "./recognise/handover-asks";
import { recogniseKeyedEntries } from "./recognise/keyed-entries";
import { recogniseLabelOutline } from "./recognise/label-outlines";
import { introducesNonWork } from "./recognise/lead-ins";
import { recogniseLetteredGroups } from "./recognise/lettered-groups";
import { introducesAlternatives, listLabel } from "./recognise/list-labels";
import { collectRanking, isTaskList, recogniseGroupedTasks, recogniseNumberedList, recognisePlainList, recogniseTaskList } from "./recognise/lists";
import { looksLikeWork } from "./recognise/low-confidence";
import { recogniseTriageArrows } from "./recognise/triage-arrows";
import { alsoLeadIn } from "./recognise/also-lead-ins";
import { mailGroupLabel } from "./recognise/mail-groups";
import { isKeyResultList, recogniseMetricList } from "./recognise/metrics";
import { isNarratedSequence } from "./recognise/non-items";
import { recogniseOutlinerList } from "./recognise/outliner-keywords";
import { listIsProductProse } from "./recognise/prose-documents";
import { isSetApartList } from "./recognise/set-apart-lists";
import { isSpecRequirementList } from "./recognise/spec-requirements";
import { isLabelBucket } from "./recognise/label-buckets";
import { untagEntries } from "./recognise/tagged-entries";
import { isTopicList } from "./recognise/topic-lists";
import { isKnownIssueNotes } from "./recognise/known-issue-notes";
import { isSupersededProposal } from "./recognise/superseded-proposals";
import { plainText } from "./markdown";

// A list is the most common shape of work, and of much that is not work: files, targets, options,
// topics, scope statements, a README's features. The tests below set those apart first; what is
// left is read by the first list reader that knows its shape.

/** A list that is not work, or is work of a shape read on its own (files, targets, labelled entries): true when it is done with. */
function setApart(list: List, nodes: RootContent[], i: number, doc: DocumentShape, ctx: ParseContext): boolean {
  if (ctx.lastListItems?.length && isFileList(list)) {
    attachFiles(ctx, list.children.map((item) => plainText(item)));
    return true;
  }
  // "avatarUrl crash → fix this sprint", "feed timeout → ignore": a triage's verdicts, read as items
  // even under "Decisions:" (recognise/triage-arrows.ts).
  if (recogniseTriageArrows(list, ctx)) return true;
  // "## Known issues" over caveats explained in sentences: what to know, not what to do (recognise/known-issue-notes.ts).
  if (isKnownIssueNotes(list, ctx)) return true;
  // "proposal:" over a list that a later "summary 👇" list replaced: the draft, not the plan (recognise/superseded-proposals.ts).
  if (isSupersededProposal(nodes, i)) return true;
  // "## Success criteria" over "- Availability ≥ 99.9%": a list of targets, none of it work (recognise/criteria-lists.ts).
  if (ctx.stack.at(-1)?.kind !== "metrics" && isCriteriaTargetList(list, ctx.stack.at(-1)?.raw, nodes[i - 1])) {
    recogniseMetricList(list, ctx);
    return true;
  }
  // "- **Action (Lea):** book the room" among discussion bullets: the labelled entries are the items (recognise/action-entries.ts).
  if (recogniseActionEntries(list, ctx)) return true;
  // "- **S2** — Signature lost…" with levels repeating: the bold level is a tag, not a term (recognise/tagged-entries.ts).
  untagEntries(list);
  // "… presented the three options:" — a list introduced as options, questions or risks is not work
  // (boxes stay work). So is a list a rule and its lead-in set apart from the section above (recognise/set-apart-lists.ts).
  if (!isTaskList(list, ctx.legend) && (introducesNonWork(nodes[i - 1]) || introducesAlternatives(nodes[i - 1], doc.text) || isSetApartList(nodes, i))) return true;
  // "1. **PostgreSQL upgrade** Agreed for January.": minutes' topics before the actions section (recognise/topic-lists.ts).
  if (isTopicList(list, ctx, doc.workSection)) return true;
  // "- First the libraries - Then the backend": a narrated sequence, not work (recognise/non-items.ts).
  if (isNarratedSequence(list)) return true;
  // "Not planned: - A garbage collector." — scope statements under a set-aside heading (recognise/declined-statements.ts).
  if (isDeclinedStatements(list, ctx)) return true;
  // A README's feature list or a changelog's release entries describe the product (recognise/prose-documents.ts).
  if (listIsProductProse(ctx, doc.readme)) return true;
  // "## Requirements" of a spec that plans its work under milestones: the spec, not work (recognise/spec-requirements.ts).
  if (isSpecRequirementList(list, ctx, doc.workSection)) return true;
  // "- Infrastructure:" over tasks over their steps: a headingless outline of areas (recognise/label-outlines.ts).
  if (recogniseLabelOutline(list, ctx)) return true;
  return !!ctx.lowConfidence && !looksLikeWork(list);
}

/** Reads the list at `i` (one node). */
export function readList(nodes: RootContent[], i: number, doc: DocumentShape, ctx: ParseContext): void {
  const list = nodes[i] as List;
  if (setApart(list, nodes, i, doc, ctx)) return;
  // "**Done**" alone above the list: a heading for this list only (recognise/list-labels.ts).
  // "[DONE]" alone above it in a plain-text note: the same (recognise/bracket-labels.ts).
  // "Team B:" over a mail's numbered points names their group (recognise/mail-groups.ts).
  // "6. …" after talk that followed "To do:" over "1. … 5.": the same list continued (recognise/continued-lists.ts).
  // "High priority" alone on the line above it, in a word-processor file pasted as text: the same (recognise/bare-labels.ts).
  // "Also not in the log:" after the section's items: more of the same work (recognise/also-lead-ins.ts).
  const label = mailGroupLabel(nodes[i - 1], ctx) ?? listLabel(nodes[i - 1]) ?? bracketLabel(nodes[i - 1]) ?? bareLabel(nodes[i - 1]) ?? listLabel(continuedListLead(nodes, i)) ?? alsoLeadIn(nodes, i, ctx);
  // "**This week**" beside "**Urgent 🔴**": one more bucket of the same work (recognise/label-buckets.ts).
  if (label && isLabelBucket(nodes, i, label)) label.kind = "tasks";
  if (label) ctx.stack.push(label);
  // Under targets, unless a nearer heading or label names work ("## Goal 1" › "**Initiatives**": an OKR's initiatives).
  const inMetrics = ctx.stack.some((s) => s.kind === "metrics") && [...ctx.stack].reverse().find((s) => s.kind)?.kind !== "tasks";
  const before = ctx.items.length;
  const read =
    recogniseOutlinerList(list, ctx) ||
    // "- ci is red, alex looking - TODO: bump axios": notes with lines flagged to do (recognise/flagged-todos.ts).
    recogniseFlaggedTodos(list, ctx) ||
    recogniseKeyedEntries(list, ctx) ||
    recogniseHandoverAsks(list, ctx) ||
    recogniseAgreedAsks(list, nodes[i - 1], ctx) ||
    recogniseGroupedTasks(list, ctx) ||
    // "1. Forms / 1a. Label each field / 1b. …": groups over sub-lettered lines (recognise/lettered-groups.ts).
    recogniseLetteredGroups(list, ctx) ||
    (isTaskList(list, ctx.legend) ? recogniseTaskList(list, ctx) : inMetrics || isKeyResultList(list) ? (recogniseMetricList(list, ctx), true) : collectRanking(list, ctx) || recogniseNumberedList(list, ctx));
  if (!read) recognisePlainList(list, ctx);
  ctx.lastListItems = ctx.items.slice(before);
  attachFiles(ctx, pathEntries(list));
  if (label) ctx.stack.pop();
}
