import { z } from "zod";
import { depthMessage, tooDeepAt } from "@/lib/markdown/depth";

// Checks every text input shares, whatever the entry point (form, JSON API, URL, CLI).
//
// U+0000: PostgreSQL text and jsonb cannot hold it, so a NUL that reached a query made it fail
// (a 500, with the whole statement logged) instead of answering which field was wrong. Every
// string field of every schema carries `noNul`, usually through `text()`; and so that no field can
// be forgotten, the guard (lib/auth/guard.ts) also applies `noNulAnywhere` to the whole input of
// every action and route before its own schema runs.
//
// Markdown depth: see lib/markdown/depth.ts. Fields rendered as Markdown refuse text nested
// deeper than the renderer shows as Markdown, before anything parses it.

export const NUL_MESSAGE = "must not contain the NUL character (U+0000)";

export const hasNul = (s: string) => s.includes("\u0000");

/** A check for any string schema: `z.string().check(noNul)`. */
export const noNul = z.refine<string>((s) => !hasNul(s), { message: NUL_MESSAGE });

/** A string without U+0000; chain trim/min/max as usual. */
export const text = (params?: Parameters<typeof z.string>[0]) => z.string(params).check(noNul);

const MAX_DEPTH = 32;

/** The path to the first string (or object key) inside `value` that contains U+0000, or null. */
export function findNul(value: unknown, path: (string | number)[] = [], depth = 0): (string | number)[] | null {
  if (typeof value === "string") return hasNul(value) ? path : null;
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
    if (hasNul(key)) return [...path, key.replaceAll("\u0000", "\\0")];
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

/**
 * A check for Markdown fields: no container nesting deeper than MAX_MARKDOWN_DEPTH.
 * `label` prefixes the message where the schema's messages name their field themselves.
 */
export const markdownDepth = (label?: string) =>
  z.superRefine((s: string, ctx) => {
    const line = tooDeepAt(s);
    if (line !== null) ctx.addIssue({ code: "custom", message: `${label ? `${label}: ` : ""}${depthMessage(line)}` });
  });
