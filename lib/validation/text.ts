import { z } from "zod";

// U+0000 cannot be stored in a PostgreSQL text column: a NUL in a title, comment, search term or
// note made the query fail with a 500 (and the failed query, parameters included, was logged).
// One refinement refuses it everywhere text comes in: the guard (lib/auth/guard.ts) applies
// `noNulAnywhere` to every action's and route's whole input before its own schema, so no field can
// be forgotten, and `text()` is the same rule for schemas parsed outside the guard (URL filters).

export const NUL_MESSAGE = "must not contain the NUL character (U+0000)";

const MAX_DEPTH = 32;

/** The path to the first string (or object key) inside `value` that contains U+0000, or null. */
export function findNul(value: unknown, path: (string | number)[] = [], depth = 0): (string | number)[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (depth > MAX_DEPTH || value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNul(value[i], [...path, i], depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (value instanceof Date || (typeof Blob !== "undefined" && value instanceof Blob)) return null;
  for (const [key, v] of Object.entries(value)) {
    if (key.includes("\u0000")) return [...path, key.replaceAll("\u0000", "\\0")];
    const found = findNul(v, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** Refuses U+0000 in any string of the input, naming the field it was in. */
export const noNulAnywhere = z.unknown().superRefine((value, ctx) => {
  const path = findNul(value);
  if (path) ctx.addIssue({ code: "custom", path, message: NUL_MESSAGE });
});

/** A string without U+0000 (the same rule, for one field). */
export const text = () => z.string().refine((s) => !s.includes("\u0000"), NUL_MESSAGE);
