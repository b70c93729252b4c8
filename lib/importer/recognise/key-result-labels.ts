// Key results are numbered by a label that is no part of what they measure: "KR1.1 Median lead
// time ≤ 30 minutes", "KR 2: …", "KR2.3 – …", "Key result 3: …", "KR-4 …". The label is a key (like
// "INFRA-12" on a task): the metric is named by the words after it, and read as a target sentence
// (metrics.ts), so "KR1: Activation from 38% to 50%" is Activation ≥ 50, not KR1 ≥ 38.

// A full-width colon ("KR1：…", as Chinese and Japanese write it) needs no space after it.
const KEY_RESULT_LABEL = /^\s*(?:kr|key\s+result)\s*[-#]?\s*\d+(?:\.\d+)*\s*(?:[:.)–—-]?\s+|[：）]\s*)/iu;

/** The text of a key-result line after its label ("KR1.1 Foo ≥ 3" → "Foo ≥ 3"), or null when it has no such label. */
export function keyResultText(line: string): string | null {
  const m = line.match(KEY_RESULT_LABEL);
  if (!m) return null;
  const rest = line.slice(m[0].length).trim();
  return rest === "" ? null : rest;
}
