import { describe, expect, it } from "vitest";
import { checklistKindEnum, itemStatusEnum, priorityEnum, severityEnum } from "@/db/schema";
import { CHECKLIST_LABELS, PRIORITY_LABELS, SEVERITY_LABELS, STATUS_LABELS } from "./labels";

// The browser takes the enums' values from the labels' keys (filters.ts), in this order.
describe("labels", () => {
  it("name every value of the database's enums, in the enums' order", () => {
    expect(Object.keys(STATUS_LABELS)).toEqual(itemStatusEnum.enumValues);
    expect(Object.keys(PRIORITY_LABELS)).toEqual(priorityEnum.enumValues);
    expect(Object.keys(SEVERITY_LABELS)).toEqual(severityEnum.enumValues);
    expect(Object.keys(CHECKLIST_LABELS)).toEqual(checklistKindEnum.enumValues);
  });
});
