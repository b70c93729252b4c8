import { arrowKeyTail } from "./arrow-keys";
import { arrowOwner, handsOutByArrow } from "./arrow-owners";
import { leadsWithPerson } from "./person-parens";
import { parseStatus } from "../clean";
import type { FoundItem } from "../context";
import { trailingState } from "../status-words";
import type { ItemStatus } from "../types";
import { readTaskSignifiers } from "./fields";
import { addFile, isPath } from "./file-lists";
import { isOtherRemark, personTailStart, withoutHtml } from "./remark-parens";
import { isAside } from "./aside-parens";
import { givesContext } from "./context-parens";
import { expiryTailStart } from "./expiry-tails";
import { checklistCountStart } from "./checklist-counts";
import { narrowsWork, remarkOf, trailingReferenceStart } from "./title-parts";
import { bareHandleTail, handleTail } from "./handle-tails";
import { leadingMarker } from "./outliner-keywords";
import { fieldTail } from "./field-tails";
import { stateRemark } from "./state-remarks";
import { endsAwaiting } from "./awaited-clauses";
import { talkTail } from "./talk-tails";
import { leadingKey, repeatedKeyPrefixes } from "./key-prefixes";
import { signoffTail, signsOff } from "./signoff-tails";
import { cardDateStart } from "./kanban-dates";
import { progressOf } from "./progress-parens";
import { closingClauseState, isNoteParen, scheduleTailStart } from "./note-parens";
import { isRoughCountRemark } from "./rough-counts";
import { seePointer } from "./see-pointers";
import { progressDash } from "./progress-dashes";
import { commaDate } from "./comma-dates";
import { alternativeStart } from "./declined-alternatives";
import { saysHowFound } from "./found-by-parens";
import { roleHolder } from "./role-holder-parens";
import { bangPriority } from "./bang-priorities";

// One last pass over every found item's title, whichever reader found it (a list entry, a table row,
// a heading, a record): the decoration people and tools put around a title is taken off, the way a
// careful reader skips it. The readers each clean the parts their own shape has; this pass removes
// the tails and heads that turn up in any shape:
//
//   heads  — decorative emoji ("🐢 structured logging"), an "@Full Name" mention of who does it
//   tails  — tags ("#backup"), task-plugin marks ("⏫ 📅 2026-12-20"), footnote references ("[^1]"),
//            vote counts ("+3", "👍 4") when the document's entries carry them, a state with its date
//            ("— done 02.12"), remarks in parentheses the readers do not know (initials "(jk)", a team
//            "(platform team)", an outcome "(fixed 1.4.2)", a path "(docs/arch.png)", story points
//            "(8p)"), and words the document uses as labels elsewhere ("… enhancement").
//
// Nothing is dropped: the parts taken off go to the item's description (a path to its files, an
// outcome to its status, a priority mark to its priority).

