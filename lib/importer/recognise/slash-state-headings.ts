import { headingStatus } from "../clean";
import type { ItemStatus } from "../types";

// "## ✅ Pubblicato / Fatto", "## Shipped / Done": a board column named twice, one name a state word,
// is that state (the other name is the team's own word for it).

/** The state one of a heading's slash-separated names says, when the heading is only such names. */
export function slashHeadingState(raw: string): ItemStatus | null {
  const parts = raw.replace(/^[^\p{L}\p{N}]+/u, "").split(/\s+\/\s+/u);
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !p.trim() || p.trim().split(/\s+/).length > 3)) return null;
  const states = parts.map((p) => headingStatus(p.trim())).filter((s): s is ItemStatus => s !== null);
  // Two names that disagree ("Done / Blocked") say no one state.
  return states.length && states.every((s) => s === states[0]) ? states[0]! : null;
}
