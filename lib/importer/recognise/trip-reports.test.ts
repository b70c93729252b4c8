import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { namesTripReport } from "./trip-reports";

// Headings and a document written for this test.

describe("trip reports", () => {
  it("are headings naming a journey already made", () => {
    for (const h of ["Trip report: Cairngorms winter traverse", "Race report — Berlin Marathon", "Tourenbericht Hochkönig", "Récit de voyage : Islande", "Turrapport Kebnekaise"])
      expect(namesTripReport(h), h).toBe(true);
  });

  it("are not other reports or trip plans", () => {
    for (const h of ["Status report", "Audit report: payments", "Trip planning", "Trip reports backlog fixes", "Reports"]) expect(namesTripReport(h), h).toBe(false);
  });

  it("give no items from their kit list and route", () => {
    const md = [
      "# Trip report: Snowdon horseshoe",
      "",
      "## Gear",
      "- Microspikes",
      "- 2 × head torch",
      "",
      "## Route",
      "1. Day 1: Pen-y-Pass to Crib Goch, 4 km",
      "2. Day 2: down the Miners' Track",
      "",
    ].join("\n");
    expect(parsePlan(md).items).toEqual([]);
  });

  it("leave a trip plan's lists read", () => {
    const md = ["# Trip plan: Snowdon", "", "## To do", "- Book the hostel", "- Check the forecast", ""].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Book the hostel", "Check the forecast"]);
  });
});
