// A gap assessment or audit table: "Control | Current state | Gap | Remediation | Owner | Target".
// No header names the row as a task or a thing ("Task", "Finding", "Title"), and several columns
// hold free text: what is, what is missing, what to do. A careful reader titles each row by what
// is to be done — the remediation, the fix, the recommended action — since that is the work; the
// gap is its reason. (Where a header does name the row, "Finding | Recommendation", the finding
// stays the title: table-columns.ts reads those first.)

const REMEDY =
  /^(?:remediation(?: plan| action| steps?)?|remedy|fix|proposed fix|recommended (?:fix|action)|recommendations?|mitigation(?: plan)?|corrective action|to do|next action|behebung|abhilfe|empfehlung|korrekturma(?:ß|ss)nahme|remédiation|correctif|recommandations?|action corrective|remediaci[óo]n|correcci[óo]n|recomendaci[óo]n(?:es)?|acci[óo]n correctiva|rimedio|correzione|raccomandazion[ei]|azione correttiva|herstel(?:actie)?|oplossing|aanbeveling(?:en)?|remedia[çc][ãa]o|corre[çc][ãa]o|recomenda[çc][ãa]o|naprawa|zalecenie|rekomendacja|исправление|рекомендаци[яи]|меры|是正(?:措置)?|対策|改善策|修复(?:措施)?|整改(?:措施)?|建议|조치(?: 사항| 방안)?|개선 방안|권고)$/u;

/** A header naming the column of what to do about the row (lower-cased, as table-columns.ts matches). */
export const isRemedyHeader = (header: string): boolean => REMEDY.test(header.trim());
