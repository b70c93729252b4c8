import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { checklistAnswers } from "./checklist-answers";

const audit = `# Kontrolle 2027

| # | Anforderung | Erfüllt | Offener Punkt | Bis |
|---|---|---|---|---|
| 1 | Passwörter werden gehasht | Ja | — | — |
| 2 | Backups werden getestet | Nein | Restore-Test einplanen | 31.3. |
| 3 | Admin-Zugänge haben 2FA | Teilweise | 2FA für die letzten zwei Konten | 15.2. |
| 4 | Logs werden 90 Tage aufbewahrt | Ja | — | — |
`;

describe("checklist answers", () => {
  it("drops requirements already met and reads partly as under way", () => {
    const items = parsePlan(audit).items.map((i) => [i.title, i.status]);
    expect(items).toEqual([
      ["Backups werden getestet", "not_started"],
      ["Admin-Zugänge haben 2FA", "in_progress"],
    ]);
  });
  it("keeps every row when the yes rows still say what to do", () => {
    const rows = [
      ["Rotate keys", "Yes", "ask ops"],
      ["Pin versions", "No", "renovate"],
      ["Sign images", "Yes", "cosign"],
    ];
    expect(checklistAnswers(rows, 0, [])).toBeNull();
  });
  it("leaves a Done column alone: done rows are items", () => {
    const rows = [
      ["Rotate keys", "Yes", "—"],
      ["Pin versions", "No", "renovate"],
      ["Sign images", "Yes", "—"],
    ];
    expect(checklistAnswers(rows, 0, [1])).toBeNull();
  });
});
