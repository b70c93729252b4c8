// "フォローアップ タスク", "今週のタスク", "后续任务", "이번 주 할 일": Japanese, Chinese and Korean put the
// qualifier first and the noun last, so a heading that names the work below ends with the task noun
// rather than opening with it (task-headings.ts reads the opening words, as European languages write
// them). A heading that ends with a task noun is a task heading; one that negates it ("タスクなし",
// "没有任务") ends with the negation, and a heading whose noun only qualifies another ("タスク管理の
// 方針", "任务分配原则") does not end with it.

const NOUNS = ["タスク", "やること", "宿題", "対応事項", "アクションアイテム", "任务", "任務", "待办事项", "待辦事項", "行动项", "行動項目", "할 일", "과제", "액션 아이템", "조치 사항", "후속 조치"];
const ENDS = new RegExp(`(?:${NOUNS.join("|")})(?:一覧|リスト|列表|清单|清單|목록)?\\s*(?:[(（]\\d+[)）])?$`, "u");
/** The last character of the qualifier before the noun: a letter of one of these scripts. */
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]$/u;

/** True when a Japanese, Chinese or Korean heading ends with a noun for the work to do. */
export function endsWithCjkTaskNoun(heading: string): boolean {
  const t = heading.replace(/[*_`]/g, "").replace(/[\s:：。.!]+$/u, "").trim();
  const m = t.match(ENDS);
  return !!m && m.index! > 0 && CJK_LETTER.test(t.slice(0, m.index).trimEnd());
}
