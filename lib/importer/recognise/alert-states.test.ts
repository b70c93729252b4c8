import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isAlertStateColumn } from "./alert-states";

// Tables written for this test.

describe("alert-rule state columns", () => {
  it("are columns of alerting states with a word only alerting uses", () => {
    expect(isAlertStateColumn(["Firing", "Normal", "Pending", ""])).toBe(true);
    expect(isAlertStateColumn(["OK", "NoData", "OK"])).toBe(true);
  });

  it("are not a tracker's states", () => {
    expect(isAlertStateColumn(["Normal", "OK", "Normal"])).toBe(false);
    expect(isAlertStateColumn(["Firing", "In progress"])).toBe(false);
    expect(isAlertStateColumn(["Open", "Done"])).toBe(false);
  });

  it("keep a copied alert list from giving items, the actions under it still read", () => {
    const md = [
      "# Alerts review",
      "",
      "## Current alert rules",
      "| Alert | State | Fired (7d) |",
      "|---|---|---|",
      "| API 5xx > 1% | Firing | 14 |",
      "| Disk > 90% | Normal | 0 |",
      "",
      "## Actions",
      "1. Mute the 5xx alert during maintenance",
      "",
    ].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Mute the 5xx alert during maintenance"]);
  });
});
