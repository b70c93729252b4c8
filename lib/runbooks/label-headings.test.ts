import { describe, expect, it } from "vitest";
import { boldLabel, sharesAKindWord, splitAtLabels } from "./label-headings";
import { importRunbook } from "./markdown-file";
import { parseScenarios } from "./outline";
import { parse } from "./syntax-tree";

// Runbooks written for this test, with bold lines standing in for headings.

const read = (markdown: string) => {
  const { title, body } = importRunbook(markdown, "runbook.md");
  return parseScenarios(body, { title }).scenarios.map((s) => [s.title, s.steps.length]);
};

describe("bold label lines as headings", () => {
  it("reads each bold line over a checklist as a scenario", () => {
    const md = "# Failover rehearsal\n\n_Quarterly._\n\n**Get ready**\n- [ ] Book the window\n- [ ] Tell support\n\n**Switch over**\n- [ ] Promote the replica\n\n**Tidy up:**\n- [ ] Close the ticket\n\nGoal: under 5 minutes.\n";
    expect(read(md)).toEqual([
      ["Get ready", 2],
      ["Switch over", 1],
      ["Tidy up", 1],
    ]);
  });

  it("reads the same with underscores, a colon after the bold text and numbered steps", () => {
    const md = "# Schlüsseltausch\n\n__Vorbereitung__:\n\n1. Schlüssel erzeugen\n2. Im Tresor ablegen\n\n__Tausch__:\n\n1. Dienst neu starten\n\n__Kontakte__:\n\n1. Kim\n";
    expect(read(md)).toEqual([
      ["Vorbereitung", 2],
      ["Tausch", 1],
    ]);
  });

  it("keeps an alert's bold sections as one scenario, and bulleted notes as no scenario", () => {
    expect(read("# QueueFull\n\n**Diagnosis**\n1. Check depth\n\n**Mitigation**\n1. Scale out\n")).toEqual([["QueueFull", 2]]);
    expect(read("# Ideas\n\n**Pros**\n- fast\n\n**Cons**\n- costly\n")).toEqual([]);
  });

  it("takes only a paragraph that is nothing but bold text as a label", () => {
    const [label, sentence, plain] = parse("**Restore**\n\n**Note:** do not restart.\n\nRestore\n").children;
    expect([boldLabel(label!), boldLabel(sentence!), boldLabel(plain!)]).toEqual(["Restore", undefined, undefined]);
    expect(splitAtLabels(parse("**Only one**\n\n- [ ] a\n").children)).toBeUndefined();
  });
});

describe("a stage opened in the intro by a bold run-in label", () => {
  it("reads it as the first stage of a procedure whose headings are stages", () => {
    const md = "# Resize the volume\n\n> Takes an hour.\n\n**Before you start:** check the snapshot finished. Tell the team in #ops.\n\n## Step 1 – Grow the disk\n\n```\naws ec2 modify-volume --size 200\n```\n\n## Step 2 – Grow the filesystem\n\nRun `resize2fs`. Then check `df -h`.\n";
    expect(read(md)).toEqual([
      ["Before you start", 2],
      ["Step 1 – Grow the disk", 1],
      ["Step 2 – Grow the filesystem", 2],
    ]);
  });

  it("reads the same in another language, with the colon after the bold text", () => {
    const md = "# Zertifikat erneuern\n\n**Vorbereitung**: Zugang zum Tresor prüfen.\n\n## Schritt 1: Erneuern\n\n1. Antrag stellen\n\n## Schritt 2: Einspielen\n\n1. Hochladen\n2. Neu laden\n";
    expect(read(md)).toEqual([
      ["Vorbereitung", 1],
      ["Schritt 1: Erneuern", 1],
      ["Schritt 2: Einspielen", 2],
    ]);
  });

  it("leaves run-in fields (Owner:, Alarm:) and runbooks of alternative cases alone", () => {
    expect(read("# Lag\n\n**Owner:** data team\n\n**Alarm:** `LagHigh`\n\n## Step 1 – Look\n\n1. Check lag\n\n## Step 2 – Act\n\n1. Scale\n")).toEqual([
      ["Step 1 – Look", 1],
      ["Step 2 – Act", 1],
    ]);
    expect(read("# Lag\n\n**Before you start:** get access.\n\n## Consumers down\n\n1. Restart\n\n## Load went up\n\n1. Scale\n")).toEqual([
      ["Consumers down", 1],
      ["Load went up", 1],
    ]);
  });
});

describe("bold labels naming cases of one kind", () => {
  it("cut a headingless body even when the lists under them are bulleted", () => {
    const en = "# Printer help\n\nFirst line support.\n\n**Issue: paper jam**\n- Open tray 2.\n- Pull the sheet out.\n\n**Issue: prints blank pages**\n- Replace the toner.\n\nMost calls are jams.\n";
    expect(read(en)).toEqual([
      ["Issue: paper jam", 2],
      ["Issue: prints blank pages", 1],
    ]);
    const ru = "# Почта\n\n**Сбой 1. Письма не уходят**\n* Проверить очередь.\n* Перезапустить relay.\n\n**Сбой 2. Спам в ящиках**\n* Обновить фильтры.\n";
    expect(read(ru)).toEqual([
      ["Сбой 1. Письма не уходят", 2],
      ["Сбой 2. Спам в ящиках", 1],
    ]);
  });

  it("leave bulleted notes under labels of different words alone", () => {
    expect(sharesAKindWord(["Context: the old proxy", "Decision: keep it"])).toBe(false);
    expect(sharesAKindWord(["Problem: one"])).toBe(false);
    expect(read("# Notes\n\n**Owners**\n- ops team\n\n**Links**\n- the wiki\n")).toEqual([]);
  });
});
