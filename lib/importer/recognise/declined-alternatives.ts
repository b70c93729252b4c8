// "Elasticsearch output — use the OpenSearch output, it speaks the same bulk API", "A built-in HTTP
// server (use `kestrel-server` from the community)": on work the document declines (won't do, not
// planned), a closing clause that tells the reader what to use instead is the reason it is declined,
// not what is to be done — there is nothing to be done. On open work the same words ask for the work
// ("Cache the tokens — use Redis") and stay; only a won't-do item's title loses them.

/** "use …", "try …", "switch to …", "nutze …": pointing at something else, in the languages of the vocabulary. */
const USE_INSTEAD =
  /^(?:use|try|switch to|go with|prefer|nutze|nutzt|verwende|verwendet|benutze|utilise[rz]?|utilisez|usa|usar|use|utilize|gebruik|använd|bruk|brug|użyj|używaj|použijte|используйте|використовуйте|kullan)\s+\S/iu;
/** The last spaced dash outside parentheses, and the clause after it. */
const DASH = /\s[—–]\s+/gu;
const TRAILING_PAREN = /\s*[(（]([^()（）]{1,200})[)）]\s*$/u;

/** Where a declined item's closing "use … instead" clause or parenthesis starts, or -1. */
export function alternativeStart(title: string): number {
  const paren = title.match(TRAILING_PAREN);
  if (paren && paren.index! > 0 && USE_INSTEAD.test(paren[1]!.replace(/[`*_\u0003\u0004]/g, "").trim())) return paren.index!;
  // One pass: the depth of parentheses is carried from dash to dash, not counted again from the start.
  let start = -1;
  let depth = 0;
  let from = 0;
  for (const m of title.matchAll(DASH)) {
    for (const ch of title.slice(from, m.index)) depth += ch === "(" || ch === "（" ? 1 : ch === ")" || ch === "）" ? -1 : 0;
    from = m.index!;
    if (depth <= 0) start = m.index!;
  }
  if (start <= 0) return -1;
  return USE_INSTEAD.test(title.slice(start).replace(/^\s*[—–]\s*/u, "")) ? start : -1;
}
