import type { RootContent } from "mdast";
import { isHeading, plainText } from "../markdown";
import { namesIngredients } from "./ingredient-headings";

// A recipe pasted into the importer: a heading names its ingredients ("Ingredients", "Bahan-bahan",
// "Zutaten") and the other lists are more of the same ("Bahan kisar", "For the sauce": whatever goes
// in) or its method's steps. Nothing in it asks anyone for anything, so when no heading names work
// (the first reading found none), the low-confidence second reading that takes any plain list under
// an unnamed heading for work is not tried: a document with an ingredients heading is a recipe.
// A plan that has such a heading and names its work ("## To buy", "## Tasks") is read by the first
// reading and never reaches this.

/** Whether the document names a recipe's ingredients in one of its headings (recognise/ingredient-headings.ts). */
export const isRecipe = (nodes: readonly RootContent[]): boolean => nodes.some((n) => isHeading(n) && namesIngredients(plainText(n)));
