import { slug as githubSlug } from "github-slugger";
import { z } from "zod";

// A runbook's URL name, made from its title once (renaming keeps it). One generator and one
// validator, used by every page, action, route and the layout's existence check, so a slug the app
// made is never refused by another part of it (the Markdown export used to refuse "störung-…" and
// "…-db_primary").
//
// New slugs fold Latin letters to ASCII (ö → o, ß → ss, é → e) and keep the letters of other
// scripts (Cyrillic, Greek, CJK…), which have no lossless ASCII form; anything else becomes "-".
// Slugs made before this were GitHub's heading slugs (github-slugger: lower-cased, punctuation
// dropped, underscores and accents kept, spaces → "-"); they stay valid so old links keep working.

/** Longest generated slug before a "-2", "-3" suffix for namesakes, in code points. */
export const SLUG_BASE_MAX = 80;
/** Longest slug the validator accepts, in code points (a base of 80 leaves room for any suffix). */
export const SLUG_MAX = 100;

/** Latin letters NFKD does not decompose, spelt as their usual ASCII transliteration. */
const FOLD: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ð: "d", þ: "th", ł: "l", ı: "i", ħ: "h", ŧ: "t", ŋ: "n", ĸ: "k", ƒ: "f" };
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join("")}]`, "g");

const WORD = String.raw`[\p{L}\p{M}\p{N}]+`;
const NEW_FORM = new RegExp(`^${WORD}(?:-${WORD})*$`, "u");

const codePoints = (s: string) => Array.from(s);

/** The slug a title gets, before a suffix makes it unique ("Störung im Zahlungsdienst" → "storung-im-zahlungsdienst"). */
export function slugBase(title: string): string {
  const folded = title
    .normalize("NFKD") // "é" → "e" + accent, "ﬁ" → "fi", full-width letters → ASCII
    .toLowerCase()
    .replace(FOLDABLE, (c) => FOLD[c]!)
    .replace(/([a-z])\p{M}+/gu, "$1") // accents on Latin letters only: a kana's voicing mark is part of the letter
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .normalize("NFC");
  const cut = codePoints(folded).slice(0, SLUG_BASE_MAX).join("").replace(/-+$/, "").normalize("NFC");
  return cut || "runbook";
}

/**
 * What the app made before: github-slugger's output is its own fixed point (lower case, no spaces,
 * none of the characters it drops). A title cut at 80 UTF-16 units could end in half a surrogate
 * pair, which the database stored as U+FFFD; the cut never left a leading dash.
 */
function isLegacySlug(s: string): boolean {
  const core = s.replaceAll("\uFFFD", "");
  return core !== "" && !s.startsWith("-") && githubSlug(core) === core;
}

/** Whether `s` is a runbook slug this app makes or ever made. Anything else names no runbook. */
export function isRunbookSlug(s: string): boolean {
  if (s.length === 0 || s.length > SLUG_MAX * 2 || !s.isWellFormed()) return false;
  if (codePoints(s).length > SLUG_MAX) return false;
  return (NEW_FORM.test(s) && s === s.toLowerCase() && s === s.normalize("NFC")) || isLegacySlug(s);
}

export const runbookSlugSchema = z.string().refine(isRunbookSlug, "slug: not a runbook's address (lower-case letters, digits and dashes)");

/** A URL segment may arrive percent-encoded or decoded; "%" is never part of a slug, so decoding once is safe. */
function decodeSegment(segment: string): string {
  if (!segment.includes("%")) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The `[slug]` of a page or route: the slug it names, or null when it cannot name a runbook. */
export const runbookSlugParamSchema = z.preprocess((v) => (typeof v === "string" ? decodeSegment(v) : v), runbookSlugSchema);

export function readRunbookSlug(param: unknown): string | null {
  const parsed = runbookSlugParamSchema.safeParse(param);
  return parsed.success ? parsed.data : null;
}

export { runbookMarkdownPath, runbookPath } from "./paths";
