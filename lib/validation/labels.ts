import type { z } from "zod";

// Messages that name a field as the form labels it ("Warning threshold must be at or above the
// target"), never by its input name (`warningThreshold`). A schema's labels are registered beside
// it with withLabels; the action wrapper (lib/auth/guard.ts) words the refusal from them. The
// schema's own messages then say only what is wrong ("at most 500 characters", "must be P0–P3"),
// so a form that shows the message under the field does not repeat the label. Fields a person
// never types (ids, versions) carry a message that reads alone ("That item no longer exists; reload the page").

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

/**
 * A field's name in words when no label was registered: "warningThreshold" → "Warning threshold",
 * "projectId" → "Project" (the last named segment of the path). A fallback; labels are better.
 */
export function fieldWords(path: readonly PropertyKey[]): string | undefined {
  const name = [...path].reverse().find((p): p is string => typeof p === "string");
  // An id names nothing a person typed; its message must say which thing it is.
  if (!name || name === "id") return undefined;
  const words = name
    .replace(/Id$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase()
    .trim();
  return words ? capitalised(words) : undefined;
}

/**
 * One sentence naming the field: "Warning threshold must be …", "Title: at most 500 characters".
 * A message that is a sentence of its own (capitalised: "Enter a valid email address", "That metric
 * no longer exists") stands alone; a fragment gets the field's label, or its name in words.
 */
export function fieldSentence(label: string | undefined, message: string, path: readonly PropertyKey[] = []): string {
  const m = message.trim();
  const name = /^[a-z]/.test(m) ? (label ?? fieldWords(path)) : undefined;
  if (!name) return capitalised(m);
  return CONTINUES.test(m) ? `${name} ${m}` : `${name}: ${m}`;
}

/** The same labels for fields nested under `prefix` ("changes" → "changes.title"). */
export const under = (prefix: string, labels: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(labels).map(([key, label]) => [`${prefix}.${key}`, label]));
