// Tracker keys opening titles with no separator after them: "FAC-401 UBL 2.1 export", "FAC-402
// Download-knop …" (a table or list pasted from Jira, Linear or YouTrack, key and summary in one
// cell). The key names the ticket; the summary is the title. A single "UTF-8 support" or "ISO-8601
// dates" opens with the same shape and is title, so a key counts only as the document's convention:
// two or more titles open with the same prefix and different numbers, or other items of the document
// carry keys with that prefix (a Sentry list: "MOBILE-3F1" in a table's Issue column, then a list
// entry "MOBILE-2A0 ANR on emulators" under Ignored). An error tracker's short id ends in a base-32
// number ("3F1"): a suffix with a digit.

const LEADING_KEY = /^([A-Z][A-Z0-9]{1,9})-(\d{1,6}|(?=[A-Z]{0,7}\d)[A-Z0-9]{1,8})\s+(?=\S)/;
const KEY_PREFIX = /^#?([A-Z][A-Z0-9]{1,9})-(?:\d{1,6}|(?=[A-Z]{0,7}\d)[A-Z0-9]{1,8})$/;

/** The key prefixes the document's titles open with on two or more entries, each with its own number. */
export function repeatedKeyPrefixes(titles: readonly string[], keys: readonly (string | null)[] = []): Set<string> {
  const numbers = new Map<string, Set<string>>();
  const carried = new Set(keys.map((k) => k?.match(KEY_PREFIX)?.[1]).filter((p): p is string => !!p));
  for (const title of titles) {
    const m = title.match(LEADING_KEY);
    if (!m) continue;
    const seen = numbers.get(m[1]!) ?? new Set<string>();
    seen.add(m[2]!);
    numbers.set(m[1]!, seen);
  }
  return new Set([...numbers].filter(([prefix, seen]) => seen.size >= 2 || carried.has(prefix)).map(([prefix]) => prefix));
}

/** A title's opening key, when its prefix is one of the document's: the key and the title after it. */
export function leadingKey(title: string, prefixes: ReadonlySet<string>): { key: string; title: string } | null {
  const m = title.match(LEADING_KEY);
  if (!m || !prefixes.has(m[1]!)) return null;
  const rest = title.slice(m[0].length).trim();
  return rest ? { key: `${m[1]}-${m[2]}`, title: rest } : null;
}
