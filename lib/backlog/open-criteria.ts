// What the "Mark done anyway?" question shows: an item's unticked acceptance criteria, the first
// few by text and how many in all. Client-safe (no imports); the SQL that fills it is in
// ./open-criteria-sql.ts, the item page builds it from the checklist it already has.

/** How many open criteria the question names; the rest are "and N more". */
export const OPEN_CRITERIA_SHOWN = 10;

export type OpenCriteria = {
  /** Unticked acceptance criteria in all. */
  count: number;
  /** The first OPEN_CRITERIA_SHOWN of them, in checklist order. */
  texts: string[];
};

export const NO_OPEN_CRITERIA: OpenCriteria = { count: 0, texts: [] };

/** From a loaded acceptance checklist (in its order). */
export function openCriteriaOf(entries: readonly { text: string; done: boolean }[]): OpenCriteria {
  const open = entries.filter((e) => !e.done);
  return { count: open.length, texts: open.slice(0, OPEN_CRITERIA_SHOWN).map((e) => e.text) };
}
