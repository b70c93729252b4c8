import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isOtherRemark, isVersionBump, personTailStart, withoutHtml } from "./remark-parens";
import { tidyTitle } from "./title-tails";

const NONE = new Set<string>();
const title = (text: string, people: ReadonlySet<string> = NONE) => tidyTitle(text, false, NONE, people).title;

describe("isOtherRemark: the end of a thing's life", () => {
  it("reads end of life or support, with a few words of when, as a remark", () => {
    for (const said of ["fine vita", "EOL", "end of life", "end-of-support 2026", "fin de vie", "fim de vida", "EOL in March 2027", "サポート終了"]) expect(isOtherRemark(said), said).toBe(true);
  });
  it("keeps a parenthesis that only starts like one or says what to do", () => {
    for (const said of ["EOLib migration", "end of life planning for all racks and the spare parts stock", "replace before EOL"]) expect(isOtherRemark(said), said).toBe(false);
  });
});

describe("isOtherRemark: a trailing parenthesis that says where, when or who", () => {
  it("reads where the material lives, in several languages", () => {
    expect(isOtherRemark("runbook in Confluence")).toBe(true);
    expect(isOtherRemark("список у Google Sheets")).toBe(true);
    expect(isOtherRemark("Vorlage im Sharepoint")).toBe(true);
    // A code or version after the preposition is part of what to do.
    expect(isOtherRemark("already on K8s")).toBe(false);
    expect(isOtherRemark("gate in CI")).toBe(false);
    expect(isOtherRemark("schema in the repo")).toBe(false);
  });
  it("reads a weekday part as when", () => {
    expect(isOtherRemark("garden centre, Sunday")).toBe(true);
    expect(isOtherRemark("mercado central, sábado")).toBe(true);
    expect(isOtherRemark("Baumarkt, samstags")).toBe(true);
    expect(isOtherRemark("A4, colour")).toBe(false);
  });
  it("reads an expiry with its year, mentions in any script and a lone caseless name", () => {
    expect(isOtherRemark("licence expires March 2028")).toBe(true);
    expect(isOtherRemark("Mietvertrag läuft 2029 aus")).toBe(true);
    expect(isOtherRemark("@田中")).toBe(true);
    expect(isOtherRemark("@Zoë")).toBe(true);
    expect(isOtherRemark("يوسف")).toBe(true);
    expect(isOtherRemark("נועה")).toBe(true);
    expect(isOtherRemark("CSV")).toBe(false);
    expect(isOtherRemark("قبل ٢٠١٩")).toBe(false);
  });

  it("reads a name after an honorific as who does it, not a lower-case word after one", () => {
    for (const t of ["anh Minh", "chị Thu", "Pak Budi", "Bu Sari", "คุณสมศรี"]) expect(isOtherRemark(t), t).toBe(true);
    for (const t of ["em andamento", "anh ấy làm", "Pak", "Ibu kota"]) expect(isOtherRemark(t), t).toBe(false);
  });
  it("takes such parentheses off a title, keeping what-to-do parentheses", () => {
    expect(title("Order the new desks (catalogue in Dropbox)")).toBe("Order the new desks");
    expect(title("Pick the kitchen tiles (tile shop, Friday)")).toBe("Pick the kitchen tiles");
    expect(title("Renew the domain (registration expires 2028)")).toBe("Renew the domain");
    expect(title("إصلاح نموذج الاتصال (مريم)")).toBe("إصلاح نموذج الاتصال");
    expect(title("バックアップの確認（@山田）")).toBe("バックアップの確認");
    expect(title("Export the product list (CSV)")).toBe("Export the product list (CSV)");
    expect(title("Print 200 posters (A3, matte)")).toBe("Print 200 posters (A3, matte)");
  });
});

describe("personTailStart: a closing dash tail about who does it", () => {
  it("reads a statement about a named person", () => {
    expect(title("Raffle prizes – Priya has offered to collect them")).toBe("Raffle prizes");
    expect(title("Kuchenstand — Jonas hat zugesagt")).toBe("Kuchenstand");
    expect(title("Stand photo — Lucie a accepté de s'en occuper")).toBe("Stand photo");
  });
  it("reads a known person with a when", () => {
    const people = new Set(["Dana", "Arjun"]);
    expect(title("Rotate the API keys — Dana, by Friday", people)).toBe("Rotate the API keys");
    expect(title("Banner copy final karna — Arjun, parso tak", people)).toBe("Banner copy final karna");
    expect(personTailStart("Rotate the API keys — Mumbai, by Friday", people)).toBe(-1);
  });
  it("reads a known person then a short clause of their own", () => {
    const people = new Set(["Oskar", "Mei"]);
    expect(title("Inför en supportvakt som roterar varje vecka – Oskar tar första veckan", people)).toBe("Inför en supportvakt som roterar varje vecka");
    expect(title("Triage the flaky suite — Mei picks it up on Monday", people)).toBe("Triage the flaky suite");
    expect(personTailStart("Move failover — Frankfurt handles it", people)).toBe(-1);
    expect(personTailStart("Ship it — Mei", people)).toBe(-1);
  });
  it("keeps an instruction after the dash", () => {
    expect(title("IT: the lobby screens need brackets – please order")).toBe("IT: the lobby screens need brackets – please order");
    expect(title("The import runs in one transaction — split it")).toBe("The import runs in one transaction — split it");
  });
});

