import type { RootContent } from "mdast";
import type { ParseContext, Section } from "../context";
import { plainText } from "../markdown";

// "Also not in the log:", "Also:", "Plus, for the handover:", "Außerdem noch:": a one-line lead-in
// that adds to what the section already listed as work. When the section has given items before the
// list (a log's marked commits, a list of tasks), a careful reader takes the list after such a lead-in
// as more of the same work, though no heading names it. Without items before it, "Also:" says nothing.

/** "Also", "plus", "and also" and their like in the languages the importer reads, opening the lead-in. */
const ALSO =
  /^(?:also|and also|plus|in addition|additionally|außerdem|ausserdem|zusätzlich|aussi|en plus|de plus|también|además|anche|inoltre|também|além disso|ook|verder|också|dessutom|også|desuden|dessuten|myös|lisäksi|także|ponadto|również|také|dále|також|крім того|также|кроме того|ayrıca|juga|selain itu|cũng|ngoài ra)(?![\p{L}])/iu;

/** "上のコメント以外に：", "除此之外：": the same said at the lead-in's end, in languages that put it there. */
const ALSO_AFTER = /(?:以外に|以外にも|のほかに|ほかに|他に|除此之外|此外|另外|외에|외에도)[:：]$/u;
/** "Besides the comments above:", "Apart from that:", "Other than the log:". */
const BESIDES = /^(?:besides|apart from|other than|aside from|neben|abgesehen von|en dehors de|à part|aparte de|además de|oltre a|naast|förutom|bortsett fra|foruten)(?![\p{L}])/iu;

/** The section the lead-in at nodes[i - 1] opens for the list at i: work, or null when it is none (see above). */
export function alsoLeadIn(nodes: readonly RootContent[], i: number, ctx: ParseContext): Section | null {
  const lead = nodes[i - 1];
  if (lead?.type !== "paragraph") return null;
  const text = plainText(lead).trim();
  if (!/[:：]$/u.test(text) || text.includes("\n") || text.length > 120 || !(ALSO.test(text) || BESIDES.test(text) || ALSO_AFTER.test(text))) return null;
  // Items found since the nearest heading: the section already lists work.
  const since = ctx.stack.at(-1)?.line ?? 0;
  if (!ctx.items.some((item) => item.line > since && item.line < (lead.position?.start.line ?? 0))) return null;
  return { depth: 7, segments: [], priorityLabel: null, status: null, kind: "tasks", raw: text, line: lead.position?.start.line ?? 0 };
}
