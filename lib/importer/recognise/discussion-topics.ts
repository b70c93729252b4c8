import type { Section } from "../context";

// Meeting notes list what was discussed under "Discussion" / "논의 사항" / "議題" / "讨论事项", one
// numbered heading per topic: "### 1. 로그인 장애 후속 조치" ("1. Login outage follow-up"). The topic's
// name may hold a task word ("follow-ups", "후속 조치"), but its bullets are what was said — the
// incident, its cause — and the meeting's work is in its action items. A person reads the numbered
// topic as part of the discussion: its lists are notes, like the discussion's own.

/** Headings naming a meeting's discussion or agenda, beside the English ones sections.ts reads. */
const DISCUSSION =
  /^[^\p{L}\p{N}]*(?:\d{1,2}[.)]?\s*)?(?:discussion(?: items| points| topics)?|agenda|topics(?: discussed)?|논의\s?사항|논의\s?내용|논의|안건|회의\s?내용|議題|討議事項|議事|協議事項|讨论事项|讨论内容|讨论|议题|會議內容|討論事項|besprechungspunkte|diskussion|tagesordnung|points discutés|ordre du jour|temas tratados|orden del día|discussione|punti discussi|discussão|pauta|bespreekpunten|обсуждение|повестка|обговорення|dyskusja|porządek obrad|tartışma|gündem|thảo luận|pembahasan|agenda rapat)[^\p{L}\p{N}]*$/iu;

/** A numbered topic: "1. …", "2) …", "#3 …", "議題1：…". */
const NUMBERED = /^[^\p{L}\p{N}]*(?:#?\d{1,2}[.)．、]|議題\s*\d{1,2}|안건\s*\d{1,2})\s*\S/u;

/** The heading names a meeting's discussion or agenda ("논의 사항", "議題", "Discussion"). */
export const namesDiscussion = (raw: string): boolean => DISCUSSION.test(raw.trim());

/**
 * A numbered sub-heading of a discussion section is a topic discussed, whatever work words it holds;
 * one that states a priority or a state is still work.
 */
export function isDiscussionTopic(section: Section, ancestors: Section[]): boolean {
  if (section.priorityLabel || section.status || !NUMBERED.test(section.raw)) return false;
  const parent = ancestors.at(-1);
  return parent !== undefined && parent.depth < section.depth && namesDiscussion(parent.raw);
}
