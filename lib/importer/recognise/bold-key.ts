// "**MOB-412** Login crashes": a tracker key set in bold before the summary is the key, not part of the title.

/** A bold (or underscored) tracker key, optional colon inside or after it, then the summary. */
const BOLD_KEY = /^\s*(\*\*|__)([A-Z][A-Z0-9]{1,9})-(\d{1,6})\s*:?\s*\1\s*[:·—–-]?\s+(?=\S)/;

export interface KeySplit {
  key: string;
  title: string;
}

/**
 * Each title's bold key and summary, where the key's prefix is the document's convention: two or
 * more titles open with it under different numbers ("**UTF-8** support" alone is a bold title word).
 */
export function splitBoldKeys(titles: readonly string[]): (KeySplit | null)[] {
  const found = titles.map((t) => {
    const m = t.match(BOLD_KEY);
    const rest = m ? t.slice(m[0].length).trim() : "";
    return m && /\p{L}/u.test(rest) ? { prefix: m[2]!, number: m[3]!, split: { key: `${m[2]}-${m[3]}`, title: rest } } : null;
  });
  const numbers = new Map<string, Set<string>>();
  for (const f of found) if (f) numbers.set(f.prefix, (numbers.get(f.prefix) ?? new Set()).add(f.number));
  return found.map((f) => (f && numbers.get(f.prefix)!.size >= 2 ? f.split : null));
}