const MAX_ROUNDS = 8;
const MAX_TITLE = 2000;
const PICTO = "\\p{Extended_Pictographic}\\uFE0F?";
/** A status symbol is read by the readers (it says done / in progress); decoration is every other emoji. */
const STATUS_PICTO = /^[✅✓☑✔🚧❌⛔⚠⏳]/u;
const LEADING_EMOJI = new RegExp(`^(?:${PICTO}|[\\u200d\\s])+(?=[\\p{L}\\p{N}"'“«\`(])`, "u");
/** One decorative emoji closing a title ("… for the kickoff 🎉", "… paragraph!!! 😱"); marks that say a state or a priority are read elsewhere. */
const CLOSING_PICTO = /\s+(\p{Extended_Pictographic})[\uFE0F\u200d]*$/u;
const SAYS_SOMETHING = /[✅✓☑✔🚧❌⛔⚠⏳🔥⭐★❗🔴🟠🟡🟢🔵🟣⚪⚫🟤📅📆🗓⏰⏱🏷🔖👤]/u;
/** "@Sam Okafor write up …", "@Ana María revisar …": a mention of a full name, then a lower-case verb. */
const FULL_NAME_MENTION = /^@(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?=\p{Ll})/u;
/** "[^1]", "[^note]": a footnote reference is a pointer to a note, never title words. */
const FOOTNOTE = /\s*\[\^[^\]\s]{1,24}\]/gu;
/** "#backup", "#docs #home": tags (a letter after the hash: "#12" is an issue reference, read elsewhere). */
const TRAILING_TAGS = /(?:\s+#[\p{L}][\p{L}\p{N}_/-]*)+\s*$/u;
/** "… posted to #data-quality", "… im #team-kanal": a channel the sentence needs is its object, not a tag. */
// So is one named after its chat app: "Announce on Discord #announcements", "Ask in Slack #infra".
const TAG_IS_OBJECT =
  /(?:^|\s)(?:in|to|on|at|into|onto|for|via|from|with|of|im|ins|an|auf|nach|zu|dans|sur|à|au|vers|pour|en|para|em|no|na|nel|nella|su|per|naar|op|i|på|till|til|w|do|we|v|ve|sa|ke|di|в|на|во|под|у|до|slack|discord|mattermost|teams|zulip|irc|matrix|telegram|rocket\.chat)$/iu;
/** "+3", "😂 +1", "👍 4", "👍×4": a vote count closing an entry. */
const VOTES = new RegExp(`\\s+(?:(?:${PICTO}\\s*)*\\+\\d{1,4}|${PICTO}\\s*[×x]?\\d{1,4})\\s*$`, "u");
/** A date closing a state ("— done 02.12", "— сделано 2.12.2026", "— fixed 2026-05-03"). */
const TRAILING_DATE = /\s+(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|\d{4}-\d{2}(?:-\d{2})?)\s*$/;
/** "teslim/okundu/iptal", "web/iOS/Android": a list of three or more, written with slashes. */
// Words only: a path ("src/api/users.py", "infra/aurora/orders.tf") is a file, read as one.
const SLASH_LIST = /^\p{L}[\p{L}\p{N}'’-]{0,29}(?:\/\p{L}[\p{L}\p{N}'’-]{0,29}){2,8}$/u;
/** "(jk)", "(mw)": a person's initials in lower case — nobody writes a task's words that way. */
const INITIALS = /^\p{Ll}{2,3}$/u;
/** "(platform team)", "(team Platform)", "(équipe data)", "(QA guild)", "(infra)", "(legal)": who does it, a group (a department named alone). */
const TEAM = /^(?:(?:the\s+)?[\p{L}\p{N} &/-]{1,30}\s+(?:team|squad|guild|crew|tribe)|(?:team|squad|équipe|equipo|equipa|squadra|zespół|команда)\s+[\p{L}\p{N} &/-]{1,30}|\p{L}+[-]?(?:team|teams?)|infra|ops|devops|dev ops|sre|secops|sec ops|legal|finance|procurement|hr)$/iu;
/** "(8p)", "(3 SP)", "(5 Pkt.)", "(2 pts)": story points, an estimate in any tool's short form. */
const POINTS = /^\d{1,3}(?:[.,]5)?\s*(?:p|pt|pts|sp|pkt\.?|points?|punkte|poäng|poeng|pisteet|punti|puntos|pontos|очк(?:а|ов)?|ball)$/iu;
/** "(still open!)", "(not yet)", "(masih riset)", "(pas encore de ticket)", "(finally)": a remark about the state of things, said in passing. */
// "(finally)", "(endlich!)": alone, the word says the work is at last done; "(finally block)" names code.
const PASSING_REMARK = /^(?:(?:finally|at last|endlich|enfin|por fin|finalmente|eindelijk|äntligen|endelig|wreszcie|наконец|нарешті|nihayet)[!.…]*$|still|not yet|again|as usual|tbd|tba|noch|immer noch|toujours|todavía|ainda|ещё|еще|всё ещё|досі|jeszcze|nadal|wciąż|ancora|nog steeds|fortfarande|fortsatt|hâlâ|masih|belum|pas encore|todavía no|ainda não|noch nicht|nog niet|stále|pořád|ještě|încă|még|vielä|yhä|još uvijek|vẫn|ยังไม่)(?![\p{L}])/iu;
/** "(сейчас всё руками)", "(obecnie ręcznie)", "(teď 900 ms)": how things stand today, in languages the title reader lacks. */
// "(jelenleg 2 400 sor)", "(orain 5 s)", "(šobrīd 3 s)": Hungarian, Basque, Baltic, South Slavic, Icelandic, Filipino and Swahili too.
const NOW_OTHER =
  /^(?:сейчас|пока|зараз|obecnie|teraz|nyt|nu|nå|jetzt|teď|nyní|aktuálně|momentálně|acum|în prezent|sekarang|saat ini|hiện tại|hiện|şu an|şimdi|τώρα|עכשיו|حاليا|当前|目前|现在|현재|지금|jelenleg|jelenlegi|orain|gaur egun|šobrīd|pašlaik|patlaban|dabar|šiuo metu|praegu|hetkel|trenutno|sada|zdaj|trenutačno|momentálne|núna|eins og er|ngayon|sa ngayon|kasalukuyan|sasa|kwa sasa|atualmente|actualmente|attualmente|actuellement)(?![\p{L}])/iu;
