// "## Ingredients", "## Zutaten", "## Ingredientes", "## 材料", "## You will need": a recipe's or a
// craft how-to's list of what goes into it. Its entries are quantities of things ("4 eggs", "salt"),
// nothing anyone is asked to do, so a recipe pasted into the importer must not give them as items,
// even in the low-confidence reading that takes any plain list under an unnamed heading for work.

const WORDS = [
  "ingredients", "you will need", "you'll need", "what you need", "what you'll need",
  "zutaten", "ingrédients", "ingredientes", "ingredienti", "ingrediënten", "ingredienser", "ingredienserne", "ainekset", "ainesosat",
  "składniki", "suroviny", "ingredience", "hozzávalók", "ingrediente", "malzemeler", "ингредиенты", "інгредієнти", "υλικά",
  "材料", "食材", "재료", "nguyên liệu", "bahan", "bahan-bahan", "ส่วนผสม", "सामग्री", "المكونات", "מצרכים",
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The word, then nothing, a parenthesis or a separator and more ("Ingredients (serves 4)", "Zutaten für 4 Personen"). */
const INGREDIENTS = new RegExp(
  `^(?:${[...WORDS].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\\p{L}\\p{M}\\p{N}])(?:$|\\s*[(（:：–—-]|\\s+(?:for|für|pour|para|per|voor|för|for|dla|для|na)\\s)`,
  "iu",
);

/** Whether a heading names a recipe's ingredients ("Ingredients", "Zutaten für 4 Personen", "材料（2人分）"). */
export const namesIngredients = (heading: string): boolean =>
  INGREDIENTS.test(
    heading
      .slice(0, 200)
      .replace(/[*_`]/g, "")
      .replace(/[’‘]/g, "'")
      .replace(/^[^\p{L}]{0,12}/u, "")
      .trim(),
  );
