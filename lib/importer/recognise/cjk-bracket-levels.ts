import { CJK_LEVEL_WORDS, CJK_PRIORITY_NOUNS } from "../vocabulary";

// Chinese and Japanese action lists open each entry with its level in brackets: "【高】商户统计改为异步汇总",
// "〔中〕整理手册", "[低] 补充文案", "【優先度：高】手順書を整備する". A single 高 / 中 / 低 is a priority only
// beside a priority noun elsewhere (priority.ts: 中 is also "in"), but set apart in brackets at the head of
// the entry it is nothing else: the bracket is the entry's priority tag, and the words after it its title.

type Level = keyof typeof CJK_LEVEL_WORDS;
const LEVEL_OF = new Map<string, Level>(Object.entries(CJK_LEVEL_WORDS).flatMap(([level, words]) => words.map((w) => [w, level as Level])));
const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const LEVELS = [...LEVEL_OF.keys()].sort((a, b) => b.length - a.length).map(esc).join("|");
const NOUNS = [...CJK_PRIORITY_NOUNS].sort((a, b) => b.length - a.length).map(esc).join("|");
/** "【高】", "〔中〕", "［低］", "[高]", "【優先度：高】", "【高优先级】" opening the entry, then its title. */
const TAG = new RegExp(`^([【〔［\\[])\\s*(?:(?:${NOUNS})\\s*[:：]?\\s*)?(${LEVELS})\\s*(?:${NOUNS})?\\s*([】〕］\\]])\\s*(?=\\S)`, "u");
const CLOSES: Record<string, string> = { "【": "】", "〔": "〕", "［": "］", "[": "]" };

/** The entry's leading bracketed CJK level: its English level word ("High") and the rest of the line. */
export function leadingCjkLevel(s: string): { label: string; rest: string } | null {
  const m = s.match(TAG);
  if (!m || CLOSES[m[1]!] !== m[3]) return null;
  return { label: LEVEL_OF.get(m[2]!)!, rest: s.slice(m[0].length) };
}
