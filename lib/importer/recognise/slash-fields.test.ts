import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { readSlashFields } from "./slash-fields";

describe("fields set apart by //", () => {
  it("takes the words before the first // as the title and a priority segment as the priority", () => {
    expect(readSlashFields("Photographier les produits // priorité 1 // 📅 lun. 8 déc.")).toEqual({ title: "Photographier les produits", priorityLabel: "Priority 1", said: "priorité 1 · 📅 lun. 8 déc." });
    expect(readSlashFields("Zertifikat erneuern // Priorität: hoch")?.priorityLabel).toBe("High");
    expect(readSlashFields("Renew the cert // P2 // due Fri")?.priorityLabel).toBe("P2");
    expect(readSlashFields("Call the plumber // high priority")?.priorityLabel).toBe("High");
    expect(readSlashFields("Migrar la base // ya hablado con Ana")).toEqual({ title: "Migrar la base", priorityLabel: null, said: "ya hablado con Ana" });
  });

  it("never splits a URL or slashes without spaces", () => {
    expect(readSlashFields("Redirect http://old.example to https://new.example")).toBeNull();
    expect(readSlashFields("Support a//b paths")).toBeNull();
  });

  it("reads a task list written this way", () => {
    const md = "# Lancement\n\n## Catalogue\n- [ ] Photographier les produits // priorité 1 // 📅 lun. 8 déc.\n- [x] Importer le catalogue // priorité 2\n- [ ] Mentions légales // @attente\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.done])).toEqual([
      ["Photographier les produits", "P0", false],
      ["Importer le catalogue", "P1", true],
      ["Mentions légales", null, false],
    ]);
  });
});
