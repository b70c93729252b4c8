import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { namesIngredients } from "./ingredient-headings";

// Headings and a recipe written for this test.

describe("ingredient headings", () => {
  it("name a recipe's ingredients in several languages", () => {
    for (const h of ["Ingredients", "Ingredients (serves 4)", "You will need", "Zutaten für 4 Personen", "Ingrédients :", "Ingredientes", "Składniki", "材料（2人分）", "재료"])
      expect(namesIngredients(h), h).toBe(true);
  });

  it("are not headings that only start with a like word", () => {
    for (const h of ["Ingredients of a good retro", "Materialien bestellen", "Bahan bakar untuk genset", "Tasks"]) expect(namesIngredients(h), h).toBe(false);
  });

  it("keep a pasted recipe from giving items", () => {
    const md = [
      "# Lemon drizzle cake",
      "",
      "Serves 8. About an hour.",
      "",
      "## Ingredients",
      "",
      "- 225 g butter",
      "- 3 lemons",
      "- Icing sugar",
      "",
      "## Method",
      "",
      "1. Heat the oven to 180 °C.",
      "2. Beat the butter with the sugar.",
      "",
    ].join("\n");
    expect(parsePlan(md).items).toEqual([]);
  });
});
