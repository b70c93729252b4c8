import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// table-columns.ts: a column of nothing but distinct ticket keys is the rows' key whatever its
// header ("Epic", "Story"); the title is the column that names the work.
describe("a column of ticket keys under a title-like header", () => {
  it("is the key, not the title (English, 'Story' header)", () => {
    const md = "# Sprint\n\n| Story | Goal | Status |\n|---|---|---|\n| WEB-12 | Cache the avatar images | Done |\n| WEB-15 | Lazy-load the footer | In progress |\n";
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.key, i.title, i.status])).toEqual([
      ["WEB-12", "Cache the avatar images", "done"],
      ["WEB-15", "Lazy-load the footer", "in_progress"],
    ]);
  });

  it("is the key, not the title (Spanish, '#' numbers under 'Épica')", () => {
    const md = "# Compromisos\n\n| Épica | Compromiso | Estado |\n|---|---|---|\n| #301 | Migrar la base de datos | Hecho |\n| #302 | Traducir el portal | Bloqueado |\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Migrar la base de datos", "Traducir el portal"]);
  });
});
