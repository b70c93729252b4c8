import type { FoundItem } from "../context";
import { parseStatus } from "../clean";
import type { ItemStatus } from "../types";

// Two tails of action-list entries written in chat summaries and meeting notes:
//
// - "Update the FAQ — @aisha ✅ already done", "Fix the redirect → @lee pls", "Traduire la page – @jo (en cours)": an @handle after a
//   dash is the owner, and the few words after it a remark about the entry's state, not its title.
// - "积分规则 DSL 设计评审 @王磊", "Fix the login redirect @sam": @handles closing the line are the owner.
// - "Press release goes out Friday — decided, nothing to do", "Umzug am Montag – kein
//   Handlungsbedarf": an entry whose tail says no action is needed is a note, not work.

/** A dash (or an arrow handing it over: "→ @devon pls"), an @handle, then at most a short remark with no further dash. */
const HANDLE_TAIL = /\s+(?:[—–-]|→|->|➔)\s+@[\p{L}\p{N}_.-]+(?:\s+([^—–@\n]{1,40}))?\s*$/u;

/** The title without its "— @owner remark" tail, with the owner note and the state the remark says. */
export function handleTail(title: string): { title: string; note: string; status: ItemStatus | null } | null {
  const m = title.match(HANDLE_TAIL);
  if (!m || m.index === 0) return null;
  const remark = (m[1] ?? "").trim();
  return { title: title.slice(0, m.index).trim(), note: m[0].replace(/^\s*[—–-]\s*/, "").trim(), status: remark ? parseStatus(remark.replace(/^[^\p{L}]+/u, "").replace(/^(?:already|also|now|bereits|schon|déjà|ya)\s+/iu, "")) : null };
}

/** "积分规则 DSL 设计评审 @王磊", "Fix the login redirect @sam @li": @handles closing the line, after the title's words. */
const BARE_HANDLES = /\s+(@\p{L}[\p{L}\p{N}_.-]*(?:[\s,]+@\p{L}[\p{L}\p{N}_.-]*)*)\s*$/u;
/** "… escalate to @dba-oncall", "… cc @ana", "… 提醒 @王磊": a handle the sentence needs as its object stays. */
const HANDLE_IS_OBJECT = /(?:^|\s)(?:to|for|with|by|from|cc|ping|ask|tell|notify|mention|tag|thank|invite|message|dm|an|à|para|per|für|mit|naar|till|до)$|[给向请问提醒通知]$/iu;

/**
 * A title's closing @handles without a dash: who does it, as chat-style task lists and trackers copied
 * as text write the assignee. The title keeps a handle its last word points at ("… to @dba-oncall").
 */
export function bareHandleTail(title: string): { index: number; owner: string } | null {
  const m = title.match(BARE_HANDLES);
  if (!m || !m.index || HANDLE_IS_OBJECT.test(title.slice(0, m.index))) return null;
  return { index: m.index, owner: m[1]!.replace(/[\s,]+/g, " ").trim() };
}

/** A tail (the item's description as the dash reader split it off) that says nothing needs doing. */
const NO_ACTION =
  /^(?:[\p{L} ]{1,20}[,;:]\s*)?(?:nothing (?:left )?to do|no action (?:needed|required)|no further action|nothing needed|kein handlungsbedarf|nichts zu tun|rien à faire|aucune action|nada que hacer|ninguna acción|niente da fare|nessuna azione|geen actie nodig)\b/iu;

/** A list entry whose own tail says nothing needs doing ("— decided, nothing to do"): a note, not work. */
export const saysNoActionNeeded = (item: FoundItem): boolean => item.origin === "list" && NO_ACTION.test(item.description.trim());
