import { describe, expect, it } from "vitest";
import { sectionOwnerSlots } from "./section-owner-slots";

const minutes = ["### Jarraipen-ekintzak", "", "1. Ane: CoreDNS-en TTLa igo", "2. Iker: bigarren DNS ebazlea gehitu", "3. Mikel: DNS latentziaren alerta", "4. Denok: txantiloia eguneratu", ""].join("\n");

describe("owner slots proven within a section", () => {
  it("reads every name of the slot once a known person and the group open entries", () => {
    expect(sectionOwnerSlots(minutes, new Set(["Iker"]))).toEqual(["Ane", "Iker", "Mikel"]);
  });

  it("leaves the slot alone when nobody in it is known, or few entries open with it", () => {
    expect(sectionOwnerSlots(minutes.replace("Denok", "Docs"), new Set())).toEqual([]);
    const mixed = ["## Work", "- Redis: Export the sessions", "- Iker: check it", "- Upgrade the OS", "- Rotate keys", "- Write docs"].join("\n");
    expect(sectionOwnerSlots(mixed, new Set(["Iker"]))).toEqual([]);
  });
});
