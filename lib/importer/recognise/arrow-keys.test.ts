import { describe, expect, it } from "vitest";
import { arrowKeyTail } from "./arrow-keys";
import { tidyTitle } from "./title-tails";

describe("an arrow to a ticket key closing an entry", () => {
  it("ends the title; the key is the entry's ticket", () => {
    expect(arrowKeyTail("Signature is lost after rotation → KUR-513")).toMatchObject({ key: "KUR-513", status: null });
    expect(arrowKeyTail("Karte zeigt alte Adresse -> #417")).toMatchObject({ key: "#417" });
    expect(tidyTitle("Mapa pokazuje stary adres → KUR-514", false, new Set()).title).toBe("Mapa pokazuje stary adres");
  });

  it("a state after the key is the entry's state", () => {
    expect(arrowKeyTail("Typo on the login screen → APP-17 ✅ fixed on the spot")?.status).toBe("done");
    expect(arrowKeyTail("Faute de frappe → APP-18 fait")?.status).toBe("done");
    const tidied = tidyTitle("Literówka na ekranie logowania → KUR-517 ✅ naprawione w trakcie", false, new Set());
    expect([tidied.title, tidied.status]).toEqual(["Literówka na ekranie logowania", "done"]);
  });

  it("other words after the key, or no key, leave the title alone", () => {
    expect(arrowKeyTail("Rename → PROJ-12 becomes the parent of the epic")).toBeNull();
    expect(arrowKeyTail("Map old states → new states")).toBeNull();
    expect(arrowKeyTail("→ KUR-1")).toBeNull();
  });
});
