// Which backlog items a pull request or a commit names, and which of them it closes. Pure.
//
// A key is a prefix of a letter then letters or digits, a hyphen and a number (P0-006, T-12,
// ADR-001), alone as a word, optionally qualified by its project's slug (health-todos/P1-003).
// Words are what whitespace separates, less the punctuation Markdown and prose put around them
// ("(P0-006)", "`T-12`", "P0-006,"); a word that is anything else ("P0-0066", "abcT-12", a URL
// such as https://example.com/P0-006) names nothing. A key closes when the word before it is one
// of GitHub's closing keywords (close, closes, closed, fix, fixes, fixed, resolve, resolves,
// resolved; any case, an optional colon): "Fixes P0-006", "closes: health-todos/P1-003". Branch
// names are matched per path segment, case-insensitively, by the key at its start
// (p0-006-retry-deploys, feature/T-12) and never close.

export type ItemRef = {
  /** The project's slug when the key was qualified, else null (any project's item with that key). */
  project: string | null;
  /** The key as an item has it, upper-cased (keys are compared case-insensitively). */
  key: string;
  /** Named after a closing keyword. */
  closes: boolean;
};

/** At most this many references are read from one text (a 1 MB body cannot ask for 100,000 lookups). */
export const MAX_REFS = 50;

const KEY = "[A-Za-z][A-Za-z0-9]*-[0-9]{1,9}";
const SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
const WORD_REF = new RegExp(`^(?:(${SLUG})/)?(${KEY})$`);
const CLOSING = /^(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)$/i;
const LEADING = new Set("(\"'`[{<*_~#>");
const TRAILING = new Set(")\"'`]}>*_~.,;:!?");
/** The longest word that can still be a reference: a project slug, a slash and a key, with punctuation around. */
const MAX_WORD = 160;

/**
 * The word without the punctuation around it, walked by hand: a `[…]+$` regex retries from every
 * position, so a contributor's 100,000-character word of brackets would block the server.
 */
function strip(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && LEADING.has(word[start]!)) start++;
  while (end > start && TRAILING.has(word[end - 1]!)) end--;
  return word.slice(start, end);
}

/** Keeps the first mention of each item, closing if any mention closes. */
function merge(refs: ItemRef[]): ItemRef[] {
  const byId = new Map<string, ItemRef>();
  for (const ref of refs) {
    const id = `${ref.project ?? ""}/${ref.key}`;
    const seen = byId.get(id);
    if (seen) seen.closes ||= ref.closes;
    else if (byId.size < MAX_REFS) byId.set(id, { ...ref });
  }
  return [...byId.values()];
}

/** The items a title, a body or a commit message names, in order, each once. */
export function refsInText(text: string | null | undefined): ItemRef[] {
  if (!text) return [];
  const out: ItemRef[] = [];
  let previous = "";
  for (const raw of text.split(/\s+/)) {
    if (!raw) continue;
    if (raw.length > MAX_WORD) {
      previous = "";
      continue;
    }
    const word = strip(raw);
    // Keys are written in capitals in prose; a lower-case "sha-256" or "utf-8" is not one.
    const match = raw.includes("://") ? null : WORD_REF.exec(word);
    if (match && /^[A-Z]/.test(match[2]!)) {
      out.push({ project: match[1] ?? null, key: match[2]!.toUpperCase(), closes: CLOSING.test(previous) });
      if (out.length >= MAX_REFS * 4) break;
    }
    previous = word;
  }
  return merge(out);
}

const BRANCH_KEY = new RegExp(`^(${KEY})(?=$|[-_.])`);

/** The items a branch name names: a key at the start of a path segment (never closing). */
export function refsInBranch(branch: string | null | undefined): ItemRef[] {
  if (!branch) return [];
  const out: ItemRef[] = [];
  for (const segment of branch.split("/")) {
    const match = BRANCH_KEY.exec(segment);
    if (match) out.push({ project: null, key: match[1]!.toUpperCase(), closes: false });
  }
  return merge(out);
}

/** A pull request's references: its title and body (which may close) and its branch. */
export function refsInPullRequest(pr: { title: string; body?: string | null; branch?: string | null }): ItemRef[] {
  return merge([...refsInText(pr.title), ...refsInText(pr.body), ...refsInBranch(pr.branch)]);
}
