import { z } from "zod";
import { depthMessage, tooDeepAt } from "@/lib/markdown/depth";

// Checks every text input shares, whatever the entry point (form, JSON API, URL, CLI).
//
// U+0000: PostgreSQL text and jsonb cannot hold it, so a NUL that reached a query made it fail
// (a 500, with the whole statement logged) instead of answering which field was wrong. Every
// string field of every schema carries `noNul`, usually through `text()`.
//
// Markdown depth: see lib/markdown/depth.ts. Fields rendered as Markdown refuse text nested
// deeper than the renderer shows as Markdown, before anything parses it.

export const NUL_MESSAGE = "must not contain the NUL character (U+0000)";

export const hasNul = (s: string) => s.includes("\u0000");

/** A check for any string schema: `z.string().check(noNul)`. */
export const noNul = z.refine<string>((s) => !hasNul(s), { message: NUL_MESSAGE });

/** A string without U+0000; chain trim/min/max as usual. */
export const text = (params?: Parameters<typeof z.string>[0]) => z.string(params).check(noNul);

/**
 * A check for Markdown fields: no container nesting deeper than MAX_MARKDOWN_DEPTH.
 * `label` prefixes the message where the schema's messages name their field themselves.
 */
export const markdownDepth = (label?: string) =>
  z.superRefine((s: string, ctx) => {
    const line = tooDeepAt(s);
    if (line !== null) ctx.addIssue({ code: "custom", message: `${label ? `${label}: ` : ""}${depthMessage(line)}` });
  });
