import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { readAsk } from "./agreed-asks";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status, i.priority]);

describe("asks after a lead-in in a follow-up message", () => {
  it("an owner and a deadline opening the entry are not its title; a dash remark may say urgency or state", () => {
    expect(readAsk("Sam — by 3/5 send the signed contract.")).toMatchObject({ title: "send the signed contract", signalled: true });
    expect(readAsk("Renew the TLS certificate — urgent, it expires on Friday.")).toMatchObject({ title: "Renew the TLS certificate", priorityLabel: "Immediate" });
    expect(readAsk("Print the flyers (Ana).")).toMatchObject({ title: "Print the flyers", description: "Owner: Ana" });
    expect(readAsk("Move the archive — NOT NEEDED, it stays read-only.")).toMatchObject({ title: "Move the archive", status: "wont_do" });
    expect(readAsk("We keep the Friday release.")).toMatchObject({ signalled: false });
  });

  it("a 'Name:' slot is the owner when the list shows it is a person; the writer and the group stay in the title", () => {
    const md = [
      "Subject: Re: scanner rollout",
      "",
      "Quick recap of what we agreed:",
      "",
      "1. Rahul: order 40 more units for the Leeds site",
      "2. Me: write the SOP and share it by Friday",
      "3. Everyone: send me your blackout dates",
      "",
    ].join("\n");
    expect(read(md).map(([title]) => String(title).toLowerCase())).toEqual([
      "order 40 more units for the leeds site",
      "me: write the sop and share it by friday",
      "everyone: send me your blackout dates",
    ]);
    // A "Name:" that nothing shows is a person stays: "Redis: export the sessions" is the title's own words.
    expect(readAsk("Redis: export the session store", new Set(["Rahul"]))).toMatchObject({ title: "Redis: export the session store" });
  });

  it("reads the list when most entries carry an owner, a deadline, an urgency or a state (German)", () => {
    const md = [
      "Hallo zusammen,",
      "",
      "hier die Absprachen aus dem Call:",
      "",
      "1) Jonas — bis 12.3. die Firewall-Regeln prüfen.",
      "2) Druckerverträge kündigen — erledigt.",
      "3) Neue Laptops bestellen (Mira).",
      "",
      "Viele Grüße",
    ].join("\n");
    expect(read(md)).toEqual([
      ["die Firewall-Regeln prüfen", "not_started", null],
      ["Druckerverträge kündigen", "done", null],
      ["Neue Laptops bestellen", "not_started", null],
    ]);
  });

  it("sentences that carry none, bold term definitions, and lists under a heading are left alone", () => {
    const decisions = ["In the call we settled a few things:", "", "1. We keep the Friday release.", "2. The beta stays closed.", "3. Pricing is unchanged.", ""].join("\n");
    expect(parsePlan(decisions).items).toEqual([]);
    const terms = ["The platform has three parts:", "", "- **Gateway** — routes requests.", "- **Billing** — charges cards.", ""].join("\n");
    expect(parsePlan(terms).items).toEqual([]);
    const risks = ["## Risks", "", "What could go wrong:", "", "1. Ana — by 3/5 may be on leave.", "2. Ben — by 4/5 may be on leave.", ""].join("\n");
    expect(parsePlan(risks).items).toEqual([]);
  });
});

describe("a follow-up mail whose lead-in says the entries were agreed", () => {
  const mail = (lead: string) =>
    ["Hi all,", "", `Thanks for the good discussion today. ${lead}`, "", "1. Tom will get two quotes for the roller door before Christmas.", "2. Aylin to draft the new shift pattern.", "3. I'll ask finance about the racking budget.", "", "Things we talked about but did NOT decide:", "- whether to outsource returns handling", "- a second night shift", "", "Best,", "Hannah", ""].join("\n");

  it("reads its sentences as asks, even without owners or deadlines, and not the undecided list", () => {
    expect(parsePlan(mail("Quick summary of what we agreed, so nothing falls through\nthe cracks:")).items.map((i) => i.title)).toEqual([
      "Tom will get two quotes for the roller door before Christmas",
      "Aylin to draft the new shift pattern",
      "I'll ask finance about the racking budget",
    ]);
  });

  it("does not where the lead-in says nothing was agreed", () => {
    const titles = parsePlan(mail("Some thoughts we did not agree on yet:")).items.map((i) => i.title);
    expect(titles).not.toContain("Aylin to draft the new shift pattern");
    expect(titles).not.toContain("a second night shift");
  });
});
