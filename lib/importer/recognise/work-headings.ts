// "## Work", "## Work to get there", "## Open work", "## Work needed to measure these", "## Planned
// work for H1": a heading whose head noun is "work" names the plan's work, as "Tasks" does. A plan that
// sets targets first (an SLO document, a performance budget) then lists "Work to get there" under
// them means the list as its tasks, not as more targets. Only "work" as the heading's noun, alone or
// with a word of which work (open, planned, remaining) before it, or a purpose after it ("to get
// there", "needed to …", "for Q1"): "How we work", "Related work" (a design doc's prior art), "Work
// done so far", "Working agreements" and "Work log" name no work to do.

/** A word saying which work is meant: still to do, or of what kind. */
const WHICH = "(?:open|planned|remaining|proposed|upcoming|outstanding|pending|ongoing|support|reliability|engineering|platform|infrastructure|infra|technical|tech|supporting|required|needed)";
/** What may follow "work": which work (needed, ahead) and a purpose or a period ("to get there", "for Q1"), capped. */
const AFTER = String.raw`(?:\s+(?:needed|required|planned|ahead|remaining|left|items))?(?:\s+(?:to|for)\s+[^\n]{1,60})?`;
const WORK_HEADING = new RegExp(String.raw`^[^\p{L}\p{N}]{0,6}(?:${WHICH}\s+)?work${AFTER}\W{0,3}$`, "iu");

/** Whether a heading names the plan's work by the noun "work" (see above). */
export function namesWork(raw: string): boolean {
  return raw.length <= 100 && WORK_HEADING.test(raw.trim());
}
