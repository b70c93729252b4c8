import type { Heading, RootContent } from "mdast";
import type { ParseContext, Section } from "../context";
import { plainText } from "../markdown";
import { sectionFromHeading } from "../sections";
import { statusWordIn } from "../status-words";

// An e-mail's points grouped under plain label lines: after the From / To / Subject header block, the
// writer lists what is to be done, one numbered list per group, each under a short line of its own
// ("Team Integration:", "■ 対応中（弊社）", "▶ On your side"). The numbering often runs on from group to
// group, so in Markdown the label and its list are one paragraph (a list that does not start at 1
// cannot interrupt a paragraph; recognise/label-lines.ts splits them with the test here). A careful
// reader reads the label as a heading for the list after it — its name a category, its state word the
// entries' state — and, in a mail, the grouped points as the asks. A label that says the entries are
// notes ("Risks:", "Questions:") keeps them out, as a heading would.

/** Mail header field names, lower-case, in the languages the importer reads. */
const MAIL_FIELDS = new Set([
  "from", "to", "cc", "bcc", "subject", "date", "sent",
  "van", "aan", "onderwerp", "datum", "verzonden",
  "von", "an", "betreff", "gesendet",
  "de", "à", "objet", "envoyé", "para", "asunto", "fecha", "enviado", "assunto", "da", "a", "oggetto", "inviato",
  "från", "till", "ämne", "skickat", "fra", "til", "emne", "sendt", "od", "do", "temat", "předmět", "kimden", "kime", "konu", "tarih",
  "от", "кому", "тема", "дата", "від",
  "件名", "宛先", "差出人", "送信者", "日付", "送信日時", "主题", "主題", "发件人", "收件人", "寄件者", "收件者", "日期", "제목", "보낸 사람", "받는 사람", "날짜",
]);
const HEADER_LINE = /^\s*([\p{L} ]{1,20}?)\s*[:：]\s*\S/u;
/** How many of the first lines may hold the header block (a blank line or two, a forwarded marker). */
const HEAD_LINES = 12;

/** Whether the document opens with a mail header block: two or more known fields among its first lines. */
export function isMail(text: string): boolean {
  const head = text.slice(0, 2000).split("\n", HEAD_LINES);
  const fields = new Set<string>();
  for (const line of head) {
    const m = line.replace(/[*_]/g, "").match(HEADER_LINE);
    if (m && MAIL_FIELDS.has(m[1]!.trim().toLowerCase())) fields.add(m[1]!.trim().toLowerCase());
  }
  return fields.size >= 2;
}

/** "■ 対応中", "▶ Open", "◆ Team A": a box or arrow glyph opening the line marks it as a label. */
const GLYPH_LABEL = /^\s*[■□◆◇●○▶►▸▪◼]\s*(\S.{0,60})$/u;
/** "Team Integration:", "Ops-Team:": at most five words, no sentence inside, then a colon. */
const COLON_LABEL = /^\s*([\p{L}\p{N}][\p{L}\p{N} &/'’()（）-]{0,50}?)\s*[:：]\s*$/u;
const MAX_LABEL_WORDS = 5;

/** The label a plain line names, without its glyph or colon; null when the line is no label. */
export function plainLabel(line: string): string | null {
  const glyph = line.match(GLYPH_LABEL);
  if (glyph) return glyph[1]!.replace(/[:：]\s*$/, "").trim() || null;
  const colon = line.match(COLON_LABEL);
  if (!colon || colon[1]!.split(/\s+/).length > MAX_LABEL_WORDS) return null;
  return colon[1]!.trim();
}

/** "Team Integratie", "Équipe Data": a named team is a group of the work, not a section about the team. */
const NAMED_TEAM = /^(?:[Tt]eam|[ÉéEe]quipe|[Ee]quipo|[Ee]quipa|[Ss]quadra|[Zz]espół|[Tt]ým|[Кк]оманда|[Tt]akım|[Ee]kip)\s+\p{Lu}/u;
const CJK_OR_HANGUL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The section a plain label paragraph opens for the list after it, in a mail; null otherwise. */
export function mailGroupLabel(node: RootContent | undefined, ctx: ParseContext): Section | null {
  if (node?.type !== "paragraph") return null;
  const text = plainText(node).trim();
  if (text.includes("\n")) return null;
  const label = plainLabel(text);
  if (!label || !isMail(ctx.text)) return null;
  const heading: Heading = { type: "heading", depth: 6, children: [{ type: "text", value: label }], position: node.position };
  const section = sectionFromHeading(heading);
  // "対応しない事項" ("matters not handled"): a state word opening a label in a script without spaces.
  const status = section.status ?? (CJK_OR_HANGUL.test(label[0]!) ? statusWordIn(label.slice(0, 6)) : null);
  if (section.kind !== null && section.kind !== "tasks" && !NAMED_TEAM.test(label)) return null;
  return { ...section, status, kind: "tasks", depth: 7 };
}

const NUMBERED_LINE = /^\s{0,3}\d{1,4}[.)]\s+\S/;
const CONTINUATION = /^\s{2,}\S/;

/** "Team B:" then "4. …" lines (and their indented continuation lines) in a mail: a label over a list. */
export function isMailLabelOverList(lines: readonly string[], text: string): boolean {
  if (lines.length < 2 || !plainLabel(lines[0]!) || !NUMBERED_LINE.test(lines[1]!)) return false;
  return lines.slice(2).every((l) => NUMBERED_LINE.test(l) || CONTINUATION.test(l)) && isMail(text);
}
