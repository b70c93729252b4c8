// "## Einkaufsliste Baumarkt", "## Shopping list", "**Documenti che servono** (li ha Marco)", "Required
// documents": a list of goods to buy or papers to have at hand. Its entries are things ("Kabelbinder",
// "2 Schubkarrenreifen", "codice fiscale"), not actions; the work they serve is written as the plan's
// tasks ("Atto notorio dal notaio", "Saatgut bestellen"). A careful reader does not count them as
// items, as with a recipe's ingredients (recognise/ingredient-headings.ts), so such a heading makes a
// section of notes; ticked boxes under it are still read as tasks are. Matched at the heading's start.

const WORDS = [
  // shopping lists
  "shopping list", "grocery list", "things to buy", "buy list", "purchase list",
  "einkaufsliste", "liste de courses", "lista de la compra", "lista de compras", "lista della spesa",
  "boodschappenlijst", "inköpslista", "handleliste", "indkøbsliste", "ostoslista", "lista zakupów", "nákupní seznam", "bevásárlólista",
  "список покупок", "alışveriş listesi", "買い物リスト", "买东西", "购物清单", "購物清單", "장보기 목록", "쇼핑 리스트", "danh sách mua sắm", "daftar belanja",
  // papers to have
  "documents needed", "required documents", "documents required", "documents to bring", "papers needed", "paperwork needed",
  "benötigte unterlagen", "erforderliche unterlagen", "benötigte dokumente", "notwendige unterlagen", "documents nécessaires", "pièces à fournir", "pièces justificatives",
  "documentos necesarios", "documentación necesaria", "documentos necessários", "documentação necessária", "documenti che servono", "documenti necessari", "documenti richiesti",
  "benodigde documenten", "nödvändiga dokument", "nødvendige dokumenter", "tarvittavat asiakirjat", "potrzebne dokumenty", "wymagane dokumenty", "potřebné dokumenty",
  "необходимые документы", "нужные документы", "необхідні документи", "必要書類", "所需文件", "필요 서류",
];
/** Words that say it only as the whole heading ("Shopping", "Einkäufe"): "Shopping cart fixes" is work. */
const WHOLE = ["shopping", "groceries", "to buy", "einkaufen", "einkäufe", "courses", "spesa", "boodschappen", "zakupy", "покупки", "compras", "achats"];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The words open the heading; a place, a parenthesis, a colon may follow ("Einkaufsliste Baumarkt", "Shopping list (Saturday)"). */
const SUPPLY = new RegExp(`^(?:${[...new Set(WORDS)].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "iu");

const WHOLE_HEADING = new RegExp(`^(?:${WHOLE.map(escape).join("|")})\\s*(?:\\([^()]{0,60}\\))?[:：]?$`, "iu");

/** Whether a heading names goods to buy or documents to have (see above). */
export function namesSupplies(heading: string): boolean {
  const t = heading
    .slice(0, 200)
    .replace(/[*_`]/g, "")
    .replace(/^[^\p{L}]{0,12}/u, "")
    .trim();
  return SUPPLY.test(t) || WHOLE_HEADING.test(t);
}
