// The name a `<details><summary>…</summary>` block gives the group inside it: a heading written in
// HTML. Read by the details reader (recognise/details-groups.ts) and by the level-scale reader
// (recognise/level-headings.ts), which sees summaries as headings below every real one.

const SUMMARY = /<summary[^>]*>([\s\S]*?)<\/summary>/i;

/** The name a `<details>` block's summary gives its group, or null when the HTML opens no summary. */
export const summaryText = (html: string) =>
  html
    .match(SUMMARY)?.[1]!
    .replace(/<[^>]+>/g, "")
    // "(owner: Felix)": a remark about the group, not its name.
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/\s+/g, " ")
    .trim() ?? null;
