// Korean puts the action after its object: "**공통 대시보드 템플릿** 제공" ("shared dashboard
// templates — provide"), "**배포 승인 절차** 도입", "**로그 수집** 개선하기". When a bold lead is followed
// by one Hangul word alone, that word is the title's verb, not a remark: the item is "공통 대시보드
// 템플릿 제공". A longer tail ("— 팀별 비용 가시화", "(OpenTelemetry)") stays the description.

/** One Hangul word of two to six syllables, optionally with 하기 / 함 / 예정, and nothing else. */
const ACTION = /^\s+[\p{Script=Hangul}]{2,6}(?:하기|함|예정)?\s*$/u;

/** The text after a bold lead is a lone Korean action word that completes the title. */
export function isKoreanActionTail(rest: string): boolean {
  return ACTION.test(rest);
}
