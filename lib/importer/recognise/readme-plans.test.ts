import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { namesReadmePlans } from "./readme-plans";

describe("a README's plans and known bugs in other languages", () => {
  it("names them, and not known limitations or other sections", () => {
    for (const h of ["Plans", "Планы", "Pläne", "Известные проблемы", "Bekannte Probleme", "既知の問題"]) expect(namesReadmePlans(h)).toBe(true);
    for (const h of ["Bekende beperkingen", "Known limitations", "Installation", "Plans for the weekend"]) expect(namesReadmePlans(h)).toBe(false);
  });

  it("reads them as work in a README; release notes' known issues stay notices", () => {
    const readme = ["# tool", "", "## Installation", "", "- npm i tool", "", "## Usage", "", "- tool run", "", "## Известные проблемы", "", "- Падает на пустом файле.", ""].join("\n");
    expect(parsePlan(readme).items.map((i) => i.title)).toEqual(["Падает на пустом файле."]);
    const notes = ["# Version 2.1", "", "## Neu", "", "- Dunkles Design.", "", "## Bekannte Probleme", "", "- Der Export ist langsam.", ""].join("\n");
    expect(parsePlan(notes).items).toEqual([]);
    // Titled as release notes, the document reads as a README does, and its known issues are still notices.
    const titled = ["# Versionshinweise 3.2", "", "## Neu", "", "- Schnellerer Abgleich.", "", "## Bekannte Probleme", "", "- Der Export ist bei großen Dateien langsam.", ""].join("\n");
    expect(parsePlan(titled).items).toEqual([]);
  });
});
