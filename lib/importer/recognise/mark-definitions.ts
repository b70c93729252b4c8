import { LEGEND_LEVEL_WORDS } from "../vocabulary";

// "⭐ = tarefa marcada como importante", "🔥 = brennt": a line of its own that says what a mark means,
// the way a To Do export explains its star. It is the document's key for that mark as a "Legend:" line
// is (priority.ts priorityMarksOf), though it names no legend. The meaning is often a phrase ("task
// marked as important"): a level word closing it ("… importante") says the level.

const DEFINITION = /^\s*(?:[-*+]\s+)?((?:[🔥⭐★❗]\uFE0F?){1,5})\s*(?:=|:|[–—]|->|→)\s*(\S.{0,80})$/u;
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const closing = (words: string[]) => new RegExp(`(?:^|\\s)(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join("|")})[.!]?$`, "iu");
const CLOSING_LEVEL = (["High", "Low"] as const).map((level) => [level, closing(LEGEND_LEVEL_WORDS[level])] as const);

/** The document's lines that define a mark ("⭐ = …"), as the scale reader reads a legend line. */
export function markDefinitionLines(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split("\n")) if (line.length < 200 && DEFINITION.test(line)) lines.push(line);
  return lines;
}

/** "tarefa marcada como importante" → High: the level a closing legend word names; null when none does. */
export const closingLegendLevel = (words: string): string | null => CLOSING_LEVEL.find(([, pattern]) => pattern.test(words.trim()))?.[0] ?? null;
