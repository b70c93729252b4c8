// "— đang tuyển" (Vietnamese), "— กำลังคุย" (Thai), "— 正在谈" (Chinese), "— sedang dibahas"
// (Indonesian): a remark closing an entry that opens with the language's progressive marker says
// the work is under way right now ("being discussed", "in the middle of recruiting"), as "— in
// progress" does. These languages mark the progressive with a word before the verb instead of a
// verb ending, so the marker alone is the state. Thai กำลัง is also the noun "power, strength"
// (กำลังคน manpower, กำลังการผลิต production capacity, กำลังใจ morale): those compounds are no state.

const PROGRESSIVE = /^(?:đang\s+\p{L}|กำลัง(?!คน|การผลิต|ใจ|ไฟ|ซื้อ|พล|ทหาร|แรง)[\u0E00-\u0E7F]|正在\p{Script=Han}|sedang\s+\p{L})/iu;

/** Whether a short remark clause opens with a progressive marker ("đang tuyển", "กำลังคุย", "正在谈"). */
export const opensProgressive = (clause: string): boolean => PROGRESSIVE.test(clause);
