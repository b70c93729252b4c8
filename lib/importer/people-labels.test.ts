import { describe, expect, it } from "vitest";
import { peopleOf } from "./people";

describe("attendee labels in more languages", () => {
  it("reads the names after an attendee label", () => {
    expect(peopleOf("Παρόντες: Νίκος, Ελένη").has("Νίκος")).toBe(true);
    expect(peopleOf("Obecni: Marta, Piotr").has("Piotr")).toBe(true);
    expect(peopleOf("Присутствовали: Ольга, Иван").has("Ольга")).toBe(true);
    expect(peopleOf("Katılımcılar: Ayşe, Mehmet").has("Mehmet")).toBe(true);
    expect(peopleOf("Närvarande: Sara, Olle").has("Olle")).toBe(true);
    // Norwegian and Danish write "present" as two words.
    expect(peopleOf("**Til stede:** Ingrid, Lars").has("Lars")).toBe(true);
    expect(peopleOf("Til stede").size).toBe(0);
    expect(peopleOf("Til slutt: Ingrid").has("Ingrid")).toBe(false);
  });
});

describe("people named by a sharing line, a qualified label or a bold name after a dash", () => {
  it("reads them", () => {
    expect(peopleOf("# Umzug\n\nNotizen · Geteilt mit Anke, Jörg\n").has("Jörg")).toBe(true);
    expect(peopleOf("Shared with Priya, Tom").has("Tom")).toBe(true);
    expect(peopleOf("**Asistentes confirmados:** Lucía Martín, Carlos Ruiz").has("Carlos")).toBe(true);
    expect(peopleOf("- Book the hall — **Greta**\n").has("Greta")).toBe(true);
  });

  it("a sentence with 'with' in it names no one, nor does a qualified label whose value is no name", () => {
    expect([...peopleOf("We shared the plan with Marketing Team yesterday.\n")]).toEqual([]);
    expect([...peopleOf("Lead time: 3 days\n")]).toEqual([]);
  });
});

describe("an emphasised owner after a dash", () => {
  it("leaves the title when the document names that person", async () => {
    const { parsePlan } = await import("./parse");
    const md = "# Offsite\n\nAttendees: Elena Gómez, Tom Hart\n\n## To do\n\n- [ ] Book the dinner — **Elena**\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Book the dinner"]);
    // A plain name after the dash that the document names nowhere as a person stays.
    expect(parsePlan("# Offsite\n\n## To do\n\n- [ ] Walk to the harbour — Malvarrosa\n").items.map((i) => i.title)).toEqual(["Walk to the harbour — Malvarrosa"]);
  });
});

describe("handles in square brackets closing several entries", () => {
  it("are the entries' owners; one tag repeated, or a label word, is not", async () => {
    const { parsePlan } = await import("./parse");
    const owned = "# Backlog\n\n- [ ] Enforce mTLS between services [sam]\n- [ ] Rate limit the endpoint [ines]\n- [ ] Add idempotency keys [sam]\n";
    expect(parsePlan(owned).items.map((i) => [i.title, i.description])).toEqual([
      ["Enforce mTLS between services", "Owner: sam"],
      ["Rate limit the endpoint", "Owner: ines"],
      ["Add idempotency keys", "Owner: sam"],
    ]);
    expect([...peopleOf("- [ ] Write the intro [later]\n- [ ] Write the outro [later]\n")]).toEqual([]);
    expect([...peopleOf("- Fix a [docs]\n- Fix b [ci]\n")]).toEqual([]);
  });
});

describe("an owner field in a closing parenthesis, in more languages", () => {
  it("is who does it, not title words; a parenthesis that names no owner field stays", async () => {
    const { parsePlan } = await import("./parse");
    const md = "# Retro\n\n## Akce\n\n- [ ] Zavést WIP limit na sloupec (vlastník: Petr)\n- [ ] Korjaa build (omistaja: Aino)\n- [ ] Renew the cert (expires: May)\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Zavést WIP limit na sloupec", "Korjaa build", "Renew the cert (expires: May)"]);
  });
});
