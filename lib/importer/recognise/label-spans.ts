import { NO_PRIORITY_HEADING } from "../priority";
import { codeSpanIsObject } from "./code-objects";
import { namesCodeObject } from "./named-code-objects";
import { isLevelSpan, isPriorityLabelSpan } from "./label-priority";
import { sentenceGoesOn } from "./sentence-words";

// Code spans closing an entry's title: tracker labels copied with it ("… `bug` `P1`",
// "`label:feature`") or part of the sentence ("use `undici`", "from the label `good first issue`").
// The labels leave the title for the description; the sentence's own spans stay.

/** Where a code span opens and closes in an entry's text (recognise/entry.ts marks them so). */
export const CODE_OPEN = "\u0003";
export const CODE_CLOSE = "\u0004";

// "`label:feature`", "`tag: legal`": an export that names the field of its tags.
const LABEL = /^(?:(?:label|tag)s?:\s*[a-z][a-z0-9 -]*|[a-z][a-z0-9 ]*|P\d{1,2})$/;
/**
 * "…, use `undici`", "merge into `main`", "Migrate `notifications`": a code span right after a verb or
 * preposition is its object, not a label (a label follows a title whose sentence has ended).
 */
const SENTENCE_GOES_ON =
  /\b(?:use|using|into|to|from|with|without|of|in|on|for|by|via|replace|run|add|drop|remove|bump|upgrade|call|set|enable|disable|and|or|than|as|the|a|an|migrate|move|rename|deprecate|decommission|retire|delete|archive|port|split|merge|update|refactor|rewrite|deploy|configure|install|rotate|revoke|expose|document|pin|unpin|vendor|patch|fork|extract|inline|wire|flag)\s*$/i;

const TRAILING_CODE = new RegExp(`\\s*${CODE_OPEN}([^${CODE_CLOSE}]*)${CODE_CLOSE}\\s*$`);
/** "`needs-design`": a hyphenated word is a label only in a run of labels ("`chore` `needs-design`"). */
const HYPHENATED_LABEL = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;

/** "the label", "het label", "l'étiquette", "ラベル": the word for a label or tag just before the span. */
const NAMED_LABEL = /(?:^|[\s'’])(?:labels?|tags?|etiket(?:ten)?|etiquetas?|étiquettes?|etichett[ae]|ラベル|タグ|标签|標籤|라벨|태그)\s*$/iu;

/** `bug` `P1` labels closing the title: moved into `labels` (in order), the title without them returned. */
export function trailingLabels(text: string, labels: string[]): string {
  let title = text;
  for (let m = title.match(TRAILING_CODE), found = 0; m && m.index! > 0; m = title.match(TRAILING_CODE), found++) {
    const before = title.slice(0, m.index);
    // `bug`, `good first issue`, `P1` are labels; `NO_COLOR`, `--out` are part of the title.
    const inRun = HYPHENATED_LABEL.test(m[1]!) && (found > 0 || (before.match(TRAILING_CODE)?.[1] !== undefined && LABEL.test(before.match(TRAILING_CODE)![1]!)));
    // "… `<title>` et `meta description`": the span is the sentence's object, in any language (recognise/sentence-words.ts).
    // "… from the label `good first issue`": a span the sentence names as a label is what it talks about.
    // "… in namespace `orders`": a span after the word for its kind is that object's name (recognise/named-code-objects.ts).
    // "`No priority`": a tracker's empty priority field copied as a label (Linear) closes the title too.
    if ((!LABEL.test(m[1]!) && !inRun && !isPriorityLabelSpan(m[1]!) && !isLevelSpan(m[1]!) && !NO_PRIORITY_HEADING.test(m[1]!)) || SENTENCE_GOES_ON.test(before) || sentenceGoesOn(before) || codeSpanIsObject(before, CODE_OPEN) || namesCodeObject(before) || NAMED_LABEL.test(before)) break;
    labels.unshift(m[1]!.replace(/^(?:label|tag)s?:\s*/, ""));
    title = before;
  }
  return title;
}

/**
 * "`feature` Confirm payments via callback", "`bug` Receipt SMS drops the comma": a tracker's story
 * type copied as a code span opening the line (Shortcut's feature / bug / chore, a conventional
 * commit's feat / fix / docs). It says what kind of work the entry is, not what to do: a label, as
 * one closing the title is. Only these type words: "`npm ci` fails on Node 20" opens with code that
 * is the title's subject.
 */
const TYPE_WORD = /^(?:feature|feat|bug|bugfix|chore|fix|docs?|refactor|spike|story|task|epic|enhancement|improvement|tech[- ]debt|perf|security)$/i;
const LEADING_CODE = new RegExp(`^${CODE_OPEN}([^${CODE_CLOSE}]{1,20})${CODE_CLOSE}\\s+(?=\\S)`);

/** A type label opening the title moved into `labels`; the title without it returned. */
export function leadingTypeLabel(text: string, labels: string[]): string {
  const m = text.match(LEADING_CODE);
  if (!m || !TYPE_WORD.test(m[1]!.trim())) return text;
  labels.push(m[1]!.trim());
  return text.slice(m[0].length);
}
