// "## Help wanted", "## Good first issues", "## Up for grabs", "## Hilfe gesucht": a CONTRIBUTING
// file's or a README's list of work the maintainers ask newcomers to pick up. The rest of such a file
// is documentation (setup, code style, release steps), which a reader does not take for work; this
// list is the project's open work, as surely as a "Tasks" heading's, though it has no task word.
// The words are GitHub's own label names and what projects write instead in their language; matched
// as the whole heading (a count, a colon and what follows, or a parenthesis may close it), so
// "Help wanted posters for the fair" or "How to ask for help" stay what they are.

const PHRASES = [
  // en (GitHub's "help wanted" and "good first issue" labels, and the usual headings for them)
  "help wanted", "help needed", "looking for help", "looking for contributors", "contributors wanted", "contributions wanted",
  "good first issues", "good first issue", "first issues", "first contributions", "up for grabs", "open tasks for contributors",
  // de, fr, es, it, pt, nl
  "hilfe gesucht", "hilfe gewünscht", "mithilfe gesucht", "aide recherchée", "aide bienvenue", "appel à contributions", "contributions bienvenues",
  "se busca ayuda", "se necesita ayuda", "buscamos ayuda", "cercasi aiuto", "aiuto cercato", "cerchiamo aiuto",
  "procura-se ajuda", "precisamos de ajuda", "ajuda procurada", "hulp gezocht", "hulp gevraagd",
  // sv, da, nb, fi, pl, cs, hu, ro, tr
  "hjälp sökes", "hjälp önskas", "hjælp søges", "hjælp ønskes", "hjelp søkes", "hjelp ønskes", "apua tarvitaan", "apua kaivataan",
  "potrzebna pomoc", "szukamy pomocy", "hledáme pomoc", "potřebujeme pomoc", "segítséget keresünk", "se caută ajutor", "yardım aranıyor", "yardım isteniyor",
  // ru, uk, el
  "нужна помощь", "требуется помощь", "ищем помощников", "потрібна допомога", "шукаємо помічників", "ζητείται βοήθεια",
  // ja, zh, ko
  "ヘルプ募集", "協力者募集", "コントリビューター募集", "需要帮助", "需要幫助", "征集贡献", "도움 요청", "도움이 필요한 작업",
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ALT = [...PHRASES].sort((a, b) => b.length - a.length).map(escape).join("|");
/** The phrase, then nothing, a count or remark in parentheses, or a separator and anything. */
const HELP_WANTED = new RegExp(`^(?:${ALT})(?![\\p{L}\\p{M}\\p{N}])[?!？！]?(?:\\s*[(（\\[][^)）\\]]{0,60}[)）\\]])?(?:$|\\s*[:：–—-])`, "u");

/** The heading's words: markup, a leading emoji or number and closing punctuation gone, lower-cased. */
const words = (raw: string): string =>
  raw
    .replace(/[*_`]/g, "")
    .replace(/^[^\p{L}]{0,12}/u, "")
    .replace(/[^\p{L}\p{N})）\]]{0,8}$/u, "")
    .replace(/\s+/g, " ")
    .toLowerCase();

/** Whether a heading asks for contributors' help with the work listed under it ("Help wanted", "Good first issues"). */
export const asksForHelp = (heading: string): boolean => HELP_WANTED.test(words(heading.slice(0, 200)));
