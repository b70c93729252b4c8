// A leaf heading written like a record ("### P3-002: Gateway in front of REST 🧩 ARCHITECTURE") but
// followed by prose rather than fields: its ticket key and trailing emoji + CATEGORY tag are not title.

// Shortcut's lower-case story ids ("sc-8812 Backfill job …") open the heading with a space alone; an
// upper-case word with a number needs its separator ("COVID-19 response" is a name, not a key).
const TICKET_KEY = /^(?:([A-Z][A-Z0-9]{0,9}-\d{1,6})\s*[:–—|]|([a-z]{2,5}-\d{3,6})(?=\s))\s+(?=\S)/u;
const TRAILING_TAG = /\s+\p{Extended_Pictographic}\uFE0F?(?:\s+[\p{Lu}\d&/ _-]+)?$/u;

/** The heading title without a leading ticket key and a trailing tag; the key if there was one. */
export function leafHeadingKey(title: string): { title: string; key: string | null } {
  const m = title.match(TICKET_KEY);
  if (!m) return { title, key: null };
  // The trailing tag is read off only on a keyed heading: a plain heading may end with an emoji of its own.
  const rest = title.slice(m[0].length).replace(TRAILING_TAG, "").trim();
  return rest ? { title: rest, key: m[1] ?? m[2]! } : { title, key: null };
}
