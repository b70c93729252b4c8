import type { RootContent } from "mdast";
import { plainText } from "../markdown";

// A thread or a meeting's notes that first put forward a list ("proposal:", "Suggestions:") and, once
// people had answered, closed on the list they settled on ("summary for the channel topic 👇",
// "Agreed:", "Final list:"). The closing list is the plan; the proposal is the draft it replaced and
// says the same things in earlier words. A careful reader counts the agreed list only: the proposal's
// entries are not read as items when a later list in the document is introduced as what was agreed
// (or summed up). A proposal with no such list after it stays work (no drops).

/** The lead-in's last line: "proposal:", "My suggestions:", "Vorschlag:", "Propuesta:". */
const PROPOSAL = /^(?:(?:my|our|a|the|first|initial|draft)\s+)?(?:proposals?|proposed|suggestions?|suggested|draft|ideas?|i propose|vorschlag|vorschläge|proposition|propositions|propuesta|propuestas|proposta|proposte|voorstel)\s*[:：]\s*$/iu;
/** A later lead-in that gives the settled list: "summary …", "agreed:", "final list", "recap", "what we decided". */
const SETTLED = /(?<![\p{L}])(?:summary|summing up|to sum up|recap|agreed|final(?: list| plan)?|decided|we settled on|zusammenfassung|vereinbart|beschlossen|résumé|récapitulatif|convenu|resumen|acordado|riepilogo|concordato|samenvatting|afgesproken)(?![\p{L}])/iu;
/** How far ahead the settled list is looked for (a thread is short; a hostile document is not). */
const MAX_AHEAD = 400;

/** The lead-in's last line as written (a chat message's stamp line above it is not part of it). */
function lastLine(node: RootContent | undefined): string {
  if (node?.type !== "paragraph") return "";
  const last = node.children.at(-1);
  const text = last?.type === "text" ? last.value : plainText(node);
  return (text.trimEnd().split("\n").at(-1) ?? "").trim();
}

/** Whether the list at `i` is a proposal that a later agreed list replaced (see above). */
export function isSupersededProposal(nodes: readonly RootContent[], i: number): boolean {
  const lead = lastLine(nodes[i - 1]);
  if (!lead || lead.length > 80 || !PROPOSAL.test(lead)) return false;
  const end = Math.min(nodes.length, i + MAX_AHEAD);
  for (let j = i + 2; j < end; j++) {
    if (nodes[j]!.type !== "list") continue;
    const before = lastLine(nodes[j - 1]);
    if (before.length <= 120 && SETTLED.test(before)) return true;
  }
  return false;
}
