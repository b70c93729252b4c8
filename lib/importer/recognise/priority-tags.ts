import { findPriorityLabel } from "../priority";

// "- [ ] **[High]** Login popup shows twice", "1. **P1** Rotate the keys": trackers' exports and QA
// lists set the priority tag in bold at the head of the line. A careful reader reads the bold as the
// entry's priority and the words after it as its title — the bold is a tag, not the title, whenever
// it holds nothing but a priority (with or without brackets) and words follow it with no dash or
// colon between ("**Critical** — remotely exploitable" defines the word instead).

/** The line's leading bold priority tag, given the entry reader's bold markers: its label and the rest of the line. */
export function leadingPriorityTag(s: string, open: string, close: string): { label: string; rest: string } | null {
  if (!s.startsWith(open)) return null;
  const end = s.indexOf(close);
  if (end < 0) return null;
  const inner = s.slice(open.length, end).trim();
  const after = s.slice(end + close.length);
  // "**Critical** — exploitable remotely …" defines the word (a legend line); a tag runs straight into the title.
  if (/^\s*[:·|–—-]/u.test(after) || /[:：]$/.test(inner)) return null;
  const rest = after.trim();
  if (!rest || inner.length > 30) return null;
  const bare = inner.replace(/^[[(（【]\s*|\s*[\])）】]$/gu, "");
  // Only a priority: "P1", "High", "높음", "Priority: High" — not "High availability".
  const label = findPriorityLabel(bare, { headingOnly: true }) ?? findPriorityLabel(bare);
  if (!label || !isOnlyPriority(bare)) return null;
  return { label, rest };
}

// One or two words: a level, a level beside the noun, or a P-number.
const isOnlyPriority = (t: string) => t.split(/\s+/).length <= 2 && !/[.,;]/.test(t);

/**
 * "P1: Fix login", "P-2 — Add docs": an unbolded P-level opening the line, set off by a colon or a
 * spaced dash, is the entry's priority and the words after it its title ("P1-001:" is a key, read elsewhere).
 */
const LEADING_P_LEVEL = /^P-?([0-4])(?:\s*[:：]|\s+[—–-])\s+(?=\S)/;

/** "【P0】清理…", "［P1］…", "[P2] …": the P-level in brackets opening the line (Chinese and Japanese lists write it so), then the title. */
const BRACKETED_P_LEVEL = /^(?:【\s*P-?([0-4])\s*】|［\s*P-?([0-4])\s*］|〔\s*P-?([0-4])\s*〕|\[\s*P-?([0-4])\s*\])\s*(?=\S)/;

export function leadingPLevel(s: string): { label: string; rest: string } | null {
  const b = s.match(BRACKETED_P_LEVEL);
  if (b) return { label: `P${b[1] ?? b[2] ?? b[3] ?? b[4]}`, rest: s.slice(b[0].length) };
  const m = s.match(LEADING_P_LEVEL);
  return m ? { label: `P${m[1]}`, rest: s.slice(m[0].length) } : null;
}
