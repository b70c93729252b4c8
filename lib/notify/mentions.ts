// "@Lee Lead" in a comment, a description or a runbook's change note: who is mentioned. Names have
// spaces, so a mention is matched against the people who exist (longest name first) rather than cut
// at the first space; an e-mail address, or its part before the @ when only one person has it,
// works too. Mentions inside code (`@decorator`, fenced blocks) and e-mail addresses are not mentions.

export type Mentionable = { id: string; name: string; email: string };

/** At most this many "@" are looked at in one text: a pasted log full of @ costs nothing more. */
const MAX_ATS = 200;

/** Code spans and fenced blocks blanked (same length, so offsets hold). Fences are bounded per line. */
function blankCode(text: string): string {
  const lines = text.split("\n");
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (open && open[1]![0] === fence[0] && open[1]!.length >= fence.length) fence = null;
      lines[i] = " ".repeat(line.length);
    } else if (open) {
      fence = open[1]!;
      lines[i] = " ".repeat(line.length);
    } else if (line.includes("`")) {
      lines[i] = line.replace(/(`+)[^`]*?\1/g, (m) => " ".repeat(m.length));
    }
  }
  return lines.join("\n");
}

const WORD = /[\p{L}\p{N}_]/u;
// A character that makes the "@" part of a word or an address ("ada@example.com", "x@y").
const GLUED = /[\p{L}\p{N}_.+\-@/]/u;

type Handle = { text: string; id: string; rank: number };
/**
 * Every way to write each person, by its exact text, and the lengths those texts have (longest
 * first). One "@" then costs a hash lookup per distinct length, however many people there are and
 * however alike their names: 1,000 people and texts full of "@" stay cheap.
 */
type Handles = { byText: Map<string, Handle>; lengths: number[] };
/** Built once per list of people (a bulk edit reads many descriptions against the same list). */
const handleCache = new WeakMap<readonly Mentionable[], Handles>();

/** The ids of the people mentioned in `text`, each once, in order of first mention. */
export function findMentions(text: string, people: readonly Mentionable[]): string[] {
  if (!text.includes("@") || !people.length) return [];
  const plain = blankCode(text);
  const lower = plain.toLowerCase();
  let handles = handleCache.get(people);
  if (!handles) handleCache.set(people, (handles = handlesOf(people)));
  // Whitespace in the text may be wider than the single spaces of a handle: read a little more.
  const window = (handles.lengths[0] ?? 0) * 2 + 2;

  const found: string[] = [];
  let at = lower.indexOf("@");
  for (let seen = 0; at !== -1 && seen < MAX_ATS; seen++, at = lower.indexOf("@", at + 1)) {
    if (at > 0 && GLUED.test(lower[at - 1]!)) continue;
    const rest = lower.slice(at + 1, at + 1 + window).replace(/\s+/g, " ");
    // Longest first, so "@Lee Lead" wins over "@Lee".
    for (const length of handles.lengths) {
      if (length > rest.length || WORD.test(rest[length] ?? "")) continue;
      const match = handles.byText.get(rest.slice(0, length));
      if (match) {
        if (!found.includes(match.id)) found.push(match.id);
        break;
      }
    }
  }
  return found;
}

function handlesOf(people: readonly Mentionable[]): Handles {
  const localCounts = new Map<string, number>();
  for (const p of people) {
    const local = p.email.toLowerCase().split("@")[0]!;
    localCounts.set(local, (localCounts.get(local) ?? 0) + 1);
  }
  const byText = new Map<string, Handle>();
  // A name beats an address beats an address's local part written the same; the first person wins a tie.
  const add = (h: Handle) => {
    const held = byText.get(h.text);
    if (!held || h.rank < held.rank) byText.set(h.text, h);
  };
  for (const p of people) {
    const email = p.email.toLowerCase();
    const local = email.split("@")[0]!;
    const name = p.name.trim().toLowerCase().replace(/\s+/g, " ");
    if (name) add({ text: name, id: p.id, rank: 0 });
    add({ text: email, id: p.id, rank: 1 });
    if (local && localCounts.get(local) === 1) add({ text: local, id: p.id, rank: 2 });
  }
  const lengths = [...new Set([...byText.keys()].map((t) => t.length))].sort((a, b) => b - a);
  return { byText, lengths };
}

/** Mentions in `after` that were not in `before` (an edited description notifies only the new ones). */
export function newMentions(before: string, after: string, people: readonly Mentionable[]): string[] {
  const old = new Set(findMentions(before, people));
  return findMentions(after, people).filter((id) => !old.has(id));
}

/** The word being typed as a mention at `caret` ("@le" → "le"), or null: what autocomplete looks up. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const head = text.slice(Math.max(0, caret - 60), caret);
  const at = head.lastIndexOf("@");
  if (at === -1) return null;
  const start = caret - head.length + at;
  if (start > 0 && GLUED.test(text[start - 1]!)) return null;
  const query = head.slice(at + 1);
  // A name has at most a few words; a newline ends the mention.
  if (query.includes("\n") || query.split(" ").length > 3) return null;
  return { start, query };
}
