// A chat export (WhatsApp, Telegram, Signal, Slack or IRC copied as text) is a plan when someone posts
// the list of what to do in it: "[02/03/24, 19:05] Ana: To do for Sunday:" over "1. Clean the gutter".
// Every line of the export opens with a stamp and the speaker, so Markdown saw one long paragraph: the
// numbered lines a later message adds ("6. …" under "Also:") cannot interrupt it, and the stamps sit
// in front of every title. A reader sees messages: this writes each message as its own paragraph
// (stamp and speaker taken off), sets a list a message opens apart from the message's first line, and
// drops media placeholders ("<Media omitted>"). The speakers are the chat's people, so "(Ana)" after a
// task is who does it. A later message that reports a task done ("Got the tent this morning ✅")
// ticks the task it names (chatReportsDone). Only a text most of whose lines are stamped is read so.

/** "02/03/24", "3/2/2024", "02.03.24", "2024-03-02": a date as chat apps write it in many locales. */
const DATE = String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{1,4}`;
/** "19:02", "19.02", "7:02:15 PM", "7:02 p. m.": a time of day. */
const TIME = String.raw`\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?`;
/** WhatsApp (iOS), Telegram, Signal, Slack, IRC: "[date, time] Name: text", "[time] Name: text". */
const BRACKETED = new RegExp(String.raw`^\u200e?\[(?:${DATE},?\s)?${TIME}\]\s?`);
/** WhatsApp (Android): "date, time - Name: text". */
const DASHED = new RegExp(String.raw`^\u200e?${DATE},?\s${TIME}\s[-–]\s`);
/** The speaker: a name of at most 48 characters before the first ": ". */
const SPEAKER = /^([^:\n]{1,48}?):\s/;
/** Telegram desktop: "Name, [02.03.24 19:02]" on its own line, the message below it. */
const HEADER = new RegExp(String.raw`^([^\[\]\n,]{1,48}),\s\[(?:${DATE}\s)?${TIME}\]\s*$`);
/** "<Media omitted>", "<Media tidak disertakan>", "<attached: photo.jpg>": a placeholder, no words. */
const PLACEHOLDER = /^\u200e?<[^<>\n]{1,80}>$/;
const LIST_LINE = /^\s{0,3}(?:\d{1,3}[.)]|[-*+])\s+\S/;
/** A mark that reports work done. */
const DONE_MARK = /[✅✔☑]/u;
const MIN_STAMPED = 3;

export interface ChatReport {
  /** 1-based line of the message in the document. */
  line: number;
  text: string;
}

export interface ChatExport {
  text: string;
  /** origin[i]: the 1-based line of the document that line i + 1 of `text` stands for. */
  origin: number[];
  speakers: Set<string>;
  /** Messages that carry a done mark, to tick the tasks they name. */
  reports: ChatReport[];
}

interface Message {
  speaker: string | null;
  text: string;
}

/** The message a stamped line opens, or null when the line is no chat line. */
function messageOf(line: string): Message | null {
  const stamp = line.match(BRACKETED) ?? line.match(DASHED);
  if (!stamp) return null;
  const rest = line.slice(stamp[0].length);
  const who = rest.match(SPEAKER);
  // "Messages are end-to-end encrypted.": a line of the app itself, no one said it.
  if (!who) return { speaker: null, text: "" };
  return { speaker: who[1]!.trim(), text: rest.slice(who[0].length).trim() };
}

/** The export read as Markdown, or null when the text is no chat export. */
export function chatExportOf(text: string): ChatExport | null {
  if (!/^\u200e?\[?\d{1,4}[./:-]/m.test(text) && !/,\s\[\d/.test(text)) return null;
  const lines = text.split("\n");
  let stamped = 0;
  let written = 0;
  for (const l of lines) {
    if (!l.trim()) continue;
    written++;
    if (messageOf(l) || HEADER.test(l)) stamped++;
  }
  // Most lines of an export open with a stamp; a list pasted in a message adds some that do not.
  if (stamped < MIN_STAMPED || stamped * 3 < written) return null;
  const out: string[] = [];
  const origin: number[] = [];
  const speakers = new Set<string>();
  const reports: ChatReport[] = [];
  const push = (line: string, from: number) => {
    out.push(line);
    origin.push(from);
  };
  const apart = (from: number) => {
    if (out.length && out.at(-1)!.trim()) push("", from);
  };
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const message = inFence ? null : messageOf(l);
    const header = !inFence && !message ? l.match(HEADER) : null;
    if (message || header) {
      apart(i + 1);
      const speaker = message ? message.speaker : header![1]!.trim();
      if (speaker) speakers.add(speaker);
      const said = message?.text ?? "";
      if (said && !PLACEHOLDER.test(said)) {
        push(said, i + 1);
        if (DONE_MARK.test(said)) reports.push({ line: i + 1, text: said });
      }
      continue;
    }
    if (/^\s{0,3}(?:```|~~~)/.test(l)) inFence = !inFence;
    // "Also:" over "6. …": a numbered line that continues a numbering cannot interrupt a paragraph.
    if (!inFence && LIST_LINE.test(l) && out.length && out.at(-1)!.trim() && !LIST_LINE.test(out.at(-1)!) && !/^\s/.test(out.at(-1)!)) apart(i + 1);
    push(l, i + 1);
  }
  return { text: out.join("\n"), origin, speakers, reports };
}

const STOP = 3;
const MAX_TASKS_A_WORD = 12;
/** Reports read, at most: a chat of more done marks than this is a log, not a thread about a list. */
const MAX_REPORTS = 2000;
/** The words of a text that can name a task: letters and digits, at least three long, lower-cased. */
const wordsOf = (text: string) => new Set((text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => w.length >= STOP));

/**
 * "Got the tent from the office ✅" after "5. Fetch the tent from the office": a message that marks
 * work done ticks the one task, posted before it, that shares the most words with it (two at least).
 */
export function chatReportsDone<T extends { title: string; line: number; done: boolean }>(items: T[], reports: ChatReport[]): T[] {
  if (!reports.length) return items;
  // Titles indexed by word, so a report is compared only with the tasks sharing a word with it.
  const byWord = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const w of wordsOf(item.title)) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  // A word most tasks share ("the", the project's name) tells them apart from none: left out, which
  // also bounds each report's comparisons, however long the chat.
  for (const [w, list] of byWord) if (list.length > MAX_TASKS_A_WORD) byWord.delete(w);
  const ticked = new Set<number>();
  for (const report of reports.slice(0, MAX_REPORTS)) {
    const shared = new Map<number, number>();
    for (const w of wordsOf(report.text)) for (const i of byWord.get(w) ?? []) if (items[i]!.line < report.line) shared.set(i, (shared.get(i) ?? 0) + 1);
    let best = -1;
    let most = 1;
    let tie = false;
    for (const [i, n] of shared) {
      if (n > most) [best, most, tie] = [i, n, false];
      else if (n === most && best >= 0) tie = true;
    }
    if (best >= 0 && !tie) ticked.add(best);
  }
  return items.map((item, i) => (ticked.has(i) && !item.done ? { ...item, done: true, status: "done" } : item));
}
