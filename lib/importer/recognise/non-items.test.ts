import type { Heading } from "mdast";
import { describe, expect, it } from "vitest";
import { parseMarkdown, plainText } from "../markdown";
import { parsePlan } from "../parse";
import { isAdvice, isBoxControl, isNarratedSequence, isQuestionBlock, isQuestionEntry, isRosterEntry, proseAmongLists } from "./non-items";

const titles = (lines: string[]) => parsePlan(lines.join("\n")).items.map((i) => i.title);

describe("isQuestionBlock", () => {
  it("reads bold questions as a FAQ, not as fields", () => {
    expect(isQuestionBlock(["Does it run on ARM?", "Is there a GUI?"])).toBe(true);
    expect(isQuestionBlock(["Funktioniert es offline?"])).toBe(true);
    expect(isQuestionBlock(["Status", "Owner"])).toBe(false);
  });
  it("keeps a FAQ section of a tool's README out of the items", () => {
    const doc = ["# grepit", "", "## Usage", "", "Run `grepit PATTERN`.", "", "## FAQ", "", "**Does it follow symlinks?** Only with `-L`.", "**Is it fast?** Fast enough.", ""];
    expect(titles(doc)).toEqual([]);
  });
});

describe("isRosterEntry", () => {
  it("reads a role and the person holding it", () => {
    expect(isRosterEntry("Treasurer: Ana P. (elected, 14 votes)")).toBe(true);
    expect(isRosterEntry("Vorsitzender — Jonas Weber")).toBe(true);
    expect(isRosterEntry("Secretaria : María del Mar")).toBe(true);
    expect(isRosterEntry("Scope: Search and Billing")).toBe(false);
    expect(isRosterEntry("Vocal : Luis Ortega (reelegido)")).toBe(true);
  });
  it("keeps tasks that name a person", () => {
    expect(isRosterEntry("Email the venue about the projector")).toBe(false);
    expect(isRosterEntry("Ask: Tom Hardy for the keys and the alarm code")).toBe(false);
  });
  it("keeps elected officers of minutes out of the items", () => {
    const doc = ["# Minutes of the annual meeting", "", "## Election", "", "- Chair: Olivia K. (re-elected, 30 votes)", "- Treasurer: Ben W. (elected)", "- Secretary: Ines M. (elected)", ""];
    expect(titles(doc)).toEqual([]);
  });
});

describe("proseAmongLists", () => {
  const headings = (md: string) => [...proseAmongLists(parseMarkdown(md).children)].map((h: Heading) => plainText(h));
  it("finds prose sections among headings that hold the work as lists", () => {
    const md = ["# Cut-over plan", "", "## Strategy", "", "Dual writes, then switch reads.", "", "## Step 1", "", "- [ ] Add dual writes", "", "## Step 2", "", "- [ ] Switch reads", "", "## Fallback", "", "Flip the flag back.", ""].join("\n");
    expect(headings(md)).toEqual(["Strategy", "Fallback"]);
    expect(titles(md.split("\n"))).toEqual(["Add dual writes", "Switch reads"]);
  });
  it("leaves a backlog of prose headings alone", () => {
    const md = ["# Backlog", "", "## Slow search", "", "Queries take 3 s.", "", "## Broken export", "", "CSV export drops accents.", "", "## Misc", "", "- [ ] Tidy the footer", ""].join("\n");
    expect(headings(md)).toEqual([]);
  });
});

describe("lead-ins and headings that say their list is not work", () => {
  it("skips a list introduced as not being to-dos", () => {
    const doc = ["# TODO", "", "## Build", "", "- [ ] speed up the linker step", "", "Loose thoughts (not todos):", "", "- the old CI box is still around", "- someone mentioned moving to ARM runners", ""];
    expect(titles(doc)).toEqual(["speed up the linker step"]);
  });
  it("reads a meeting's discussion topics as notes, in several languages", () => {
    const en = ["# Weekly sync", "", "## Discussion items", "", "| Time | Item | Who |", "|---|---|---|", "| 5 min | Queue choice | Ann |", "", "## Action items", "", "- [ ] Ann to benchmark both queues", ""];
    expect(titles(en)).toEqual(["Ann to benchmark both queues"]);
    const de = ["# Jour fixe", "", "## Besprechungspunkte", "", "- Urlaubsplanung", "- Neue Teststrategie", "", "## Aufgaben", "", "- [ ] Teststrategie aufschreiben", ""];
    expect(titles(de)).toEqual(["Teststrategie aufschreiben"]);
  });
});

describe("isBoxControl and isQuestionEntry", () => {
  it("drops a bot's control box, in several wordings", () => {
    expect(isBoxControl("Check this box to trigger a new run of the bot")).toBe(true);
    expect(isBoxControl("Tick the checkbox to rebase all open PRs")).toBe(true);
    expect(isBoxControl("Cochez cette case pour relancer l'analyse")).toBe(true);
    expect(isBoxControl("Check the box sizes on mobile")).toBe(false);
    expect(titles(["## Updates", "", "- [ ] Bump serde to 1.0.210", "- [ ] Click here to rerun the dependency scan", ""])).toEqual(["Bump serde to 1.0.210"]);
  });
  it("reads an entry without a box ending in one question mark as a question", () => {
    expect(isQuestionEntry("Bouncy castle for the kids?", false)).toBe(true);
    expect(isQuestionEntry("Newsletter antigo – arquivar?", false)).toBe(true);
    expect(isQuestionEntry("find out why the deploy takes 30 min??", false)).toBe(false);
    expect(isQuestionEntry("Decide: Postgres or MySQL?", true)).toBe(false);
    expect(titles(["## To do", "", "- Bouncy castle for the kids?", "- Photo corner", ""])).toEqual(["Photo corner"]);
  });
});

describe("isAdvice and isNarratedSequence", () => {
  it("reads a tip as advice, boxed or not, in several languages", () => {
    expect(isAdvice("Tip: restart the VPN client if the wiki times out.")).toBe(true);
    expect(isAdvice("Astuce : videz le cache du navigateur")).toBe(true);
    expect(isAdvice("ヒント：キャッシュを消してください")).toBe(true);
    expect(isAdvice("Tipping point analysis for the churn model")).toBe(false);
    expect(titles(["## Setup", "", "- [ ] Install the CLI", "- [ ] Hinweis: bei Fehlern den Proxy prüfen", ""])).toEqual(["Install the CLI"]);
  });
  it("reads a list of ordinal sentences as a narrated sequence, in several languages", () => {
    const list = (lines: string[]) => parseMarkdown(lines.join("\n")).children[0] as import("mdast").List;
    expect(isNarratedSequence(list(["- First the billing tables", "- Then the reports", "- Finally the exports"]))).toBe(true);
    expect(isNarratedSequence(list(["- Zuerst die Datenbank", "- Danach die Dienste"]))).toBe(true);
    expect(isNarratedSequence(list(["- 首先迁移数据库", "- 然后切换流量", "- 最后下线旧集群"]))).toBe(true);
    expect(isNarratedSequence(list(["- [ ] First pass over the docs", "- [ ] Then archive the wiki"]))).toBe(false);
    expect(isNarratedSequence(list(["- First-aid kit for the event", "- Tent"]))).toBe(false);
    expect(titles(["## To do", "", "- Zuerst die Datenbank", "- Danach die Dienste", ""])).toEqual([]);
  });
});
