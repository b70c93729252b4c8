import type { Heading, List, RootContent } from "mdast";
import { plainText } from "../markdown";

// Things shaped like items that a careful reader does not count:
//
// - a block of bold questions with their answers ("**Does it run on Windows?** Yes.") is a FAQ, not
//   a record's fields;
// - "Treasurer: Ana P. (elected, 22 votes)", "Chair — Jon Smith": a role and the person who holds it
//   (officers elected in minutes, a roster) describes who someone is, it asks for nothing;
// - a heading with prose only ("Approach", "Rollback", "Why") among sibling headings that hold the
//   plan's work as lists or tables is a section of the document, not one more item: the writer who
//   wrote the work as lists wrote this one as an explanation.

/** True when every label of a field block is a question: questions and answers, not fields. */
export const isQuestionBlock = (labels: readonly string[]): boolean => labels.length > 0 && labels.every((l) => /[?？]\s*:?\s*$/u.test(l.trim()));

/** "Nadia R.", "Marc Dupont", "J. Smith", "Ana María López": a person's name, initials allowed. */
const PERSON = "(?:\\p{Lu}\\.\\s*)?\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{Ll}'’-]+|(?:de|van|von|da|di|del|la|le)\\s+\\p{Lu}[\\p{Ll}'’-]+)){1,3}";
/** "Role : Name (remark)", "Role — Name": a short role (at most three words), then only a name. */
const ROSTER_ENTRY = new RegExp(`^[\\p{L}][\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+){0,2}\\s*[:：—–]\\s*${PERSON}\\s*(?:[(（][^()（）]*[)）])?\\s*[.;]?$`, "u");

/** True when a list entry only says who holds a role. */
export const isRosterEntry = (text: string): boolean => text.length <= 120 && ROSTER_ENTRY.test(text.trim());

const HOLDS_WORK = new Set<RootContent["type"]>(["list", "table"]);
const PROSE = new Set<RootContent["type"]>(["paragraph", "code", "blockquote", "html", "thematicBreak"]);

/**
 * Headings with prose only whose siblings (same depth, same parent) mostly hold lists or tables: at
 * least two siblings hold them, and no fewer siblings hold them than hold prose only.
 */
export function proseAmongLists(nodes: readonly RootContent[]): Set<Heading> {
  type Entry = { heading: Heading; lists: boolean; prose: boolean; parent: number };
  const entries: Entry[] = [];
  const open: { depth: number; index: number }[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== "heading") continue;
    while (open.length && open.at(-1)!.depth >= node.depth) open.pop();
    let end = i + 1;
    while (end < nodes.length && nodes[end]!.type !== "heading") end++;
    const body = nodes.slice(i + 1, end);
    const deeper = end < nodes.length && (nodes[end] as Heading).depth > node.depth;
    entries.push({
      heading: node,
      lists: body.some((n) => HOLDS_WORK.has(n.type)),
      prose: !deeper && body.length > 0 && body.every((n) => PROSE.has(n.type)) && body.some((n) => n.type === "paragraph"),
      parent: open.at(-1)?.index ?? -1,
    });
    open.push({ depth: node.depth, index: entries.length - 1 });
  }
  const out = new Set<Heading>();
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = `${e.parent}:${e.heading.depth}`;
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  for (const group of groups.values()) {
    const lists = group.filter((e) => e.lists).length;
    const prose = group.filter((e) => e.prose).length;
    if (lists >= 2 && lists >= prose) for (const e of group) if (e.prose) out.add(e.heading);
  }
  return out;
}

/**
 * "Check this box to trigger a retry", "Tick to re-run the job", "Cochez cette case pour relancer": a
 * bot's control, a box that asks the reader to press it, not work anyone plans.
 */
const BOX_CONTROL =
  /^(?:check|tick|click|select|mark)\s+(?:on\s+)?(?:this|the)\s+(?:check)?box\s+(?:to|in order to)\s|^(?:click|tick)\s+(?:here\s+)?to\s+(?:trigger|re-?run|retry|rebase|request)\b|^(?:dieses|das)\s+(?:kästchen|feld|häkchen)\s+(?:anklicken|ankreuzen|setzen)|^cochez\s+(?:cette|la)\s+case|^marc(?:a|ar|e)\s+(?:esta|la|a)\s+(?:casilla|caixa)|^seleziona\s+(?:questa|la)\s+casella/iu;

/** True when an entry is a bot's control box rather than work. */
export const isBoxControl = (title: string): boolean => BOX_CONTROL.test(title.trim());

/**
 * "Face painting for kids?", "Bloque antiguo – ¿migrar?": an entry without a box that ends in one
 * question mark asks something; it is an open question or an idea, not work (README: open questions
 * are not items). A doubled "??" is exasperation around an instruction ("figure out why it's slow??").
 * `committed`: the entry has a box or a record's fields, so someone already made it work to track.
 */
export const isQuestionEntry = (title: string, committed: boolean): boolean => !committed && /(?<![?？])[?？]\s*$/u.test(title);

/**
 * "Tip: …", "Hinweis: …", "Astuce : …", "ヒント：…": advice to the reader, even when a tool gave it a
 * box; it tells how to get along, it asks for no work.
 */
const ADVICE = /^(?:pro[\s-]?tip|tip|hint|tipp|hinweis|astuce|conseil|consejo|dica|suggerimento|wskazówka|совет|подсказка|порада|ヒント|小贴士|提示|팁)\s*[:：]/iu;

/** True when an entry is a piece of advice rather than work. */
export const isAdvice = (title: string): boolean => ADVICE.test(title.trim());

/**
 * Ordinal adverbs that narrate a sequence: first / then / finally, in several languages. Latin-script
 * words need a space or comma after them; CJK ones run straight into the sentence ("まず共有ライブラリ").
 */
const SEQUENCE_WORD =
  /^(?:(?:first(?:ly)?|second(?:ly)?|then|next|after that|afterwards|finally|lastly|zuerst|zunächst|erstens|dann|danach|anschließend|schließlich|zuletzt|d'abord|premièrement|ensuite|puis|enfin|finalement|primero|luego|después|finalmente|por último|primeiro|depois|em seguida|por fim|prima|poi|infine|quindi|najpierw|potem|następnie|na koniec|сначала|затем|потом|наконец|спочатку|далі|нарешті)[\s,:]|まず|次に|その後|最後に|最初に|首先|然后|接着|最后|먼저|다음으로|그다음|마지막으로)/iu;

/**
 * A list without boxes whose every entry (two or more) opens with an ordinal adverb narrates how
 * something went or goes ("- First the shared libraries - Then the backend - Finally the frontend"):
 * a story or documentation steps, not work items.
 */
export function isNarratedSequence(list: List): boolean {
  if (list.children.length < 2 || list.children.some((item) => item.checked === true || item.checked === false)) return false;
  return list.children.every((item) => {
    const first = item.children[0];
    return first?.type === "paragraph" && SEQUENCE_WORD.test(plainText(first).trim());
  });
}
