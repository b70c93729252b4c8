import { describe, expect, it } from "vitest";
import { userActor, type Role } from "@/lib/domain/actors";
import { paletteActionsFor } from "./palette-actions";

const as = (role: Role) => paletteActionsFor(userActor({ id: "u", email: "u@test", name: "U", role }));
const labels = (role: Role) => as(role).map((a) => a.label);

describe("the palette's actions", () => {
  it("offers a viewer only what a viewer may do", () => {
    expect(labels("viewer")).toEqual(["Go to matrix", "Go to backlog", "Switch theme"]);
  });

  it("adds writing runbooks for an engineer", () => {
    expect(labels("engineer")).toEqual(["Go to matrix", "Go to backlog", "New runbook", "Switch theme"]);
  });

  it("gives a lead creating, importing, triage and metrics", () => {
    expect(labels("lead")).toEqual(["New item", "Import a plan", "Go to triage", "Go to matrix", "Go to backlog", "New runbook", "New metric", "Switch theme"]);
    expect(as("lead").find((a) => a.id === "go-triage")).toEqual({ id: "go-triage", label: "Go to triage", keywords: "inbox untriaged", href: "/triage" });
    expect(as("lead").find((a) => a.id === "new-item")).toMatchObject({ run: "newItem" });
  });
});