/** "(ugašen 1. 11. 2026)", "(shipped 2026-11-02)", "(abgeschaltet 3.11.)": one word, then the date it happened — when. */
const WORD_THEN_DATE = /^\p{Ll}{3,20}\s+(?:\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4}\.?)?|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})$/u;
/** "(8–12 s ngayon)", "(5 s jetzt)", "(900 ms now)": a figure, then the word for now — how things stand today. */
const FIGURE_NOW = /^~?\d[\d\s.,–-]{0,12}\s?\p{L}{0,6}\.?\s+(?:now|today|ngayon|jetzt|derzeit|nyní|teď|teraz|obecnie|acum|orain|jelenleg|šobrīd|dabar|praegu|trenutno|sada|zdaj|núna|sekarang|hiện tại|сейчас|зараз|ora|ahora|agora|maintenant|nu|nå|nyt)$/iu;
/** "(reported by 3 users)", "(raised by support)", "(gemeldet von Kunden)": where the request came from. */
const SOURCE = /^(?:\p{L}+ed by|gemeldet von|gewünscht von|signalé par|demandé par|reportado por|pedido por|zgłoszone przez)\s+\S/iu;
/** "… -- mw", "… — jk": a person's initials after a dash close the line. */
const TRAILING_INITIALS = /\s+(?:--|[—–-])\s+(\p{Ll}{2,3})\s*$/u;
/** A trailing "( … )" (also full-width). */
const TRAILING_PAREN = /\s*[(（]([^()（）]*)[)）]\s*$/u;
/** "… (5p) — Sara, almost done": after a remark parenthesis, a dash opens more remark. */
const PAREN_THEN_DASH = /\s*[(（]([^()（）]*)[)）]\s+[—–-]{1,2}\s+\S.*$/u;

