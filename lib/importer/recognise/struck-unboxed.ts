import type { ListItem } from "mdast";

// "- [x] Load test  - [ ] Pre-warm CDN  - ~~Migrate search to the new vendor~~": in a list of boxes,
// an entry struck through without a box is work the team crossed off the list ("strike it if we
// decide not to do it this year"): an entry, set aside, whatever the heading above says. Its box was
// taken away with the strike; a struck line is never a note about the list.

/** True when a list entry without a box opens with struck-through words. */
export function isStruckUnboxed(item: ListItem): boolean {
  if (item.checked === true || item.checked === false) return false;
  const first = item.children[0];
  if (first?.type !== "paragraph") return false;
  const opening = first.children.find((c) => !(c.type === "text" && !c.value.trim()));
  return opening?.type === "delete";
}
