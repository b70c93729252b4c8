// A tracker's story copied as one line puts its fields first and its title last: Shortcut's
// "sc-8812 · feature · 3 pts — Support partial refunds", Jira's "ABC-12 · Bug · High — Login fails".
// When the line opens with the key and every "·"-separated segment is a field (type, points,
// priority, state), the phrase after the dash is what to do: the title, not a remark on the last field.

/** "sc-8812", "ABC-12", "#812", "ch1234" (Clubhouse): the key a tracker gives a story. */
const STORY_KEY = /^(?:#\d{1,9}|[A-Za-z][A-Za-z0-9]{0,9}-\d{1,9}|ch\d{1,9})$/;

/**
 * True when `remark`, after a line of fields opened by a key, is the line's title; `keyed` says the
 * key was already read off the line's start ("sc-8812 · " taken as the entry's key).
 */
export function remarkIsTitle(segments: readonly string[], allFields: boolean, remark: string, keyed = false): boolean {
  const opensWithKey = keyed || (segments.length >= 2 && STORY_KEY.test(segments[0]!.trim()));
  return allFields && opensWithKey && remark.trim().split(/\s+/).length >= 2;
}
