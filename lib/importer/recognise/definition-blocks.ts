import type { Heading } from "mdast";
import { sectionFromHeading } from "../sections";

// "## Glossary" over "**Term** – meaning" lines: bold labels with text after them under a heading
// that names notes (a glossary, terms, background) define words; they are no record of work.
// A heading with a state, priority or effort field among its labels stays a record.

/** Whether a heading's bold-labelled block is a set of definitions rather than a record's fields. */
export function isDefinitionBlock(heading: Heading, hasWorkField: boolean): boolean {
  if (hasWorkField) return false;
  const kind = sectionFromHeading(heading).kind;
  return kind === "notes" || kind === "legend";
}
