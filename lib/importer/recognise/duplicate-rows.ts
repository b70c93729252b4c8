// A bug list's state column may carry the resolution beside the state (Bugzilla's "RESOLVED
// DUPLICATE", "Closed (duplicate)", "Duplicate"): the row was closed because another row is the same
// bug. A careful reader does not import it a second time; the bug it duplicates is the item.

const DUPLICATE = /(?<![\p{L}])(?:duplicate|dupe|duplicated|doublon|duplikat|doppelt|duplicado|duplicada|duplicato|dubbel|dubbele|дубликат|дубль|дублікат|duplikát|kopya|重複|重复|중복)(?![\p{L}])/iu;

/** True when a state cell says the row is a duplicate of another. */
export function saysDuplicate(stateCell: string): boolean {
  return stateCell.length <= 40 && DUPLICATE.test(stateCell);
}
