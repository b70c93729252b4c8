// What a board or a checklist says about a group in its heading, that is not the group's name:
//
// - the kind of group, as a label before it: "Group: Venue", "グループ：会場・運営", "Bucket: Backlog",
//   "Spalte: In Arbeit" (board exports print the container's kind, then its name);
// - a closing parenthesis that sets the group's deadline or says it is not prioritised:
//   "Før release (senest onsdag)", "Before launch (by Friday)", "Ideias (não priorizado)".
// A parenthesis that names part of the group ("Frontend (web)") is the name and stays.

/** A container's kind and a colon, at the start of a heading. */
const KIND_LABEL =
  /^(?:group|gruppe|groupe|grupo|gruppo|groep|grupa|группа|група|grup|ryhmä|グループ|分组|分組|组|組|그룹|bucket|buckets?|lane|swimlane|column|spalte|colonne|columna|coluna|colonna|kolom|kolumna|kolumn|kolonne|sarake|колонка|列|バケット|レーン|section|abschnitt|sección|secção|seção|sezione|sectie|sekcja|раздел|セクション|섹션|liste|list|lista|lijst|список)\s*[:：]\s*(?=\S)/iu;

/** Words that open a deadline: "by Friday", "senest onsdag", "bis Mittwoch", "avant vendredi", "至 3 日". */
const DEADLINE =
  "by|before|until|no later than|due|senest|senast|seinast|viimeistään|spätestens|bis|bis zum|avant|au plus tard|d'ici|d’ici|antes de|antes del|hasta|a más tardar|até|no máximo até|entro|entro il|prima di|uiterlijk|vóór|najpóźniej|не позднее|до|kadar|en geç|deadline|締切|期限|截止|마감";
/** Words that say the group is not prioritised. */
const UNPRIORITISED =
  "not prioriti[sz]ed|unprioriti[sz]ed|no priority|nicht priorisiert|ohne priorität|non priorisée?s?|sans priorité|no priorizad[oa]s?|sin priorizar|sin prioridad|não priorizad[oa]s?|sem prioridade|non prioritari[oa]|senza priorità|niet geprioriteerd|zonder prioriteit|ej prioriterad|ikke prioriteret|ikke prioritert|ei priorisoitu|bez priorytetu|без приоритета|未優先|優先度なし|未排序";
const REMARK_PAREN = new RegExp(`\\s*[(（]\\s*(?:(?:${DEADLINE})\\s[^()（）]{1,40}|(?:${UNPRIORITISED}))\\s*[)）]\\s*$`, "iu");

/** "(Sprint 13)", "(Iteration 4)": the time box the group came from or is planned for. */
const TIMEBOX_PAREN = /\s*[(（]\s*(?:sprint|iteration|iteración|iteração|iterazione|iteratie|итерация|спринт|cycle|zyklus)\s+\d{1,4}\s*[)）]\s*$/iu;
/** Who arranges a group's entries: a role, or "by …" in the languages of the vocabulary. */
const ARRANGER =
  /(?:^|\s)(?:manager|managers|lead|buddy|mentor|hr|it|qa|ops|admin|pm|po|supervisor|vorgesetzte[rn]?|leidinggevende|teamleider|chef|responsable|gerente|jefe|chefe|gestor|kierownik|przełożony|esimies|chefen|руководитель|менеджер|(?:handled|done|arranged|set up|provided) by|von|door|par|por|przez|av|af)(?:\s|$)/iu;
/** "(regelt je manager)", "(handled by IT)": a lower-case clause after the name saying who arranges its entries. */
const CLAUSE_PAREN = /\s*[(（]\s*(\p{Ll}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){1,5})\s*[)）]\s*$/u;

/** "handled by", "door", "von": the clause says who arranges the entries, however short. */
const BY_PHRASE = /(?:^|\s)(?:(?:handled|done|arranged|set up|provided) by|von|door|par|por|przez|av|af)(?:\s|$)/iu;

// A two-word role name alone ("(line manager)", "(IT lead)") names whose group it is, and stays: a
// remark is a clause ("regelt je manager", three words or more) or says "by …".
const withoutArranger = (segment: string) => {
  const clause = segment.match(CLAUSE_PAREN);
  if (!clause || clause.index! === 0 || !ARRANGER.test(clause[1]!)) return segment;
  const isClause = clause[1]!.trim().split(/\s+/).length >= 3 || BY_PHRASE.test(clause[1]!);
  return isClause ? segment.slice(0, clause.index) : segment;
};

/** A group's heading without a leading kind label or a closing deadline / not-prioritised / time-box / clause remark. */
export function withoutGroupRemarks(segment: string): string {
  const name = segment.replace(KIND_LABEL, "").replace(REMARK_PAREN, "").replace(TIMEBOX_PAREN, "");
  return withoutArranger(name).trim() || segment;
}
