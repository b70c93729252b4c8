// "(about 40 of them without an owner)", "(около 40 штук без владельца)": a rough count of how
// things stand now, said in passing — a remark, not title words. But a rough quantity with only its
// unit ("(ok. 40 szt.)", "(ca. 40 Stück)", "(about 40 units)") says how big the work is, as
// "(40 laptops)" would: a careful reader keeps it in the title.

/** "about 40", "ca. 12", "около 40": a rough figure opening the parenthesis. */
const ROUGH_FIGURE = /^(?:about|around|approx\.?|roughly|some|ca\.?|circa|etwa|rund|environ|unos|cerca de|около|примерно|где-то|około|ok\.)\s+\d[\d.,]*\s+(?=\p{L})/iu;

/** Whether a parenthesis's text is a rough count of how things are (more than a figure and its unit). */
export function isRoughCountRemark(said: string): boolean {
  const m = said.match(ROUGH_FIGURE);
  if (!m) return false;
  const rest = said.slice(m[0].length).trim().split(/\s+/);
  return rest.length >= 2;
}
