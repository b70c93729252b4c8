import type { ParseContext } from "../context";

// "# Diwali Sale 2026 — Tasks", "# Tareas de la mudanza", "# Launch to-dos": a document whose title
// says it is a list of work, with its lists grouped under bold labels ("**Website**", "**Marketing**")
// and no heading of its own in between. A careful reader takes those lists
// as the work the title announces; the labels only group it. A heading below the title still decides
// for its own lists ("## Open questions" is not work, whatever the title says).

/** Labels open sections deeper than any heading (recognise/list-labels.ts). */
const DEEPEST_HEADING = 6;

/**
 * The list sits under a bold group label that names no kind, right under the document's work title.
 * A list after a plain line ("Riskler", "Açık sorular:") is not grouped work: the line may say what
 * the list is in words the reader does not know.
 */
export const underWorkTitle = (ctx: ParseContext): boolean =>
  ctx.titleKind === "tasks" && ctx.stack.length > 0 && ctx.stack.every((s) => s.depth > DEEPEST_HEADING && s.kind === null);
