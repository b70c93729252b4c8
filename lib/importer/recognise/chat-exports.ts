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
/**
 * Slack or Teams copied from the app: "**Marta Ruiz** 10:02 AM" (or "Marta Ruiz  10:02 AM") on its own
 * line, the message below it. The name is bold, or two or three capitalised words before a time with
 * AM/PM: "Kickoff 09:00" in an agenda is a heading of the day, not a speaker.
 */
const BOLD_HEADER = new RegExp(String.raw`^\*\*([^*\n:\[\]]{1,48})\*\*[ \t]{1,3}${TIME}[ \t]*$`);
const NAME_HEADER = /^(\p{Lu}[\p{L}'.-]{0,20}(?: \p{Lu}[\p{L}'.-]{0,20}){1,2})[ \t]{1,3}\d{1,2}:\d{2}\s?[AaPp][Mm][ \t]*$/u;
/** Header-led messages: at least this many, and at least half the document's paragraphs. */
const MIN_HEADED = 3;

/** The speaker a header line names ("Name, [time]", "**Name** 10:02 AM"), or null. */
function headerSpeaker(line: string): string | null {
  const m = line.match(HEADER) ?? line.match(BOLD_HEADER) ?? line.match(NAME_HEADER);
  return m ? m[1]!.trim() : null;
}

/**
 * Whether most of the text is messages under header lines: counted in paragraphs, not lines, since
 * each message's lines follow its header unstamped.
 */
function headedMessages(lines: string[]): boolean {
  let paragraphs = 0;
  let headed = 0;
  lines.forEach((l, i) => {
    if (!l.trim() || (i > 0 && lines[i - 1]!.trim())) return;
    paragraphs++;
    if (headerSpeaker(l) !== null) headed++;
  });
  return headed >= MIN_HEADED && headed * 2 >= paragraphs;
}

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
  // "10:02 AM" or "10:02" ending a line: a Slack or Teams header may be in the text.
  const headers = /\d:\d{2}(?:\s?[AaPp][Mm])?[ \t]*$/m.test(text);
  if (!/^\u200e?\[?\d{1,4}[./:-]/m.test(text) && !/,\s\[\d/.test(text) && !headers) return null;
  const lines = text.split("\n");
  let stamped = 0;
  let written = 0;
  for (const l of lines) {
    if (!l.trim()) continue;
    written++;
    if (messageOf(l) || HEADER.test(l)) stamped++;
  }
  // Most lines of an export open with a stamp; a list pasted in a message adds some that do not.
  if ((stamped < MIN_STAMPED || stamped * 3 < written) && !(headers && headedMessages(lines))) return null;
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
  let headed = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const message = inFence ? null : messageOf(l);
    const header = !inFence && !message ? headerSpeaker(l) : null;
    if (message || header !== null) {
      apart(i + 1);
      const speaker = message ? message.speaker : header;
      headed = header !== null;
      if (speaker) speakers.add(speaker);
      const said = message?.text ?? "";
      if (said && !PLACEHOLDER.test(said)) {
        push(said, i + 1);
        if (DONE_MARK.test(said)) reports.push({ line: i + 1, text: said });
      }
      continue;
    }
    // Under a "**Name** 10:02 AM" header the message is the lines below it: one may report work done.
    if (!inFence && headed && !LIST_LINE.test(l) && DONE_MARK.test(l)) reports.push({ line: i + 1, text: l });
    if (!l.trim()) headed = false;
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
