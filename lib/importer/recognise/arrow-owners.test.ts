import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { arrowOwner, handsOutByArrow } from "./arrow-owners";

describe("entries handed out by arrow", () => {
  it("takes the name after the arrow, and what follows it, off the title when the document does it twice or more", () => {
    const md = ["# Compte rendu", "", "## Actions", "", "- Louer la sono pour la fête → Margaux", "- Imprimer les programmes → Bastien, avant le 3 mai", "- Trouver un traiteur → Inès demande à sa cousine", ""].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.description])).toEqual([
      ["Louer la sono pour la fête", "Owner: Margaux"],
      ["Imprimer les programmes", "Owner: Bastien · avant le 3 mai"],
      ["Trouver un traiteur", "Owner: Inès · demande à sa cousine"],
    ]);
  });

  it("leaves a single arrow alone: a change from one thing to another", () => {
    const md = ["# Plan", "", "## Tasks", "", "- Move analytics from Segment → Rudderstack", "- Bump the base image", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Move analytics from Segment → Rudderstack", "Bump the base image"]);
  });

  it("reads only a capitalised name closing the line", () => {
    expect(arrowOwner("Send the invoices → Agnieszka")).toEqual({ index: 17, owner: "Agnieszka", remark: "" });
    expect(arrowOwner("uptime kuma → ntfy notifications")).toBeNull();
    expect(arrowOwner("Node 20 → Node 22 in all base images")).toBeNull();
    expect(arrowOwner("→ Sophie")).toBeNull();
    expect(handsOutByArrow(["A → Bea", "C → Dan, by Friday"])).toBe(true);
    expect(handsOutByArrow(["A → Bea", "C → d"])).toBe(false);
  });
});
