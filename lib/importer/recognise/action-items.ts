import type { Paragraph, PhrasingContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { PRIORITY_SOURCES } from "../priority";

// Action items written "owner, then task": "- **Mo**: set up the rota", "- Ari: write the template",
// "- ~~Dev: clean up flags~~ done", or a line that is only a name with the tasks nested under it.
// A careful reader knows the name is who does it, not what is done: the task is the title. A name
// is an owner when the document names that person elsewhere (an attendee line, an owner field, an
// @mention), or when it is a single capitalised word in bold before a lower-case task under an
// action-items heading (the retro convention). Anything else stays a bold title (`**Cache**: add …`).

/** "Present: Ari, Bea", "Attendees: …", "Facilitator: Mo", "(owner: Felix, Marta)", "@yuki". */
const PEOPLE_LINE = /\b(?:present|attendees|participants|facilitator|owners?|assignees?|lead|dri|members)\s*:\**\s*([^\n·|]*)/gi;
// Or a name in a script without case ("鈴木", "김민준", "สมชาย"): a run of letters the document names as a person.
// "ミラー": a katakana name carries the long-vowel mark, a modifier letter (\p{Lm}).
const NAME = /^(?:\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*)?|\p{Lo}[\p{Lo}\p{Lm}\p{M}]{0,11})$/u;
/** Headings whose entries are tasks for people: "Action items", "Follow-ups", "Next steps", "To do". */
const ACTION_HEADING = /\b(?:action(?:s| items?)?|follow[- ]?ups?|next steps|to-?dos?|owners?)\b/i;
const SEPARATOR = /^\s*(?::|[—–-])\s*/;

/** The people a document names: its attendee and owner lines, and its @mentions. */
export function peopleOf(text: string): Set<string> {
  const people = new Set<string>();
  for (const m of text.matchAll(PEOPLE_LINE)) {
    for (const part of m[1]!.replace(/[*_)]/g, "").split(/\s*(?:,|\band\b|&|\/)\s*/)) {
      const name = part.replace(/\s*\(.*$/, "").trim();
      if (NAME.test(name)) people.add(name.toLowerCase());
    }
  }
  for (const m of text.matchAll(/(?:^|\s)@([\p{L}][\p{L}\d._-]*)/gu)) people.add(m[1]!.toLowerCase());
  return people;
}

const isPerson = (name: string, people: ReadonlySet<string>) => NAME.test(name) && people.has(name.toLowerCase());

/** Whether an entry's text is nothing but a person's name ("**Mo**", "Bea:"): its nested list is that person's tasks. */
export function isOwnerOnly(text: string, people: ReadonlySet<string>): boolean {
  return isPerson(text.replace(/[*_:]/g, "").trim(), people);
}

const upperFirst = (t: string) => t.replace(/^(\s*)(\p{Ll})/u, (_, space: string, c: string) => space + c.toUpperCase());

/** The first text leaf of a phrasing tree, with the path to replace it. */
function firstText(children: PhrasingContent[]): { value: string; set: (v: string) => void } | null {
  const first = children[0];
  if (!first) return null;
  if (first.type === "text") return { value: first.value, set: (v) => (first.value = v) };
  if (first.type === "delete" || first.type === "emphasis" || first.type === "strong") return firstText(first.children);
  return null;
}

/**
 * The entry without its owner prefix (a copy; the tree is not changed), or the paragraph itself
 * when it opens with no owner. `heading` is the nearest heading's text, for the retro convention.
 */
/** An entry with its owner part taken off, and the owner it named (kept as "Owner: …" in the description). */
export interface Owned {
  paragraph: Paragraph;
  owner: string | null;
}

export function withoutOwner(paragraph: Paragraph, people: ReadonlySet<string>, heading: string): Owned {
  // Most entries open with no name: copy the tree only when one might (a 5 MB plan has many entries).
  const opening = firstText(paragraph.children)?.value ?? "";
  if (paragraph.children[0]?.type !== "strong" && !/^\s*[\p{Lu}\p{Lo}][^:：]{0,40}(?::\s|：)/u.test(opening)) return { paragraph, owner: null };
  const copy = structuredClone(paragraph);
  const [first, second] = copy.children;
  // "**Mo**: set up …": a bold name, a colon or dash, then the task.
  if (first?.type === "strong" && second?.type === "text" && SEPARATOR.test(second.value)) {
    const name = toString(first).replace(/[:\s]+$/, "").trim();
    const task = second.value.replace(SEPARATOR, "");
    const retro = ACTION_HEADING.test(heading) && /^\p{Lu}[\p{Ll}'-]{1,11}$/u.test(name) && /^\p{Ll}/u.test(task);
    if ((isPerson(name, people) || retro) && task.trim()) {
      second.value = upperFirst(task);
      copy.children = copy.children.slice(1);
      return { paragraph: copy, owner: name };
    }
  }
  // "Ari: write up …", "~~Dev: clean up …~~", "鈴木：手順書を作成": a known person's name before a colon.
  const leaf = firstText(copy.children);
  const m = leaf?.value.match(/^\s*(\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*)?|\p{Lo}[\p{Lo}\p{Lm}\p{M}]{0,11})\s*(?::\s+|：\s*)(?=\S)/u);
  if (leaf && m && isPerson(m[1]!, people)) {
    leaf.set(upperFirst(leaf.value.slice(m[0].length)));
    return { paragraph: copy, owner: m[1]! };
  }
  return { paragraph, owner: null };
}

/** " — Jana", " – *Nina*": a spaced dash, then one or two capitalised words ending the entry. */
const DASH_NAME = /\s[—–]\s+(\p{Lu}[\p{Ll}'-]+(?:\s\p{Lu}[\p{Ll}'-]+)?)\s*$/u;

/** "— High", "— Critical", "— Medium priority": a priority level after the dash, never a person. */
const LEVEL_ONLY = new RegExp(`^(?:${PRIORITY_SOURCES.level})(?:\\s+priority)?$`, "iu");
const dashName = (text: string) => {
  const m = text.match(DASH_NAME);
  return m && !LEVEL_ONLY.test(m[1]!) ? m : null;
};

/** Whether an entry's text ends with a dash and a name (for counting siblings that do). */
export const endsWithDashName = (text: string) => dashName(text) !== null;

/**
 * "Lazy-load the widget — Jana", "Write the guide — *Nina*": the name after the dash is who does
 * it. Read so when the name is set apart in emphasis, is a person the document names, or when
 * sibling entries end the same way (`siblingsOwned`): "Replace Redis — Valkey" alone stays a title.
 */
export function withoutTrailingOwner(paragraph: Paragraph, people: ReadonlySet<string>, siblingsOwned: boolean): Owned {
  const children = paragraph.children;
  const last = children.at(-1);
  const before = children.at(-2);
  if ((last?.type === "emphasis" || last?.type === "strong") && before?.type === "text" && /\s[—–]\s*$/.test(before.value) && NAME.test(toString(last).trim())) {
    const copy = structuredClone(paragraph);
    copy.children = copy.children.slice(0, -1);
    const text = copy.children.at(-1) as { value: string };
    text.value = text.value.replace(/\s[—–]\s*$/, "");
    return { paragraph: copy, owner: toString(last).trim() };
  }
  const m = last?.type === "text" ? dashName(last.value) : null;
  if (m && m.index! > 0 && (siblingsOwned || isPerson(m[1]!, people))) {
    const copy = structuredClone(paragraph);
    const text = copy.children.at(-1) as { value: string };
    text.value = text.value.slice(0, m.index);
    return { paragraph: copy, owner: m[1]! };
  }
  return { paragraph, owner: null };
}
