import type { List, RootContent } from "mdast";
import { sourceOf } from "../markdown";

// A board exported as headings (Trello, Planka, Wekan, GitHub Projects to Markdown): each card is a
// heading with its fields ("Labels: audio", "Members: Noor") and, where it has one, its checklist —
// "Checklist: 0/3" over "- [ ] shortlist 3 composers". The boxes are the card's steps, not more cards:
// a reader counts one card with three steps. This finds the lists of a card's body that such a label
// introduces (the last line of the paragraph right above the list), so the card is read as one item
// with them as its checklist.

/** "Checklist", "Checklist: 0/3", "Checklist (2/5):", "Subtasks", "Checkliste 1/4", "Lista de verificación". */
const CHECKLIST_LABEL =
  /^\W{0,3}(?:checklist|check-list|checkliste|liste de contrôle|lista de verificación|lista de comprobación|lista di controllo|lista de verificação|controlelijst|tjecklist|checklista|lista kontrolna|чек-?лист|チェックリスト|检查清单|체크리스트|sub-?tasks?|subtareas|sous-tâches|unteraufgaben|sottoattività|subtarefas|subtaken|podzadania|подзадачи)(?:\s*[(:：]?\s*\d{1,3}\s*\/\s*\d{1,3}\s*\)?)?\s*[:：]?\s*$/iu;

/** The lists of a card's body that its checklist label introduces; null unless every list in the body is one. */
export function cardChecklists(body: readonly RootContent[], text: string): Set<List> | null {
  const lists = new Set<List>();
  for (let i = 0; i < body.length; i++) {
    const node = body[i]!;
    if (node.type !== "list") continue;
    const before = body[i - 1];
    const label = before?.type === "paragraph" ? sourceOf(before, text).split("\n").at(-1)!.trim() : "";
    if (!CHECKLIST_LABEL.test(label)) return null;
    lists.add(node);
  }
  return lists.size ? lists : null;
}
