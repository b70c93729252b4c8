import { describe, expect, it } from "vitest";
import { drillOutcomeEnum } from "@/db/schema";
import { DRILL_OUTCOMES } from "./schemas";

describe("drill outcomes", () => {
  it("are the database enum's values", () => {
    expect(DRILL_OUTCOMES).toEqual(drillOutcomeEnum.enumValues);
  });
});
