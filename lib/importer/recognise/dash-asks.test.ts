import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { asksToDo } from "./dash-asks";

const titles = (md: string) => parsePlan(md).items.map((i) => i.title);

describe("a dash clause asking for the work", () => {
  it("stays in the title", () => {
    const md = "# TODO\n\n## Tasks\n\n- [ ] examples folder is out of date — update or delete\n- [ ] the screens need brackets – please order\n- [ ] Die Bildschirme brauchen Halterungen — bitte bestellen\n";
    expect(titles(md)).toEqual(["examples folder is out of date — update or delete", "the screens need brackets – please order", "Die Bildschirme brauchen Halterungen — bitte bestellen"]);
  });

  it("a condition the work waits on, an imperative with its condition, a Romanian or Italian long infinitive stay", () => {
    expect(asksToDo("только после закрытия квартала")).toBe(true);
    expect(asksToDo("only after the year-end freeze")).toBe(true);
    expect(asksToDo("remove it if the box is decommissioned")).toBe(true);
    expect(asksToDo("restrângere la VPN")).toBe(true);
    expect(asksToDo("aggiornare la documentazione")).toBe(true);
    // A finding, then the work it asks for: "p99 is out of SLO — profile the path", "robots.txt — remove … before go-live".
    expect(asksToDo("profile the synonym expansion path")).toBe(true);
    expect(asksToDo("enforce in the alert linter")).toBe(true);
    expect(asksToDo("remove `Disallow: /` from staging config before go-live")).toBe(true);
  });

  it("asking for a decision, and how the writer would like it done, stay", () => {
    for (const t of ["decide whether to keep the cron job", "confirm if the vendor still needs VPN", "preferably one with a test", "gärna en liten bugg", "idealerweise vor dem Release"]) expect(asksToDo(t), t).toBe(true);
    for (const t of ["decided last week", "decision pending with legal", "preferred vendor is Acme"]) expect(asksToDo(t), t).toBe(false);
  });

  it("a date bound, an English word that ends like an infinitive, a long conditional remark go", () => {
    expect(asksToDo("не раніше 01.03")).toBe(false);
    expect(asksToDo("software update pending")).toBe(false);
    expect(asksToDo("somewhere in the backlog")).toBe(false);
    expect(asksToDo("remove it if the box is ever decommissioned by the vendor next year")).toBe(false);
    // A deadline is no ask of its own: "before" only lengthens a clause that opens with a work verb.
    expect(asksToDo("resize took 35 min before the cutover")).toBe(false);
    expect(asksToDo("profiled last week, nothing found")).toBe(false);
  });

  it("a remark after the dash still goes", () => {
    const md = "# TODO\n\n## Tasks\n\n- [ ] Fail the build on flakes — because retries hide real bugs\n- [ ] Stabilise the manifest — see RFC 0012\n";
    expect(titles(md)).toEqual(["Fail the build on flakes", "Stabilise the manifest"]);
    expect(asksToDo("update the docs later when we have time to do it properly")).toBe(false);
    expect(asksToDo("fix.")).toBe(false);
  });
});
