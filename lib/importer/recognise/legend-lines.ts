import { findPriorityLabel, horizonLabel } from "../priority";
import { statusWordIn } from "../status-words";
import { escape, LEGEND_NAMES } from "./scale-lines";

// Legend lines: where a document defines its own scale. "Legend: 🔴 critical · 🟠 high",
// "**Légende** : 🔴 critique, 🟠 haute", "Легенда: 🔥 срочно", "범례: 🔴 긴급", "凡例：🔴 緊急",
// "Priorität: 🔥🔥🔥 sofort · 🔥 später", and a line that defines two or more of the document's scale
// words in quotes ("“高” 表示两周内必须处理；“中” 本季度内；“低” 有空再做。", "\"High\" means this
// sprint; \"Low\" means when there is time"). Such a line explains the marks; it is not work.

/** A legend that opens with its name and a colon ("Legend:", "**Légende** :", "凡例：", "Key —"). */
const NAMED_LEGEND = new RegExp(`^[\\s>*_]*(?:${LEGEND_NAMES.map(escape).join("|")})[*_]*\\s*[:：—–=-]`, "iu");
/** A quoted short word: “高”, "High", «срочно», „hoch“, 「高」, 'P1'. */
// Not a GitLab scoped label (~"status::blocked" ~"priority::high"): the tilde makes it a field of the entry, no definition.
const QUOTED = /(?<!~)[“"«„「『']([^“”"«»„「」『』'\n]{1,20})[”"»“」』']/gu;

/**
 * A line that is a legend, not an item: it opens with a legend's name, or it defines two or more
 * quoted words that are the document's priority or state words.
 */
export function isLegendLine(text: string): boolean {
  const t = text.trim();
  const named = t.match(NAMED_LEGEND);
  if (named) {
    // "Key: rotate the signing key" is a task; a legend defines several things: two marks or three entries.
    const rest = t.slice(named[0].length);
    const marks = rest.match(/\p{Extended_Pictographic}|\[[^\]]?\]|[✓✔✗✘◐○●]/gu)?.length ?? 0;
    if (marks >= 2 || rest.split(/[·|,;/]/).filter((x) => x.trim()).length >= 3) return true;
  }
  const defined = [...t.matchAll(QUOTED)].map((m) => m[1]!.trim()).filter((w) => (findPriorityLabel(w) ?? horizonLabel(w) ?? statusWordIn(w)) !== null);
  return defined.length >= 2;
}
