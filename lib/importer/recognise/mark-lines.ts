import type { ItemStatus } from "../types";
import { LEADING_STATE_MARK, markStatus } from "./state-marks";

// "✅ pricing page updated / 🟡 demo video — re-recording / 🔴 status page still on the old domain /
// ⬜ press email": a checklist typed as plain lines in a chat post, where most lines open with a box or
// a tick and the rest with a traffic-light mark saying how far that one has got. A careful reader sees
// one checklist: each coloured line is an entry too, its mark its state (the document's legend, else
// the usual reading: yellow under way, red open). Alone, such marks open status lines, headings or
// remarks as often as tasks, so the glyph-line reader (recognise/glyph-lines.ts) takes them only in a
// paragraph that already has two box or tick lines.

/** Box or tick lines a paragraph needs before its state-mark lines are entries too. */
export const BOX_LINES_FOR_MARKS = 2;

/** A line opening with a state mark, then words: the mark, the words, and the state the mark says. */
export function stateMarkLine(line: string, legend?: Map<string, ItemStatus>): { mark: string; rest: string; status: ItemStatus } | null {
  const t = line.trimStart();
  const m = t.match(LEADING_STATE_MARK);
  if (!m || m[0].length === t.length || !/\s$/u.test(m[0])) return null;
  const status = markStatus(m[1]!, legend);
  return status ? { mark: m[1]!, rest: t.slice(m[0].length).trimEnd(), status } : null;
}
