// "Budget für Loki-Speicher ist noch nicht freigegeben.", "The Loki budget is not yet approved.":
// under "Offene Punkte" / "Open points" beside the questions, a sentence saying that something is
// still pending (a subject, "is not yet", a participle, a full stop) reports a blocker or a waiting
// state; it names no work the team will do, so a careful reader keeps it as a note, not an item.
// Only that sentence shape: a title that opens with a verb or ends without the full stop
// ("Approve the Loki budget", "Budget not yet approved") is still read as work, and an entry with a
// box is work by its box (finish-items.ts keeps tasks).

const COPULA_NOT_YET = [
  String.raw`(?:is|are)\s+(?:still\s+)?not\s+yet`,
  String.raw`(?:ist|sind)\s+(?:immer\s+)?noch\s+nicht`,
  String.raw`(?:est|sont)\s+(?:toujours\s+)?pas\s+encore|n['’](?:est|a)\s+(?:toujours\s+)?pas\s+encore(?:\s+été)?`,
  String.raw`(?:todavía|aún)\s+no\s+(?:está|están|ha\s+sido|han\s+sido)`,
  String.raw`ainda\s+não\s+(?:foi|foram|está|estão)`,
  String.raw`(?:non\s+è|non\s+sono)\s+ancora(?:\s+stat[oaie])?`,
  String.raw`(?:is|zijn)\s+(?:nog\s+)?niet\s+(?:nog\s+)?`,
  String.raw`(?:är|har)\s+(?:ännu\s+)?inte\s+(?:ännu\s+)?`,
];
// Subject (at least one word) · the copula and "not yet" · one or two words · the full stop.
const PENDING = new RegExp(String.raw`^\p{L}[^.!?]*?\s(?:${COPULA_NOT_YET.join("|")})\s*\p{L}[\p{L}-]*(?:\s\p{L}[\p{L}-]*)?\.$`, "iu");

/** Whether an entry is a sentence saying something is still pending ("X ist noch nicht freigegeben."). */
// A note is one short sentence; the length bound also keeps the test cheap on any line.
export const saysStillPending = (title: string): boolean => title.length <= 200 && PENDING.test(title.trim());