describe("withoutHtml and isVersionBump", () => {
  it("takes HTML comments and inline tags off, keeping the text inside tags", () => {
    expect(withoutHtml("<!-- retry-branch=bot/lodash -->chore: bump lodash")).toBe("chore: bump lodash");
    expect(withoutHtml("Document the <code>--force</code> flag")).toBe("Document the --force flag");
    expect(withoutHtml("Zeile eins<br>Zeile zwei")).toBe("Zeile eins Zeile zwei");
    expect(withoutHtml("Compare a < b in the sorter")).toBe("Compare a < b in the sorter");
  });
  it("reads major/minor/patch after a version as the kind of bump", () => {
    expect(isVersionBump("update react to v19 ", "major")).toBe(true);
    expect(isVersionBump("bump serde to 1.0.210", "patch")).toBe(true);
    expect(isVersionBump("Login fails", "major")).toBe(false);
  });
  it("keeps a bot's update entries clean, and the bump kind in the title", () => {
    const items = parsePlan(
      ["## Pending", "", " - [ ] <!-- retry-branch=bot/eslint -->chore(deps): update eslint to v10 (major)", " - [ ] <!-- retry-branch=bot/zod -->fix(deps): update zod to v3.24.1", ""].join("\n"),
    ).items;
    expect(items.map((i) => i.title)).toEqual(["chore(deps): update eslint to v10 (major)", "fix(deps): update zod to v3.24.1"]);
    expect(items[0]!.priority).toBeNull();
  });
});

describe("paths in a closing parenthesis", () => {
  it("takes a file or a file:line off as the item's file, keeps a directory that names what is built", () => {
    const t = tidyTitle("Null check missing on the export (lib/export/run.ts:88)", false, NONE);
    expect(t.title).toBe("Null check missing on the export");
    expect(t.files).toEqual(["lib/export/run.ts"]);
    expect(tidyTitle("Falta validar el correo (app/forms/signup.rb#L12-L20)", false, NONE).files).toEqual(["app/forms/signup.rb"]);
    expect(title("Retry helper in the shared module (internal/retry)")).toBe("Retry helper in the shared module (internal/retry)");
  });
});

describe("a person then a short remark with a date or ticket after a closing dash", () => {
  it("is a remark about who, when the document names the person", () => {
    const people = new Set(["Alexei", "Timur", "Ана"]);
    expect(title("Rotate the reviewer of the day — Alexei, by 21.11", people)).toBe("Rotate the reviewer of the day");
    expect(title("Fix the staging auto-restart — Timur, ticket INFRA-88", people)).toBe("Fix the staging auto-restart");
    expect(title("Revisar el contrato — Ана, hasta 3.12", people)).toBe("Revisar el contrato");
    expect(title("Fix the staging auto-restart — Redis, version 7.2", people)).toBe("Fix the staging auto-restart — Redis, version 7.2");
  });
});

describe("a parenthesis saying who the work is done with", () => {
  it("is a remark, in several languages", () => {
    expect(title("Lifecycle e-mails for day 1, 3 and 6 (with Marketing)")).toBe("Lifecycle e-mails for day 1, 3 and 6");
    expect(title("Preisseite überarbeiten (mit Vertrieb)")).toBe("Preisseite überarbeiten");
    expect(title("Revoir la page tarifs (avec l'équipe Data)")).toBe("Revoir la page tarifs");
    expect(title("Revisar precios (con Ventas)")).toBe("Revisar precios");
  });

  it("what to do with something stays", () => {
    expect(title("Replace the cron (with a queue)")).toBe("Replace the cron (with a queue)");
    expect(title("Log in (with SSO)")).toBe("Log in (with SSO)");
  });
});

describe("a parenthesis of what someone said", () => {
  it("is a remark", () => {
    expect(title('The screens need wall brackets (Tom says 4 × 55")')).toBe("The screens need wall brackets");
    expect(title("Stühle bestellen (laut Anna 12 Stück)")).toBe("Stühle bestellen");
    expect(title("Pedir sillas (según Marta, 12)")).toBe("Pedir sillas");
  });

  it("a parenthesis of what the thing says stays", () => {
    expect(title("Add a tooltip (says what the button does)")).toBe("Add a tooltip (says what the button does)");
  });
});

describe("a Hindi parenthesis saying how things stand", () => {
  it("is a remark when its verb is progressive or 'ongoing'; a parenthesis of what to do stays", () => {
    expect(isOtherRemark("ठेकेदार से बात चल रही है")).toBe(true);
    expect(isOtherRemark("मरम्मत जारी है")).toBe(true);
    expect(isOtherRemark("लड़कियों का")).toBe(false);
    expect(isOtherRemark("स्वच्छता संदेश")).toBe(false);
  });
});

describe("personTailStart: a Chinese name then a remark", () => {
  it("cuts a Chinese name and its due date after a dash", () => {
    expect(personTailStart("升級 Next.js 至 15 — 黃志明，到期：12月13日", new Set())).toBe(15);
  });

  it("keeps a dash clause that opens with no name", () => {
    expect(personTailStart("升級 Next.js 至 15 — 先做測試，再上線", new Set())).toBe(-1);
  });
});
