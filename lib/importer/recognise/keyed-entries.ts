import type { List, ListItem } from "mdast";
import { parseStatus } from "../clean";
import { inSection, sectionEffort, sectionPriority, sectionStatus, type ParseContext, addItem } from "../context";
import { lineOf, plainText, sourceOf } from "../markdown";
import { findPriorityLabel } from "../priority";
import { stateOnly } from "../status-words";
import type { ItemStatus, ParsedChecklistEntry } from "../types";
import { listEntries } from "./records";

// A tracker's "copy as Markdown": one bullet per ticket, its key first ("**[ab-12] Title**",
// "**ENG-7** Title", "[web-301] Title"), then its fields set apart by middle dots, bullets, bars or
// semicolons ("· Bug · 3 pts · *In review* · owner: kim"), on the same line or the next. A list whose
// every entry opens with a key and carries such fields is a list of work wherever it stands (the
// tool exported tickets): the key is the item's key, the words up to the first field its title, a
// state field its status, a priority field its priority, and the other fields (type, points, owner)
// its description.

/** "[ab-12]", "ENG-7", "sc-8812": letters, a dash, digits — bracketed, bold or bare. */
const KEY = /^\[?\s*([A-Za-z][A-Za-z0-9]{0,9}-\d{1,7})\s*\]?(?:\s*[:—–-])?\s+/;
const FIELD_SEPARATOR = /\s+[·•|]\s+|;\s+/;

interface Keyed {
  key: string;
  title: string;
  fields: string[];
}

/** The entry's key, title and field segments, or null when it does not open with a key. */
function readKeyed(item: ListItem, text: string): Keyed | null {
  const first = item.children[0];
  if (first?.type !== "paragraph") return null;
  const [line = "", ...more] = sourceOf(first, text).split("\n");
  let head = line.trim();
  let after = "";
  // "**[ab-12] Title** · fields" or "**ENG-7** Title · fields": the bold part holds the key (and the title).
  const bold = head.match(/^(\*\*|__)(.+?)\1(.*)$/);
  if (bold) {
    const inner = bold[2]!.trim();
    const key = `${inner} `.match(KEY);
    if (!key) return null;
    const rest = `${inner} `.slice(key[0].length).trim();
    if (rest) [head, after] = [`${key[1]} ${rest}`, bold[3]!];
    else head = `${key[1]} ${bold[3]!.trim()}`;
  }
  const key = head.match(KEY);
  if (!key) return null;
  const [title = "", ...fields] = head.slice(key[0].length).split(FIELD_SEPARATOR);
  const said = [after, ...more].map((l) => l.replace(/^\s*(?:[·•|;]\s*)?/, "").trim()).filter(Boolean).join(" · ");
  for (const field of said.split(FIELD_SEPARATOR)) fields.push(field);
  const clean = (t: string) => t.replace(/[*_`]/g, "").trim();
  return { key: key[1]!, title: clean(title), fields: fields.map(clean).filter(Boolean) };
}

/** A field segment that says the ticket's state: "In Development", "*Completed*", "Abandoned (moved on)". */
function stateOf(field: string): { status: ItemStatus; remark: string } | null {
  const remark = field.match(/\s*\(([^()]*)\)\s*$/);
  const bare = remark ? field.slice(0, remark.index) : field;
  const labelled = bare.match(/^(?:status|state|stato|estado|statut|zustand)\s*[:：]\s*(.+)$/iu);
  const value = (labelled?.[1] ?? bare).trim();
  const status = stateOnly(value) ?? (labelled || value.split(/\s+/).length <= 3 ? parseStatus(value) : null);
  return status ? { status, remark: remark?.[1] ?? "" } : null;
}

/** Whether a list is a tracker's keyed tickets: two or more, every one with a key and a field. */
export function isKeyedList(list: List, text: string): boolean {
  if (list.children.length < 2 || list.children.some((i) => i.checked === true || i.checked === false)) return false;
  const read = list.children.map((i) => readKeyed(i, text));
  return read.every((k) => k && k.title && k.fields.length > 0) && read.some((k) => k!.fields.some((f) => stateOf(f)));
}

export function recogniseKeyedEntries(list: List, ctx: ParseContext): boolean {
  if (inSection(ctx, "metrics") || !isKeyedList(list, ctx.text)) return false;
  ctx.shapes.add("plain-lists");
  for (const item of list.children) {
    const keyed = readKeyed(item, ctx.text)!;
    let status: ItemStatus | null = null;
    let priorityLabel: string | null = null;
    const notes: string[] = [];
    for (const field of keyed.fields) {
      const state: { status: ItemStatus; remark: string } | null = status ? null : stateOf(field);
      if (state) {
        status = state.status;
        if (state.remark) notes.push(state.remark);
        continue;
      }
      const priority = field.match(/^(?:priority|prio|priorität|prioridad|priorité)\s*[:：]\s*(.+)$/iu)?.[1] ?? field;
      const label = field.split(/\s+/).length <= 3 ? findPriorityLabel(priority) : null;
      if (label && !priorityLabel) {
        priorityLabel = label;
        continue;
      }
      // "owner: —": an empty slot says nothing.
      if (/^[\p{L} ]+:\s*[—–-]?\s*$/u.test(field)) continue;
      notes.push(field);
    }
    const checklist: ParsedChecklistEntry[] = [];
    const more: string[] = [];
    for (const child of item.children.slice(1)) {
      if (child.type === "list") checklist.push(...listEntries(child, "action", ctx.text, more));
      else more.push(sourceOf(child, ctx.text));
    }
    const effective = status ?? sectionStatus(ctx) ?? "not_started";
    addItem(ctx, {
      origin: "list",
      key: keyed.key,
      title: keyed.title,
      description: [notes.join(" · "), ...more].filter(Boolean).join("\n\n"),
      priorityLabel: priorityLabel ?? sectionPriority(ctx),
      status: effective,
      effortHours: sectionEffort(ctx),
      checklist,
      line: lineOf(item),
    });
  }
  return plainText(list).length > 0;
}
