import { describe, expect, it } from "vitest";
import { parsePlan } from "./parse";

describe("an agenda in other languages", () => {
  it("reads a meeting's agenda as topics, not work (Lithuanian, Norwegian, Polish)", () => {
    for (const word of ["Darbotvarkė", "Dagsorden", "Porządek obrad"]) {
      const text = `# Guild meeting\n\n## ${word}\n\n1. Event schema registry\n2. gRPC or REST for new services\n3. Next meeting\n`;
      expect(parsePlan(text).items, word).toEqual([]);
    }
  });
});
