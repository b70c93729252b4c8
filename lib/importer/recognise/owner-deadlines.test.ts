import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { closingDeadline } from "./owner-deadlines";

describe("closingDeadline: the due date closing an owner-led ask", () => {
  it("takes a calendar date after by / until / עד / до", () => {
    expect(closingDeadline("לשלוח הודעה ללקוחות על חלון התחזוקה עד 8.12")).toMatchObject({ said: "8.12" });
    expect(closingDeadline("поднять тестовый сервер до 12.12")).toMatchObject({ said: "12.12" });
    expect(closingDeadline("ship the patch by 2026-12-08")).toMatchObject({ said: "2026-12-08" });
    expect(closingDeadline("send the deck by Dec 9")).toMatchObject({ said: "Dec 9" });
  });

  it("takes a weekday then a calendar date without a 'by'", () => {
    expect(closingDeadline("oppgradere prod-bgo tirsdag 3.11")).toMatchObject({ said: "3.11", index: 19 });
    expect(closingDeadline("ship the patch Fri 21.11")).toMatchObject({ said: "21.11" });
    expect(closingDeadline("Treiber aktualisieren bis Donnerstag, 4.12.")).toMatchObject({ said: "4.12." });
  });

  it("leaves a version without a weekday and a weekday without a date", () => {
    expect(closingDeadline("move the job to Python 3.11")).toBeNull();
    expect(closingDeadline("oppgradere prod-bgo tirsdag")).toBeNull();
    expect(closingDeadline("tirsdag 3.11")).toBeNull();
  });

  it("leaves a weekday, a version, a count and a date inside the task", () => {
    expect(closingDeadline("share the sheet by Friday")).toBeNull();
    expect(closingDeadline("оновити Kubernetes до 1.31")).toBeNull();
    expect(closingDeadline("cut the queue by step 3")).toBeNull();
    expect(closingDeadline("move the 8.12 release notes to the wiki")).toBeNull();
    expect(closingDeadline("by 8.12")).toBeNull();
  });
});

describe("owner-led asks in a document", () => {
  it("a Hebrew minutes' 'name — task by date': owner and due date come off, the names from the participants line", () => {
    const [item] = parsePlan("**משתתפים:** יעל, אבי\n\n## משימות\n\n- [ ] יעל — לשלוח הודעה ללקוחות עד 8.12\n- [ ] אבי — להפיץ את הדוח\n").items;
    expect(item!.title).toBe("לשלוח הודעה ללקוחות");
    expect(item!.description).toContain("Owner: יעל");
    expect(item!.description).toContain("Due: 8.12");
  });

  it("an e-mail's 'Name:' slot is owners when one entry is the writer or everyone; the writer's own entry stays whole", () => {
    const items = parsePlan("Next steps:\n\n1. Jon: export the top metrics and share the sheet\n2. Aditi: check the dashboards\n3. Me: get the revised quote\n").items;
    expect(items.map((i) => i.title)).toEqual(["Export the top metrics and share the sheet", "Check the dashboards", "Me: get the revised quote"]);
  });

  it("a 'Component: task' slot with nobody in it stays the titles' own words", () => {
    const items = parsePlan("## Tasks\n\n- [ ] Redis: export the session store\n- [ ] Postgres: vacuum the big tables\n").items;
    expect(items.map((i) => i.title)).toEqual(["Redis: export the session store", "Postgres: vacuum the big tables"]);
  });
});

describe("the separator before an owner-led ask's due date", () => {
  it("goes with the date: no title closes on a dash or a comma", async () => {
    const { parsePlan } = await import("../parse");
    const md = "**Obecni:** Kasia Nowak, Paweł Wiśniewski\n\n## Zadania\n\n- Kasia: przygotować RFC podziału monolitu, do 19.02\n- Paweł: policzyć koszt Grafana Cloud vs self-hosted — do 12.02\n- Kasia: sprawdzić alerty — A/B\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Przygotować RFC podziału monolitu", "Policzyć koszt Grafana Cloud vs self-hosted", "Sprawdzić alerty — A/B"]);
  });
});
