import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (doc: string) => parsePlan(doc).items.map((i) => [i.title, i.priority, i.status]);

describe("headings beside a priority or horizon bucket", () => {
  it("are buckets of the same work, without a priority of their own", () => {
    const doc = "# Office IT\n\n## Urgent\n\n- Replace the router\n\n## Routine\n\n- Install the new printer\n\n## Whenever\n\n- Label the cables\n";
    expect(read(doc)).toEqual([
      ["Replace the router", "P0", "not_started"],
      ["Install the new printer", null, "not_started"],
      ["Label the cables", null, "not_started"],
    ]);
  });

  it("a sibling of questions, labelled notes or sentences, or with a longer name, stays what it is", () => {
    const doc = [
      "# Office IT", "", "## Urgent", "", "- Replace the router", "",
      "## Unclear", "", "- Who pays for the printer?", "",
      "## Log", "", "- Mon: router rebooted twice", "",
      "## Background", "", "- The office moved in May.", "",
      "## What we will not do", "", "- Buy new laptops",
    ].join("\n");
    expect(read(doc)).toEqual([["Replace the router", "P0", "not_started"]]);
  });

  it("Thai urgency and Slovene someday headings rank their entries", () => {
    expect(read("## เร่งด่วน\n\n- เปลี่ยนเราเตอร์\n")).toEqual([["เปลี่ยนเราเตอร์", "P0", "not_started"]]);
    expect(read("## Nekoč\n\n- Tečaj kitare\n")).toEqual([["Tečaj kitare", "P3", "not_started"]]);
    expect(read("## Opravljeno ta teden\n\n- Oddati poročilo\n")).toEqual([["Oddati poročilo", null, "done"]]);
  });
  it("are read among deeper headings too, under a section of their own", () => {
    const doc = "# Plan\n\n## Background\n\nBuilds are slow.\n\n## What we do\n\n### Critical\n\n- Quarantine flaky tests\n\n### Routine\n\n- Weekly report of slow steps\n\n## Open questions\n\n- Who owns the quarantine?\n";
    expect(read(doc)).toEqual([
      ["Quarantine flaky tests", "P0", "not_started"],
      ["Weekly report of slow steps", null, "not_started"],
    ]);
  });
  it("do not make a deeper sibling of prose or questions work", () => {
    const doc = "# Plan\n\n## What we do\n\n### Critical\n\n- Quarantine flaky tests\n\n### Thoughts\n\n- Is this the right order?\n";
    expect(read(doc)).toEqual([["Quarantine flaky tests", "P0", "not_started"]]);
  });
});

describe("a bucket named by two short names joined by a slash", () => {
  it("'This year / next spring' beside 'Urgent' is one more bucket", () => {
    const md = ["# Board", "", "## Urgent", "", "1. Fix the leak", "", "## This year / next spring", "", "2. Paint the stairwell", "3. New bike racks", ""].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["Fix the leak", "P0"],
      ["Paint the stairwell", null],
      ["New bike racks", null],
    ]);
  });

  it("beside two or more workflow-state headings are columns of the same board", () => {
    const doc = "# Infra board\n\n## 📥 Inbox\n\n- Cert expires in March\n\n## To Do\n\n- Split the Terraform state\n\n## Doing\n\n- NAT gateway per AZ\n\n## Done\n\n- Patch runc\n\n## 🧊 Icebox\n\n- Try Karpenter\n";
    expect(read(doc)).toEqual([
      ["Cert expires in March", null, "not_started"],
      ["Split the Terraform state", null, "not_started"],
      ["NAT gateway per AZ", null, "in_progress"],
      ["Patch runc", null, "done"],
      ["Try Karpenter", null, "not_started"],
    ]);
  });

  it("beside a single state heading stay what they are: a report's Done among its topics is no board", () => {
    const doc = "# Week 6\n\n## Done\n\n- Patch runc\n\n## Team news\n\n- Welcome Noor to the team\n";
    expect(read(doc)).toEqual([["Patch runc", null, "done"]]);
  });

  it("beside workflow-state headings leave a board's ideas column out: nobody has committed to it", () => {
    const doc = "# Website board\n\n## Ideas 💡\n\n- Pricing calculator\n\n## To do\n\n- Rewrite the About page\n\n## Done\n\n- New logo files\n";
    expect(read(doc).map((r) => r[0])).toEqual(["Rewrite the About page", "New logo files"]);
  });
});

