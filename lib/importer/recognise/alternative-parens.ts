// "Remove the Jest flag (or move to Vitest — see #2301)", "(oder gleich auf v5)", "(ou migrer vers X)":
// a parenthesis that opens with "or" offers another way to do the same work. It says what to do,
// so a careful reader keeps it in the title, whatever reference or remark it carries inside.

const OR = /^(?:or|oder|ou|o|oppure|eller|lub|albo|или|або|veya|ya da)\s+\p{L}/iu;

/** Whether a parenthesis' words offer an alternative to the work (they stay in the title). */
export function offersAlternative(said: string): boolean {
  return OR.test(said.trim());
}
