// A findings table's informational row ("Info", "Informational", "情報", "참고") with no state
// given ("—") asks for nothing: the auditor notes it, nobody is to fix it. It is not an item. An
// informational row that someone tracks (a state in its status cell) stays.

const INFORMATIONAL = /^(?:info|informational|information|informative|note|fyi|informativ|informationell|hinweis|informatif|informativo|informativa|informacyjny|informacyjna|информационный|информативно|інформаційний|bilgi|bilgilendirme|informatief|informatie|tiedoksi|informační|情報|参考|信息|提示信息|資訊|정보|참고|معلوماتي|לידיעה|πληροφοριακό|thông tin|informasi|सूचना)$/iu;
const blank = (cell: string | undefined) => /^[\s—–\-/.]*$/.test(cell ?? "");

/** The row ranks itself informational and gives no state. */
export function isInformationalRow(cells: string[], severity: number, status: number): boolean {
  if (severity < 0 || !INFORMATIONAL.test((cells[severity] ?? "").trim())) return false;
  return status < 0 || blank(cells[status]);
}
