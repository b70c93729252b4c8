import { describe, expect, it } from "vitest";
import { peopleOf } from "./people";

describe("attendee labels in more languages", () => {
  it("reads the names after an attendee label", () => {
    expect(peopleOf("Παρόντες: Νίκος, Ελένη").has("Νίκος")).toBe(true);
    expect(peopleOf("Obecni: Marta, Piotr").has("Piotr")).toBe(true);
    expect(peopleOf("Присутствовали: Ольга, Иван").has("Ольга")).toBe(true);
    expect(peopleOf("Katılımcılar: Ayşe, Mehmet").has("Mehmet")).toBe(true);
    expect(peopleOf("Närvarande: Sara, Olle").has("Olle")).toBe(true);
  });
});
