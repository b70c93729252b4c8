import type { ItemStatus } from "../types";

// An Eisenhower matrix written as four headings: "Urgent & important — do first", "Important, not
// urgent — schedule", "Urgent, not important — delegate", "Neither — don't do". Each quadrant is a
// priority (README: "Do first" is P0; the others follow in the matrix's order: schedule P1,
// delegate P2, don't do P3), and the last says the work is not to be done (wont_do). A quadrant
// heading is a priority heading, so it names no category. Read only when the heading speaks of both
// urgency and importance, or says "neither": "Schedule" or "Delegate" alone stay topics, and a
// heading of "Urgent" alone is left to the horizon words (priority.ts).

export interface Quadrant {
  label: "Critical" | "High" | "Medium" | "Low";
  status: ItemStatus | null;
}

const URGENT = /(?<!\p{L})(?:urgent|dringend|urgente|pilne|срочн\p{L}*)(?!\p{L})/iu;
const IMPORTANT = /(?<!\p{L})(?:important|wichtig|importante|ważne|важн\p{L}*)(?!\p{L})/iu;
const NOT_URGENT = /(?<!\p{L})(?:not|non|nicht|no|pas|nie|ni|не)[\s-]{1,3}(?:urgent|dringend|urgente|pilne|срочн\p{L}*)(?!\p{L})/iu;
const NOT_IMPORTANT = /(?<!\p{L})(?:not|non|nicht|no|pas|nie|ni|не)[\s-]{1,3}(?:important|wichtig|importante|ważne|важн\p{L}*)(?!\p{L})/iu;
const NEITHER = /(?<!\p{L})(?:neither|weder)(?!\p{L})/iu;
const Q1: Quadrant = { label: "Critical", status: null };
const Q2: Quadrant = { label: "High", status: null };
const Q3: Quadrant = { label: "Medium", status: null };
const Q4: Quadrant = { label: "Low", status: "wont_do" };

/** The Eisenhower quadrant a heading names, or null. */
export function eisenhowerQuadrant(heading: string): Quadrant | null {
  const t = heading.replace(/[*_`]/g, "").trim();
  if (t.length > 80) return null;
  // "Neither — don't do": a short heading; "Neither vendor met the deadline" is a topic.
  const neither = NEITHER.test(t) && t.split(/\s+/).length <= 5;
  const urgent = URGENT.test(t);
  const important = IMPORTANT.test(t);
  if (!neither && !(urgent && important)) return null;
  const notUrgent = NOT_URGENT.test(t);
  const notImportant = NOT_IMPORTANT.test(t);
  if (neither || (notUrgent && notImportant)) return Q4;
  if (notUrgent) return Q2;
  if (notImportant) return Q3;
  return Q1;
}
