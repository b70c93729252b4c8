import type { List } from "mdast";
import type { ParseContext } from "../context";
import { plainText } from "../markdown";

// "## Known issues" in an upgrade checklist or a release's notes: "Karpenter 1.x changes the default
// consolidationPolicy; we set it explicitly so nothing changes for us.", "AL2023 uses cgroup v2: the
// old agent reports wrong memory. We're on 7.58." Each entry explains a caveat in full sentences, how
// it bites and why it does not bite us, for the reader doing the work to know; a careful reader takes
// none of it as a task. A known-issues list that is a to-fix list ("Known issues (must fix before
// 2.4)", "- ledgerctl doctor crashes on empty config files") names its bugs as titles, without the
// full stop of a sentence: it stays work.

const KNOWN_ISSUES = /^[^\p{L}]{0,6}(?:known (?:issues|problems|limitations|caveats)|caveats|gotchas|bekannte (?:probleme|einschränkungen)|problèmes connus|problemas conocidos|problemi noti|bekende problemen|kända problem)(?![\p{L}])/iu;
/** The heading asks for the fixes after all: "(must fix before 2.4)", "to fix". */
const ASKS_FIX = /(?<![\p{L}])(?:fix|fixes|fixing|to do|todo|beheben|corriger|arreglar|correggere)(?![\p{L}])/iu;
/** An entry written as a sentence: it closes on a full stop (not an abbreviation's or a version's). */
const SENTENCE_END = /[\p{Ll}\p{N})`'"”]\.$/u;

/** Whether the list under a known-issues heading is caveats explained in sentences (see above). */
export function isKnownIssueNotes(list: List, ctx: ParseContext): boolean {
  const heading = ctx.stack.at(-1)?.raw ?? "";
  if (!KNOWN_ISSUES.test(heading) || ASKS_FIX.test(heading)) return false;
  if (list.children.some((item) => typeof item.checked === "boolean")) return false;
  return list.children.length > 0 && list.children.every((item) => {
    const text = item.children[0]?.type === "paragraph" ? plainText(item.children[0]).trim() : "";
    // A sentence of its own, and more than a name: a caveat explains (two clauses at least).
    return text.length <= 600 && SENTENCE_END.test(text) && /[;:]\s|[.!?]\s+\p{Lu}|,\s/u.test(text);
  });
}
