import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isContactEntry } from "./contact-entries";

describe("entries that say where to reach someone", () => {
  it("a phone number, a channel, an address or a tool named in a short value", () => {
    expect(isContactEntry("Outages at night: on-call engineer, phone +49 30 1234 5678")).toBe(true);
    expect(isContactEntry("Everything else: #team-billing or the product owner")).toBe(true);
    expect(isContactEntry("Invoices: billing@example.org")).toBe(true);
    expect(isContactEntry("Ticket queue: Jira, project BILL")).toBe(true);
  });

  it("a task that mentions a tool, a date or a count is no contact", () => {
    expect(isContactEntry("Email: send the signed invoice to the client")).toBe(false);
    expect(isContactEntry("Migrate the billing job to the new scheduler")).toBe(false);
    expect(isContactEntry("Release: ship 2.4 on 12 May 2025")).toBe(false);
  });

  it("a team page's contact list gives no items", () => {
    const page = "# The billing team\n\nWe keep invoices flowing. We are five people in Leeds.\n\n## Reaching us\n\n- Urgent: on-call, phone 0113 496 0000\n- Everything else: #billing-help\n- Backlog: Jira project BILL\n";
    expect(parsePlan(page).items).toEqual([]);
  });
});
