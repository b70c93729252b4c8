// "（LeakCanary で検出）" (found with LeakCanary), "（QA から報告）" (reported by QA), "（用户反馈发现）":
// how a problem came to light, closing a Japanese or Chinese title in parentheses. Like "(reported by 3
// users)" in English (recognise/title-tails.ts SOURCE) it says where the request came from, not what
// to do; a careful reader drops it. The parenthesis must close on the verb of finding or reporting:
// "（検出ロジックの改善）" (improve the detection logic) names the work and stays.

const FOUND_BY = /(?:で|により|によって|から|が)\s?(?:検出|発見|報告|指摘|検知)(?:された|されました|済み|済)?$|(?:时|中|后)?(?:发现|发现的|检测到|检出|报告|反馈)$/u;

/** Whether a parenthesis (its inside) says how the problem was found or who reported it. */
export const saysHowFound = (said: string): boolean => FOUND_BY.test(said.trim());
