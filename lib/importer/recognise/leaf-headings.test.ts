import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const titles = (text: string) => parsePlan(text).items.map((i) => i.title);

describe("a leaf heading with prose under it in a to-do file", () => {
  it("is an item when it names work", () => {
    expect(titles(["# TODO", "", "- [ ] Document the plugin API", "", "## Windows installer", "", "Build an MSI with WiX.", ""].join("\n"))).toEqual([
      "Document the plugin API",
      "Windows installer",
    ]);
  });

  it("is no item when it only names a state group ('Not doing', 'Done')", () => {
    expect(titles(["# TODO", "", "- [ ] Document the plugin API", "", "## Not doing", "", "See the FAQ for why we won't add a GUI.", ""].join("\n"))).toEqual(["Document the plugin API"]);
    expect(titles(["# TODO", "", "- [ ] Document the plugin API", "", "## Done", "", "Everything from the 0.9 milestone.", ""].join("\n"))).toEqual(["Document the plugin API"]);
  });
});
