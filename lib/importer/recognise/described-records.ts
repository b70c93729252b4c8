import type { List, Paragraph, RootContent } from "mdast";

// "### 1. Idempotent backfills" + a sentence saying what and why + "- **Effort:** 2" / "- **Status:**
// In progress": an improvement plan's record that explains itself before its fields, or gives only
// one field ("### 6. Data catalog lineage" + "- **Effort:** 2"). A careful reader takes the heading as
// the item, the sentence as its description and the bullets as its fields, not "Effort" and "Status"
// as items of their own. Only a leaf heading (nothing nested under it) whose list holds nothing but
// labelled scalar fields with values (Status, Priority, Effort, Owner, Due…) reads so; records.ts
// reads the rest of the record as usual.

export interface Field {
  label: string;
  value: string;
  more?: string;
}

/** A list whose every entry is one `**Label:** value` line of a scalar field; its fields, else null. */
export function scalarFieldList(node: RootContent | undefined, scalarLine: (p: Paragraph) => Field | null): Field[] | null {
  if (node?.type !== "list" || (node as List).children.length === 0) return null;
  const fields: Field[] = [];
  for (const item of (node as List).children) {
    const first = item.children[0];
    if (item.children.length !== 1 || first?.type !== "paragraph" || item.checked === true || item.checked === false) return null;
    const field = scalarLine(first);
    if (!field) return null;
    fields.push(field);
  }
  return fields;
}

/**
 * Where a leaf record's fields start (0, or 1 after one plain paragraph) and its fields; null when
 * the body is not one. `fieldParagraph` reads a paragraph of labelled fields with a scalar one
 * ("**Remediation:** …\n**Owner:** Priya · **Status:** Fixed", a pen-test finding's shape); such a
 * paragraph after the sentence makes a record only when no list follows it (a section's fields over
 * its task list are the section's, recognise/records.ts sectionFields).
 */
export function describedRecordFields(
  body: RootContent[],
  scalarLine: (p: Paragraph) => Field | null,
  fieldParagraph: (p: Paragraph) => Field[] | null,
): { at: number; fields: Field[] } | null {
  if (body.some((n) => n.type === "heading")) return null;
  const [first, second] = body;
  const leading = scalarFieldList(first, scalarLine);
  if (leading) return { at: 0, fields: leading };
  if (first?.type !== "paragraph" || fieldParagraph(first) !== null || first.children[0]?.type === "strong") return null;
  const after = scalarFieldList(second, scalarLine);
  if (after) return { at: 1, fields: after };
  const block = second?.type === "paragraph" && !body.slice(2).some((n) => n.type === "list") ? fieldParagraph(second) : null;
  return block ? { at: 1, fields: block } : null;
}
