import type { ListItem } from "mdast";
import { parseStatus } from "../clean";
import { isStatusField } from "../field-names";
import { plainText } from "../markdown";
import type { ItemStatus } from "../types";

// "1. **Renew the certificate**" over a nested "- Status: done ✅ (renewed 1 Dec)": a sub-bullet that
// is a Status field states the entry's own state, as a Status column would in a table.

/** "Status: in progress (lab tested)", "Estado — bloqueado": a field label, a colon, a value. */
const FIELD = /^\s*([\p{L}][\p{L} ]{0,30}?)\s*[:：]\s*(\S.{0,300})$/u;
const TICK = /[✅✔☑]/u;

/** The state a list entry's nested Status field gives it, or null when it has none. */
export function nestedFieldStatus(item: ListItem): ItemStatus | null {
  for (const child of item.children) {
    if (child.type !== "list") continue;
    for (const entry of child.children) {
      const first = entry.children[0];
      if (first?.type !== "paragraph") continue;
      const m = plainText(first).split("\n")[0]!.match(FIELD);
      if (!m || m[1]!.trim().split(/\s+/).length > 3 || !isStatusField(m[1]!.trim())) continue;
      // The state is the value's first clause: "blocked, waiting on …", "cancelled — not a fit".
      const head = m[2]!.split(/\s+[—–-]\s+|[(,;（]/u)[0]!.replace(/[✅✔☑]\uFE0F?/gu, "").trim();
      // A first clause the vocabulary does not know ("tertunda, menunggu tim …"): the rest says it ("waiting").
      const status = (head ? parseStatus(head) : null) ?? (TICK.test(m[2]!) ? "done" : null) ?? parseStatus(m[2]!);
      if (status) return status;
    }
  }
  return null;
}
