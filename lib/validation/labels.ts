import type { z } from "zod";

// Messages that name a field as the form labels it ("Warning threshold must be at or above the
// target"), never by its input name (`warningThreshold`). A schema's labels are registered beside
// it with withLabels; the action wrapper (lib/auth/guard.ts) words the refusal from them. The
// schema's own messages then say only what is wrong ("at most 500 characters", "must be P0–P3"),
// so a form that shows the message under the field does not repeat the label. Fields a person
// never types (ids, versions) carry a message that reads alone ("item is missing or invalid").

const LABELS = new WeakMap<object, Readonly<Record<string, string>>>();

/** A path as labels key it: "changes.title"; list indexes as "*" ("scopes.*"). */
export const labelKey = (path: readonly PropertyKey[]): string => path.map((p) => (typeof p === "number" ? "*" : String(p))).join(".");

/**
 * Registers the form labels of `schema`'s fields, keyed by path ("title", "changes.title"). The
 * same schema object must reach defineAction; a derived schema (`.extend`, `.partial`) needs its own.
 */
export function withLabels<S extends z.ZodType>(schema: S, labels: Readonly<Record<string, string>>): S {
  LABELS.set(schema, labels);
  return schema;
}

/** The label of the field at `path` (or of its nearest labelled parent), if the schema has one. */
export function labelFor(schema: object, path: readonly PropertyKey[]): string | undefined {
  const labels = LABELS.get(schema);
  if (!labels) return undefined;
  for (let n = path.length; n > 0; n--) {
    const label = labels[labelKey(path.slice(0, n))];
    if (label) return label;
  }
  return undefined;
}

/** Messages that continue the label as one sentence ("… must be", "… is"); others follow a colon. */
const CONTINUES = /^(must|is|are|cannot|can't|does|has|needs|should)\b/;

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Warning threshold must be …", "Title: at most 500 characters", or the message alone. */
export function fieldSentence(label: string | undefined, message: string): string {
  const m = message.trim();
  if (!label) return capitalised(m);
  return CONTINUES.test(m) ? `${label} ${m}` : `${label}: ${m}`;
}
