// "## How we'll know it worked", "How will we know we're done?", "How we'll measure success": the
// section a plan closes on with the figures it will be judged by ("Checkout TTI p75 under 2.5 s").
// These are its success criteria, read as targets (README: key results and targets are metrics, not
// items). The heading asks how the writer will know or measure; "How we work", "How we'll roll it
// out" and "How to tell which level you're in" ask something else.

const SUCCESS_CHECK = /^[^\p{L}]{0,6}how (?:(?:we(?:'ll|’ll| will| can| are going to)?|will we|do we|can we|shall we) (?:know|tell|measure|judge|check)\b)/iu;

/** Whether a heading asks how the plan's success will be known (see above). */
export function asksHowSuccessIsKnown(raw: string): boolean {
  if (raw.length > 120) return false;
  return SUCCESS_CHECK.test(raw.trim());
}
