import { describe, expect, it } from "vitest";
import { sentencePriority } from "./priority-sentences";

describe("a short sentence of a record's prose that ranks it", () => {
  it("reads a level and a priority noun said as a sentence or its first clause", () => {
    expect(sentencePriority("Seen on 3 devices. High priority, fix first.")).toBe("High");
    expect(sentencePriority("Kommt selten vor. Niedrige Priorität.")).toBe("Low");
    expect(sentencePriority("**Açık.** Düşük öncelikli.")).toBe("Low");
  });

  it("does not read a priority word inside a longer sentence", () => {
    expect(sentencePriority("We lowered its priority last week.")).toBeNull();
    expect(sentencePriority("The priority is high for the sales team.")).toBeNull();
    expect(sentencePriority("High availability matters.")).toBeNull();
  });
});