/** What a trailing parenthesis says beyond the title reader's remarks: a note, and what it changes. */
function extraRemark(inner: string): { status?: ItemStatus | null; file?: string } | null {
  const said = inner.replace(/[`*_]/g, "").replace(/\s+/g, " ").trim();
  // "(delivered/read/cancelled)": three words or more set apart by slashes list what the work covers — no state, no remark.
  if (!said || narrowsWork(said) || SLASH_LIST.test(said)) return null;
  // A path keeps its underscores ("0142_search_vector.sql"); only code and bold marks come off it.
  const written = inner.replace(/[`*]/g, "").trim();
  const named = written.match(/^\p{L}+(?:\s+\p{L}+)?\s+(\S+\/\S+\.[\w-]+)$/u);
  // "(docs/arch.png)": a file the item touches; a bare directory ("(pkg/outbox)") names what is built, it stays.
  if (isPath(written) && written.includes("/") && /\.[\w-]+$/.test(written)) return { file: written };
  // "(src/api/users.py:214)", "(lib/a.ts#L10-L20)": a place in a file; the file is what the item touches.
  const place = written.replace(/(?::\d+(?:[:-]\d+)?|#L\d+(?:-L?\d+)?)$/, "");
  if (place !== said && isPath(place) && place.includes("/")) return { file: place };
  // "(migration db/migrations/0142_x.sql)", "(siehe docs/runbook.md)": a word or two naming the file, then the file.
  if (named && isPath(named[1]!)) return { file: named[1]! };
  // "(см. дамп в /var/tmp/heap.hprof)", "(siehe Log unter logs/x.txt)": a pointer elsewhere; a file it points at is the item's (recognise/see-pointers.ts).
  const pointer = seePointer(written);
  if (pointer) return pointer.file ? { file: pointer.file } : {};
  // "（LeakCanary で検出）": how the problem was found, in Japanese or Chinese (recognise/found-by-parens.ts).
  if (INITIALS.test(said) || TEAM.test(said) || POINTS.test(said) || PASSING_REMARK.test(said) || SOURCE.test(said) || saysHowFound(said) || isRoughCountRemark(said) || NOW_OTHER.test(said) || FIGURE_NOW.test(said) || WORD_THEN_DATE.test(said)) return {};
  // Where, when, who in other languages and scripts (recognise/remark-parens.ts); why and in relation
  // to what (recognise/context-parens.ts).
  if (isOtherRemark(said) || isAside(said) || givesContext(said)) return {};
  // Progress ("(Mei: 70%, props left)"), a schedule, "for now", a closing state (recognise/progress-parens.ts, note-parens.ts).
  const progress = progressOf(said) ?? closingClauseState(said);
  if (progress) return { status: progress };
  if (isNoteParen(said)) return {};
  // "(fixed 1.4.2)", "(done in March)", "(erledigt am 3.5.)": an outcome opening the parenthesis.
  const first = said.split(/\s+/)[0]!;
  const outcome = parseStatus(first);
  if (outcome === "done" || outcome === "wont_do") return { status: outcome };
  return null;
}

/** The words the document's entries carry as labels ("Labels: bug, enhancement" in their descriptions). */
function labelsOf(items: readonly FoundItem[]): Set<string> {
  const labels = new Set<string>();
  for (const item of items) {
    const said = item.description.match(/(?:^|·\s*)Labels: ([^·]+)/);
    if (said) for (const label of said[1]!.split(/\s*,\s*/)) if (/^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*$/u.test(label.trim())) labels.add(label.trim());
  }
  return labels;
}

/** Everything a title can lose in this pass, and what the item gains from it. */
interface Tidied {
  title: string;
  notes: string[];
  status: ItemStatus | null;
  priorityLabel: string | null;
  files: string[];
}

/**
 * A title without its decoration. `votes`: the document's entries end in vote counts (two or more
 * do), so one here is a count too; `labels`: words the document's entries carry as labels.
 */
export function tidyTitle(text: string, votes: boolean, labels: ReadonlySet<string>, people: ReadonlySet<string> = new Set(), signoffs = false): Tidied {
  // HTML comments and inline tags a tool left in the line are markup, not words (recognise/remark-parens.ts).
  const out: Tidied = { title: withoutHtml(text.replace(FOOTNOTE, "")).trim(), notes: [], status: null, priorityLabel: null, files: [] };
  // A "title" of pages is a reading gone wrong elsewhere; the end-anchored patterns stay off it.
  if (out.title.length > MAX_TITLE) return out;
  const mention = out.title.match(FULL_NAME_MENTION);
  if (mention) {
    out.notes.push(`Owner: @${mention[1]}`);
    out.title = out.title.slice(mention[0].length);
  }
  // "FIXME: …", "DONE …": a marker word heading the line is its state (recognise/outliner-keywords.ts).
  const marker = leadingMarker(out.title);
  if (marker) {
    out.title = marker.title;
    out.status = marker.status;
    if (marker.owner) out.notes.push(`Owner: ${marker.owner}`);
  }
  const lead = out.title.match(LEADING_EMOJI);
  if (lead && !STATUS_PICTO.test(lead[0]) && lead[0].trim()) out.title = out.title.slice(lead[0].length);
  // A line closes with a few parts; the bound keeps a pathological line linear.
  for (let round = 0, changed = true; changed && round < MAX_ROUNDS; round++) {
    changed = false;
    const title = out.title;
    const cut = (at: number, note: string | null) => {
      if (note) out.notes.unshift(note);
      out.title = title.slice(0, at).trim();
      changed = true;
    };
    // "… #billing @{2026-12-09}": a Kanban card's date mark (recognise/kanban-dates.ts).
    const carded = cardDateStart(title);
    if (carded > 0) {
      cut(carded, `Date: ${title.slice(carded).trim()}`);
      continue;
    }
    const tags = title.match(TRAILING_TAGS);
    if (tags && tags.index! > 0 && !TAG_IS_OBJECT.test(title.slice(0, tags.index))) {
      cut(tags.index!, `Tags: ${tags[0].trim().split(/\s+/).join(" ")}`);
      continue;
    }
    // "… ❌ 2026-12-02 (budget frozen)": a parenthesis after a task plugin's dated mark is that mark's note.
    const noted = title.match(TRAILING_PAREN);
    if (noted && noted.index! > 0 && readTaskSignifiers(title.slice(0, noted.index))) {
      cut(noted.index!, noted[0].trim());
      continue;
    }
    const signified = readTaskSignifiers(title);
    if (signified && signified.title) {
      out.priorityLabel ??= signified.priorityLabel;
      out.status ??= signified.status;
      out.notes.unshift(signified.said);
      out.title = signified.title;
      changed = true;
      continue;
    }
    // "… → KUR-513 ✅ fixed on the spot": the ticket the entry was filed as, and its state (recognise/arrow-keys.ts).
    const ticket = arrowKeyTail(title);
    if (ticket) {
      out.status ??= ticket.status;
      cut(ticket.index, [`Ticket: ${ticket.key}`, ticket.rest].filter(Boolean).join(" · "));
      continue;
    }
    // "… -> src/parse/address.rs": an arrow pointing at a path names the file to change.
    const arrow = title.match(/\s+(?:->|→|=>)\s+(\S+)\s*$/u);
    if (arrow && arrow.index! > 0 && isPath(arrow[1]!) && arrow[1]!.includes("/")) {
      out.files.push(arrow[1]!);
      cut(arrow.index!, null);
      continue;
    }
    // "— 担当: 佐藤", "// priorité 1", "📅 Dec 9", "[Label: IT]": labelled fields after the title (recognise/field-tails.ts).
    const field = fieldTail(title);
    if (field) {
      out.priorityLabel ??= field.priorityLabel;
      out.status ??= field.status;
      cut(field.index, field.note);
      continue;
    }
    // "… !!1 📅 09.12.": Todoist's priority among the task's fields (recognise/bang-priorities.ts).
    const bang = bangPriority(title);
    if (bang) {
      out.priorityLabel ??= bang.label;
      cut(bang.index, title.slice(bang.index).trim());
      continue;
    }
    // "— 阻塞：等待…", "— ordered, waiting for delivery", "(이미 완료)": a state and why (recognise/state-remarks.ts).
    const remark = stateRemark(title);
    if (remark) {
      out.status ??= remark.status;
      cut(remark.index, title.slice(remark.index).replace(/^\s*(?:[—–-]+|→)?\s*/u, "").trim());
      continue;
    }
    // "(Order list is slow)" after a Japanese title, "(Mei: 70%, props left)", "— 재무팀 검토 대기" (recognise/talk-tails.ts).
    const talk = talkTail(title);
    if (talk) {
      if (talk.status) out.status ??= talk.status;
      cut(talk.index, title.slice(talk.index).replace(/^\s*[—–]?\s*/u, "").trim());
      continue;
    }
    // "· ☑ 2/6": a card's checklist progress (recognise/checklist-counts.ts).
    const count = checklistCountStart(title);
    if (count > 0) {
      cut(count, title.slice(count).replace(/^\s*[·•|]?\s*/u, "").trim());
      continue;
    }
    // "— פגים ב-15.12", "(истекают 14.12, отвечает Артём)": when something runs out (recognise/expiry-tails.ts).
    const expiry = expiryTailStart(title);
    if (expiry > 0) {
      cut(expiry, title.slice(expiry).replace(/^\s*[—–-]*\s*/u, "").trim());
      continue;
    }
    // "— @aisha ✅ already done": an owner handle and a remark about the state (recognise/handle-tails.ts).
    const handle = handleTail(title);
    if (handle?.title) {
      out.status ??= handle.status;
      cut(handle.title.length, `Owner: ${handle.note}`);
      continue;
    }
    // "… 设计评审 @王磊": @handles closing the line are who does it (recognise/handle-tails.ts).
    const bare = bareHandleTail(title);
    if (bare) {
      cut(bare.index, `Owner: ${bare.owner}`);
      continue;
    }
    // "… #238 @bilal": the issue reference the handle hid (recognise/title-parts.ts reads it before).
    const ref = trailingReferenceStart(title);
    if (ref > 0) {
      cut(ref, title.slice(ref).trim());
      continue;
    }
    // "— MK", "—— 刘洋": who signed the line off, when the document's lines carry sign-offs (recognise/signoff-tails.ts).
    const signoff = signoffs ? signoffTail(title) : null;
    if (signoff) {
      cut(signoff.index, `Signed off: ${title.slice(signoff.index).replace(/^\s*[—–-]+\s*/u, "").trim()}`);
      continue;
    }
    const vote = votes ? title.match(VOTES) : null;
    if (vote && vote.index! > 0) {
      cut(vote.index!, `Votes: ${vote[0].trim()}`);
      continue;
    }
    const initials = title.match(TRAILING_INITIALS);
    if (initials && initials.index! > 0) {
      cut(initials.index!, `Owner: ${initials[1]}`);
      continue;
    }
    // "— done 02.12": the date of a state goes with it.
    const dated = title.match(TRAILING_DATE);
    const state = dated && dated.index! > 0 ? trailingState(title.slice(0, dated.index)) : null;
    if (dated && state && state.index > 0) {
      out.status ??= state.status;
      cut(state.index, title.slice(state.index).replace(/^\s*[-–—|]+\s*/, "").trim());
      continue;
    }
    // "— Agentur liefert KW 51": a closing dash tail that schedules the work (recognise/note-parens.ts).
    const scheduled = scheduleTailStart(title);
    if (scheduled > 0) {
      cut(scheduled, title.slice(scheduled).replace(/^\s*[—–-]+\s*/u, "").trim());
      continue;
    }
    // "— 40% पूरा", "— 3/5 done": how far the work got, so it is under way (recognise/progress-dashes.ts).
    const progress = progressDash(title);
    if (progress) {
      out.status ??= progress.status;
      cut(progress.index, title.slice(progress.index).replace(/^\s*[—–-]+\s*/u, "").trim());
      continue;
    }
    // "…, 31/03": a closing calendar date set off by a comma is the due date (recognise/comma-dates.ts).
    const due = commaDate(title);
    if (due) {
      cut(due.index, `Due: ${due.said}`);
      continue;
    }
    const paren = title.match(TRAILING_PAREN);
    if (paren && paren.index! > 0) {
      // "(Νίκος)": a name the document gives a person elsewhere ("Παρόντες: …") is who does it.
      // "(Ana coordinates)": the same person with a word about their part (recognise/person-parens.ts).
      // "Sign-off from QA lead (Ingrid)": the name of who holds the role just named (recognise/role-holder-parens.ts).
      const extra = extraRemark(paren[1]!) ?? (people.has(paren[1]!.trim()) || leadsWithPerson(paren[1]!, people) || roleHolder(title) ? {} : null);
      if (extra) {
        if (extra.file) out.files.push(extra.file);
        if (extra.status) out.status ??= extra.status;
        cut(paren.index!, extra.file ? null : paren[0].trim());
        continue;
      }
    }
    // "… (5p) — Sara, almost done": the title ends at the remark; all after it is remark.
    const then = title.match(PAREN_THEN_DASH);
    if (then && then.index! > 0 && (extraRemark(then[1]!) ?? remarkOf(then[1]!, people))) {
      cut(then.index!, title.slice(then.index!).trim());
      continue;
    }
    // "— Dana, by Friday", "– Margaret has volunteered": a closing dash tail about who does it.
    const person = personTailStart(title, people);
    if (person > 0) {
      cut(person, title.slice(person).replace(/^\s*[-–—]+\s*/, "").trim());
      continue;
    }
    // "Swag order for the kickoff 🎉": a closing emoji is decoration, like an opening one.
    const picto = title.match(CLOSING_PICTO);
    if (picto && picto.index! > 0 && !SAYS_SOMETHING.test(picto[1]!)) {
      cut(picto.index!, null);
      continue;
    }
    // "Upgrade the router chore": a last word the document's other entries carry as a label.
    const last = title.match(/\s+([\p{Ll}\p{N}][\p{Ll}\p{N}-]*)\s*$/u);
    if (last && last.index! > 0 && labels.has(last[1]!) && title.slice(0, last.index).trim().split(/\s+/).length >= 2) {
      cut(last.index!, `Label: ${last[1]}`);
      continue;
    }
  }
  return out;
}

/** The pass: every found item's title, tidied; what came off goes to its description, status, priority, files. */
export function tidyTitles(items: FoundItem[], people: ReadonlySet<string>): void {
  const votes = items.filter((item) => VOTES.test(item.title)).length >= 2;
  const labels = labelsOf(items);
  // "FAC-401 UBL 2.1 export": a tracker key the document's titles open with (recognise/key-prefixes.ts).
  const prefixes = repeatedKeyPrefixes(
    items.map((item) => item.title),
    items.map((item) => item.key),
  );
  const signoffs = signsOff(items.map((item) => item.title));
  // "… → Sophie", "… → Nadia, avant le 1er décembre": minutes handing entries out by arrow (recognise/arrow-owners.ts).
  const arrows = handsOutByArrow(items.map((item) => item.title));
  for (const item of items) {
    // Taken off before the title is tidied, so "Trouver un Père Noël (!!) → Aurélien …" keeps its "(!!)".
    const handed = arrows ? arrowOwner(item.title) : null;
    if (handed) {
      item.title = item.title.slice(0, handed.index).trim();
      item.description = [item.description, `Owner: ${handed.owner}`, handed.remark].filter(Boolean).join(" · ");
      continue;
    }
    const keyed = prefixes.size ? leadingKey(item.title, prefixes) : null;
    if (keyed) {
      item.key ??= keyed.key;
      item.title = keyed.title;
    }
    // "Elasticsearch output — use the OpenSearch output": declined work's pointer to what to use instead (recognise/declined-alternatives.ts).
    const instead = item.status === "wont_do" ? alternativeStart(item.title) : -1;
    if (instead > 0) {
      item.description = [item.description, item.title.slice(instead).replace(/^\s*[—–]\s*/u, "").trim()].filter(Boolean).join(" · ");
      item.title = item.title.slice(0, instead).trim();
    }
    const tidied = tidyTitle(item.title, votes, labels, people, signoffs);
    // "… — Meta onayı bekleniyor": waiting on someone, said verb-last; the clause stays (recognise/awaited-clauses.ts).
    if (item.status === "not_started" && endsAwaiting(item.title)) item.status = "blocked";
    if (tidied.title === item.title || !tidied.title) continue;
    item.title = tidied.title;
    if (tidied.notes.length) item.description = [item.description, ...tidied.notes].filter(Boolean).join(" · ");
    if (tidied.status && (item.status === "not_started" || !item.status)) {
      item.status = tidied.status;
      if (tidied.status === "done") item.done = true;
    }
    item.priorityLabel ??= tidied.priorityLabel;
    for (const file of tidied.files) addFile(item, file);
  }
}
