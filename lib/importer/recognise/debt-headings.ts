// "## Tekniska skulder vi tar om det finns tid" (tech debt we take on if there is time), "## Tech debt
// to pay down this quarter", "## Dette technique à rembourser": a heading that opens with the words for
// technical debt holds debt to pay off — work — whatever the clause after it says about when.
// recognise/work-labels.ts reads the words alone as a label; this reads them opening a longer heading.

const DEBT =
  /^[^\p{L}\p{N}]*(?:tech(?:nical)?[- ]debt|code debt|technische schulden|dette technique|deuda técnica|d[ée]bito tecnico|dívida técnica|technische schuld|tekniska skulder|teknisk skuld|teknisk gjeld|teknisk gæld|tekninen velka|dług techniczny|технический долг|технічний борг|teknik borç|技術的負債|技術負債|技术债务?|技術債務?|기술 ?부채)(?![\p{L}])/iu;

/** Whether a heading opens with the words for technical debt (see above). */
export const opensWithDebt = (heading: string): boolean => DEBT.test(heading.replace(/[*_`]/g, ""));
