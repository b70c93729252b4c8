import { describe, expect, it } from "vitest";
import { checklistCountStart } from "./checklist-counts";
import { tidyTitle } from "./title-tails";

const title = (text: string) => tidyTitle(text, false, new Set()).title;

describe("checklist progress counts after a title", () => {
  it("drops the count and a short tail after it", () => {
    expect(title("Hero illustrations · ☑ 3/8")).toBe("Hero illustrations");
    expect(title("Übersetzungen prüfen ☑ 40/120 — Team DE")).toBe("Übersetzungen prüfen");
    expect(title("Préparer la démo ✔ 1 / 4")).toBe("Préparer la démo");
  });

  it("keeps a fraction that is not a checklist count", () => {
    expect(checklistCountStart("Rate limit to 100/10s")).toBe(-1);
    expect(title("Support 16/9 and 4/3 video")).toBe("Support 16/9 and 4/3 video");
  });
});
