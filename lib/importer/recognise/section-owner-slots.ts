import { isGroupOrSelf } from "./owner-dash-heads";

// "1. Ane: CoreDNS-en cache-aren TTLa … 2. Iker: bigarren DNS ebazlea … 3. Mikel: DNS latentziaren
// alerta …": follow-ups that each open with who does them. Where some entries of a section open
// with a name the document already knows as a person (or with the group or the writer: "Denok:",
// "Me:"), the same "Name:" slot on the section's other entries is an owner too, even when the task
// after it starts with a capital ("Mikel: DNS latentziaren alerta"), which the document-wide slot
// rule (people.ts) does not trust on its own.

const HEADING = /^#{1,6}\s/;
const ENTRY = /^\s*(?:[-*+]|\d{1,4}[.)])\s+(?:\[[ xX]\]\s+)?(?:~~|\*\*)?(\p{Lu}[\p{Ll}'’-]{1,20})(?:\*\*)?\s*:\s+\S/u;

/** Names in an owner slot of a section where the slot is proven by a known person or the group. */
export function sectionOwnerSlots(text: string, people: ReadonlySet<string>): string[] {
  const found: string[] = [];
  let slot: string[] = [];
  let entries = 0;
  const flush = () => {
    const owners = slot.filter((name) => people.has(name) || isGroupOrSelf(name));
    // Most of the section's entries open with the slot, and one of its names is surely a person.
    if (slot.length >= 3 && slot.length * 3 >= entries * 2 && owners.length >= 2) for (const name of slot) if (!isGroupOrSelf(name)) found.push(name);
    slot = [];
    entries = 0;
  };
  for (const line of text.split("\n")) {
    if (HEADING.test(line)) flush();
    if (!/^\s*(?:[-*+]|\d{1,4}[.)])\s/.test(line)) continue;
    entries++;
    const m = line.length < 2000 ? line.match(ENTRY) : null;
    if (m) slot.push(m[1]!);
  }
  flush();
  return found;
}
