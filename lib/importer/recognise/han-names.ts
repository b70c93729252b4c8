// "清理旧快照（张伟）", "接入 Spot 实例（刘洋）": Chinese plans close an entry with its owner's name in
// parentheses. Han script has no capital letters to mark a name, but a Chinese personal name has a
// fixed shape: a family name from a short, well-known list, then one or two given characters. Two
// or more entries closing that way in one document, with different names, are its owner slot
// (people.ts reads the same slot for "(Priya)" in Latin script). A word that happens to open with a
// family-name character ("（高优）" high priority, "（方案）" plan, "（文档）" docs) is refused by the
// few common words below; one such parenthesis alone never counts.

/** The most common Chinese family names (together far over half of all people). */
const SURNAMES = new Set(
  [..."王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文",
    // The same names in traditional characters (Hong Kong, Taiwan): "陳嘉欣", "黃志明", "張偉".
    ..."張劉陳楊趙黃吳孫馬羅鄭謝韓馮董蕭袁鄧許呂蘇盧蔣賈葉閻潘鍾譚鄒陸邱顧龍萬錢湯喬賀賴龔"],
);
/** Words opening with a family-name character that are no one's name. */
const NOT_NAMES = new Set([
  "高优", "高危", "高频", "高级", "高峰", "方案", "方法", "文档", "文案", "文件", "任务", "任意", "金额", "程序", "常规", "常用", "白名单", "江湖", "石油", "田野", "马上", "万一", "段落", "龙头",
  "周末", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周报", "余额", "易用", "史诗", "孔位", "毛利", "钱包", "汤底", "黄色", "白色", "金色", "夏季", "丁点", "于是", "曹操", "许可", "苏醒", "卢布",
]);

/** "（张伟）", "(刘洋)" closing an entry: the name inside. */
export const HAN_NAME_IN_PARENS = /[（(](\p{Script=Han}{2,3})[)）]\s*$/u;

/** Whether a run of two or three Han characters has the shape of a Chinese personal name. */
export function isHanName(word: string): boolean {
  const chars = [...word];
  return chars.length >= 2 && chars.length <= 3 && SURNAMES.has(chars[0]!) && !NOT_NAMES.has(word);
}
