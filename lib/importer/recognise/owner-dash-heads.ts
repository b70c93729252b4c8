// "**Ana** — improve the search", "Bruno – chase the supplier", "All — review the roadmap": meeting
// minutes and handover notes open each action with who does it, then a dash, then what to do. The
// bold-title convention ("**Cache layer** — add an LRU": the bold is the title, the rest its
// description) would make the person the title and the task a remark. A careful reader knows the
// name from the document (an attendee, an owner field: lib/importer/people.ts) and takes the words
// after the dash as the title; a word for the whole group ("All", "Todos", "Alle") is an owner too.

/** Words for everyone present, in the languages of the vocabulary. */
const EVERYONE = /^(?:all|everyone|everybody|the team|whole team|alle|jeder|tous|toutes|tout le monde|todos|todas|todo el equipo|tutti|iedereen|allemaal|alla|wszyscy|все|всі|全員|全员|所有人|大家|모두|전원|herkes|hepsi|όλοι|הכל|כולם|الجميع|tất cả|semua)$/iu;
/**
 * More words for everyone ("Denok:", "Mindenki:", "Všichni:"): they prove a "Name:" slot is an owner
 * slot (people.ts), but as a dash head ("Všichni – poslat fotky") the training manifests keep them.
 */
const EVERYONE_MORE = /^(?:denok|guztiok|talde osoa|tothom|tots|visi|kõik|kaikki|mindenki|všichni|všetci|svi|vsi|toți|toată echipa|allir|lahat|wote|sote)$/iu;

/** The writer, in the languages of the vocabulary ("Me: get the revised quote"). */
const SELF = /^(?:me|myself|ich|moi|yo|eu|io|ik|jag|jeg|minä|ja|я|私|我|나|ben|εγώ|אני|أنا|tôi|aku|saya|ni|nik|én|aš|mina|minä|jaz|eu|ég|ako|mimi)$/iu;
/** Whether a name slot holds the whole group or the writer rather than one person. */
export const isGroupOrSelf = (name: string): boolean => EVERYONE.test(name) || EVERYONE_MORE.test(name) || SELF.test(name);

const OPEN = "\u0001";
const CLOSE = "\u0002";
/**
 * A name (one to three words, or an @handle; in a caseless script any word), bold or not, then a spaced
 * dash and the task. An arrow from the name to the task ("Marek → add the resource limits") hands it
 * over the same way.
 */
const OWNER_DASH = new RegExp(`^${OPEN}?([\\p{Lu}@\\p{Script=Hebrew}\\p{Script=Arabic}][\\p{L}.'’-]*(?:\\s+[\\p{L}][\\p{L}.'’-]*){0,2})${CLOSE}?\\s+(?:[—–-]|→|->|=>)\\s+(?=\\S)`, "u");

/** The owner and the task when the line opens "Owner — task"; null otherwise. */
export function ownerBeforeDash(text: string, people: ReadonlySet<string>): { owner: string; rest: string } | null {
  const m = text.match(OWNER_DASH);
  if (!m) return null;
  const name = m[1]!;
  if (!people.has(name) && !EVERYONE.test(name) && !/^@[A-Za-z][\w-]*$/.test(name)) return null;
  const rest = text.slice(m[0].length);
  // Only the name was bold: the bold did not run on into the task.
  if (text.startsWith(OPEN) && !m[0].includes(CLOSE)) return null;
  return { owner: name, rest };
}
