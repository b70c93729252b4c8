import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isTestCaseTable } from "./test-case-tables";

// Made-up test-case tables: checks to run, not work.

describe("a table of test cases with an expected result", () => {
  it.each([["TC", "Scenario", "Expected result"], ["Nr", "Szenario", "Erwartetes Ergebnis"], ["ID", "Caso", "Resultado esperado"]])("%s … is test cases", (...headers) =>
    expect(isTestCaseTable(headers)).toBe(true),
  );

  it("an audit's expected action is work, not a test", () => expect(isTestCaseTable(["Ref", "Finding", "Expected action", "Status"])).toBe(false));

  it("reads only the release's checklist", () => {
    const md =
      "# Release 3.1\n\n## Remaining work\n\n- [ ] Migrate the orders table\n- [x] Add the checkout flag\n\n## Regression cases\n\n| TC | Scenario | Expected result |\n|---|---|---|\n| TC-1 | Order with a coupon | Total reduced by 10% |\n| TC-2 | Partial refund | Credit note created |\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Migrate the orders table", "Add the checkout flag"]);
  });

  it("a test table that tracks each row's state is still read by its state", () => {
    const md = "# QA\n\n## Test fixes\n\n| TC | Scenario | Expected result | Status |\n|---|---|---|---|\n| TC-1 | Coupon order | Total reduced | In progress |\n| TC-2 | Refund | Credit note | Done |\n";
    expect(parsePlan(md).items.length).toBe(2);
  });
});
