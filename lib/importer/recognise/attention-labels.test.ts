import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isAttentionLabel } from "./attention-labels";

describe("a bold word calling for attention opens an entry", () => {
  it("is no title: what follows it is", () => {
    const md = "# Week\n\n## To do\n\n- **WICHTIG:** Steuererklärung abgeben\n- **Rent** — pay by the 3rd\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["Steuererklärung abgeben", null],
      ["Rent", null],
    ]);
  });

  it("knows the words, not any bold word", () => {
    expect(isAttentionLabel("IMPORTANTE:")).toBe(true);
    expect(isAttentionLabel("Note")).toBe(true);
    expect(isAttentionLabel("Rent")).toBe(false);
    expect(isAttentionLabel("Important customers")).toBe(false);
  });
});
