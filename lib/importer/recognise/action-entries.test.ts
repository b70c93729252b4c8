import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { actionEntryWords } from "./action-entries";

describe("labelled action entries among discussion bullets", () => {
  it("only the labelled entries are items; the owner is dropped, a check mark is done", () => {
    const md =
      "# Weekly sync\n\n## 4 March\n\n- Sales are up a little.\n- **Action (Ines):** Book the hall for the fair\n- **AP (Tom):** Renew the van insurance ✅\n- Talked about the fair.\n";
    const items = parsePlan(md).items;
    expect(items.map((i) => i.title)).toEqual(["Book the hall for the fair", "Renew the van insurance"]);
    expect(items.map((i) => i.done)).toEqual([false, true]);
  });

  it("a bold topic named AI without an owner is not a label (negative)", () => {
    expect(actionEntryWords("**AI:** we tried a summariser on the tickets")).toBeNull();
    expect(actionEntryWords("**AI (Kim):** try the summariser")).toBe("try the summariser");
  });
});
