import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { tidyTitle } from "./title-tails";

const NONE = new Set<string>();
const title = (text: string, votes = false, labels: ReadonlySet<string> = NONE) => tidyTitle(text, votes, labels).title;

describe("tidyTitle: decoration around a title, whatever reader found it", () => {
  it("takes off tags and task-plugin marks, keeping the priority and the tags", () => {
    const t = tidyTitle("Rotate the garage camera keys 🔼 📅 2027-03-01 #security #cams", false, NONE);
    expect(t.title).toBe("Rotate the garage camera keys");
    expect(t.priorityLabel).toBe("Medium");
    expect(t.notes.join(" ")).toContain("#security");
    expect(title("Entrümpeln des Kellers ⏬ #haus")).toBe("Entrümpeln des Kellers");
  });

  it("keeps a channel that the sentence needs as its object", () => {
    expect(title("Post the outage summary to #ops-news")).toBe("Post the outage summary to #ops-news");
    expect(title("Demander un retour dans #equipe-web")).toBe("Demander un retour dans #equipe-web");
    // The same after a preposition in other languages (tl "sa", id "di", nl "naar", sv "på", uk "у").
    expect(title("Ipaalam sa #dev-team")).toBe("Ipaalam sa #dev-team");
    expect(title("Kirim laporan ke #ops")).toBe("Kirim laporan ke #ops");
    expect(title("Stuur de notulen naar #team-noord")).toBe("Stuur de notulen naar #team-noord");
    expect(title("Posta sammanfattningen på #drift")).toBe("Posta sammanfattningen på #drift");
  });

  it("still drops tags after a word that is not a preposition", () => {
    expect(title("Ipaalam ang iskedyul #urgent")).toBe("Ipaalam ang iskedyul");
  });

  it("drops footnote references and leading decoration, keeps status symbols for the readers", () => {
    expect(title("move the fixtures into testdata/[^2]")).toBe("move the fixtures into testdata/");
    expect(title("🦄 unicorn-sized refactor of the router")).toBe("unicorn-sized refactor of the router");
    expect(title("🧹 Aufräumen der alten Feature-Flags")).toBe("Aufräumen der alten Feature-Flags");
    expect(title("✅ Ship the thing")).toBe("✅ Ship the thing");
  });

  it("reads an @Full Name mention before a verb as the owner", () => {
    const t = tidyTitle("@Mara Lindqvist draft the onboarding checklist", false, NONE);
    expect(t.title).toBe("draft the onboarding checklist");
    expect(t.notes).toContain("Owner: @Mara Lindqvist");
    expect(title("@José Ruiz revisar los permisos del bucket")).toBe("revisar los permisos del bucket");
  });

  it("takes vote counts off only when the document's entries carry them", () => {
    expect(title("Offline mode for the field app +5", true)).toBe("Offline mode for the field app");
    expect(title("Un thème sombre 🎉 +2", true)).toBe("Un thème sombre");
    expect(title("Kudos wall 👍 7", true)).toBe("Kudos wall");
    expect(title("Raise the pool size +2", false)).toBe("Raise the pool size +2");
  });

  it("reads a state with its date as the status", () => {
    const t = tidyTitle("Rotate the backup keys — done 14.03", false, NONE);
    expect([t.title, t.status]).toEqual(["Rotate the backup keys", "done"]);
    const ru = tidyTitle("Обновить ядро на шлюзах — сделано 3.11.2026", false, NONE);
    expect([ru.title, ru.status]).toEqual(["Обновить ядро на шлюзах", "done"]);
  });

  it("reads remark parentheses the title reader does not know", () => {
    expect(title("support gzip request bodies (tq)")).toBe("support gzip request bodies");
    expect(title("Provision the staging VPN (network team)")).toBe("Provision the staging VPN");
    expect(title("Nouveau tableau de bord (équipe data)")).toBe("Nouveau tableau de bord");
    expect(title("Exportera fakturor som CSV (3p)")).toBe("Exportera fakturor som CSV");
    expect(title("Dark mode toggle (13 SP)")).toBe("Dark mode toggle");
    expect(title("Flaky login test (still failing!)")).toBe("Flaky login test");
    expect(title("Почистить старые бакеты (около 12 штук без тегов)")).toBe("Почистить старые бакеты");
    const fixed = tidyTitle("panic on an empty header (fixed 0.9.1)", false, NONE);
    expect([fixed.title, fixed.status]).toEqual(["panic on an empty header", "done"]);
    const file = tidyTitle("sequence diagram is stale (docs/flows/login.svg)", false, NONE);
    expect([file.title, file.files]).toEqual(["sequence diagram is stale", ["docs/flows/login.svg"]]);
    const then = tidyTitle("Byt ut loggbiblioteket (5p) — Nils, nästan klar", false, NONE);
    expect(then.title).toBe("Byt ut loggbiblioteket");
    // What to do stays: an amount, a bound, an abbreviation in capitals.
    expect(title("Raise the rate limit (min 50 per second)")).toBe("Raise the rate limit (min 50 per second)");
    expect(title("Add a public endpoint (REST)")).toBe("Add a public endpoint (REST)");
  });

  it("takes off a last word only when the document carries it as a label", () => {
    expect(title("Paginate the audit view enhancement", false, new Set(["enhancement"]))).toBe("Paginate the audit view");
    expect(title("Document the retry policy", false, new Set(["policy"]))).toBe("Document the retry");
    expect(title("Write the docs", false, NONE)).toBe("Write the docs");
  });
});

describe("the pass runs over every reader's items", () => {
  it("cleans table rows and list entries alike", () => {
    const plan = [
      "# Ideas", "", "## Backlog", "", "- Shared calendar for the lab 😄 +2", "- Better coffee +6", "",
      "## Owners", "", "| Task | Who |", "|---|---|", "| Order new badges (still pending!) | Ines |", "| 🎈 Plan the summer party | Tom |", "",
    ].join("\n");
    const titles = parsePlan(plan).items.map((i) => i.title);
    expect(titles).toEqual(expect.arrayContaining(["Shared calendar for the lab", "Better coffee", "Order new badges", "Plan the summer party"]));
  });
});

describe("labels closing a list entry (recognise/entry.ts)", () => {
  const entries = (lines: string[]) => parsePlan(["# Board", "", "## Backlog", "", ...lines, ""].join("\n")).items;
  it("reads a hyphenated code span as a label when it stands in a run of labels", () => {
    const [a, b] = entries(["- Swap the icon font for SVGs `ui` `needs-review`", "- Nachtmodus für die Karte `feature` `help-wanted`"]);
    expect(a!.title).toBe("Swap the icon font for SVGs");
    expect(b!.title).toBe("Nachtmodus für die Karte");
    expect(a!.description).toContain("needs-review");
  });
  it("keeps a lone hyphenated code span, which names a thing", () => {
    expect(entries(["- Retire `legacy-auth`"])[0]!.title).toBe("Retire legacy-auth");
  });
  it("takes labels off that a dash remark hid", () => {
    const [a, b] = entries(["- Rate-limit the login form `security` — waiting on the WAF rules", "- Exporter les factures `feature` — en attente du juridique"]);
    expect(a!.title).toBe("Rate-limit the login form");
    expect(b!.title).toBe("Exporter les factures");
  });
});

describe("tidyTitle: a code marker with its owner", () => {
  it("reads TODO(name): and FIXME(name) as the state and the owner", () => {
    const t = tidyTitle("TODO(kim): remove the legacy config loader", false, NONE);
    expect(t).toMatchObject({ title: "remove the legacy config loader", status: "not_started" });
    expect(t.notes).toContain("Owner: kim");
    expect(title("FIXME(@jo) flaky retry test")).toBe("flaky retry test");
    expect(title("TODO: bump the SDK")).toBe("bump the SDK");
  });
});

describe("tidyTitle: a closing emoji", () => {
  it("drops a decorative emoji closing the title", () => {
    expect(title("Order pizza for the release party 🍕")).toBe("Order pizza for the release party");
    expect(title("Сохранение ломает таблицу!!! 😱")).toBe("Сохранение ломает таблицу!!!");
  });

  it("keeps marks that say a state or a priority for their readers", () => {
    expect(title("Ship the beta 🔥")).toBe("Ship the beta 🔥");
    expect(title("Renew the domain 📅")).toBe("Renew the domain 📅");
  });
});

describe("tidyTitle: remarks the document explains elsewhere", () => {
  it("drops a name the document gives a person", () => {
    expect(tidyTitle("Έλεγχος αντιγράφων ασφαλείας (Μαρία)", false, NONE, new Set(["Μαρία"])).title).toBe("Έλεγχος αντιγράφων ασφαλείας");
    expect(tidyTitle("Choose the CMS (Sanity)", false, NONE, new Set(["Maria"])).title).toBe("Choose the CMS (Sanity)");
  });

  it("reads a file named after a word as the item's file", () => {
    const t = tidyTitle("Add the audit columns (migration db/migrations/0007_audit.sql)", false, NONE);
    expect(t.title).toBe("Add the audit columns");
    expect(t.files).toEqual(["db/migrations/0007_audit.sql"]);
  });

  it("reads a parenthesis after a task plugin's dated mark as its note", () => {
    const t = tidyTitle("Book the venue ❌ 2027-01-10 (no budget)", false, NONE);
    expect(t).toMatchObject({ title: "Book the venue", status: "wont_do" });
  });
});

describe("tidyTitle: a remark about how things still are", () => {
  it("drops a 'still …' remark in several languages", () => {
    expect(title("Wyłączyć stary serwer (nadal używany przez księgowość)")).toBe("Wyłączyć stary serwer");
    expect(title("Alte API abschalten (immer noch von 3 Kunden genutzt)")).toBe("Alte API abschalten");
    expect(title("Spegnere il vecchio FTP (ancora usato da 2 fornitori)")).toBe("Spegnere il vecchio FTP");
  });
});

describe("a parenthesis that narrows the work", () => {
  it("stays in the title and says no state, even with a state word in it", () => {
    for (const title of ["古いJenkinsジョブを削除する（完了済みのものは除く）", "Delete old Jenkins jobs (except the completed ones)", "删除旧任务（除了已完成的）"]) {
      const [item] = parsePlan(`## Tasks\n\n- [ ] ${title}\n- [ ] Other work\n`).items;
      expect([item!.title, item!.status], title).toEqual([title, "not_started"]);
    }
  });

  it("while a state alone in the parenthesis is still the entry's state", () => {
    const [item] = parsePlan("## Tasks\n\n- [ ] 古いジョブを削除する（完了）\n- [ ] Other work\n").items;
    expect([item!.title, item!.status]).toEqual(["古いジョブを削除する", "done"]);
  });
});

describe("tidyTitle: remarks of state, time, team and place in more languages", () => {
  it("drops how things stand now or still are, a department, a folder the results go to", () => {
    expect(title("Zrychlit API pro výpis kategorií (teď 900 ms)")).toBe("Zrychlit API pro výpis kategorií");
    expect(title("按比例切流量（当前 20%）")).toBe("按比例切流量");
    expect(title("Multi-cabang (masih riset)")).toBe("Multi-cabang");
    expect(title("Mettre à jour React Native (pas encore de ticket)")).toBe("Mettre à jour React Native");
    expect(title("Deploy the rate limiter in each region (infra)")).toBe("Deploy the rate limiter in each region");
    expect(title("Profile the ranking stage (flame graphs in perf/2026-11/)")).toBe("Profile the ranking stage");
  });

  it("keeps a thing, a directory the work builds, a word that only looks like a department", () => {
    expect(title("Outbox relay (pkg/outbox)")).toBe("Outbox relay (pkg/outbox)");
    expect(title("Health dashboard (infrastructure costs)")).toBe("Health dashboard (infrastructure costs)");
    expect(title("Export (CSV)")).toBe("Export (CSV)");
  });
});

describe("channels and slash lists closing a title", () => {
  it("a channel named after its chat app is the sentence's object, not a tag", () => {
    expect(title("Announce on Discord #announcements")).toBe("Announce on Discord #announcements");
    expect(title("Water the plants #home")).toBe("Water the plants");
  });

  it("a parenthesis listing three words or more with slashes stays, even when one is a state word", () => {
    expect(tidyTitle("Delivery report (sent/read/cancelled)", false, NONE)).toMatchObject({ title: "Delivery report (sent/read/cancelled)", status: null });
    expect(tidyTitle("Delivery report (cancelled)", false, NONE).status).toBe("wont_do");
    expect(title("Fix the parser (src/parse/lexer.rs)")).toBe("Fix the parser");
  });
});

describe("'(finally)' closing a title", () => {
  it("is a remark alone, and title words with more after it", () => {
    expect(title("Label the cables (finally)")).toBe("Label the cables");
    expect(title("Wrap the reader (finally block)")).toBe("Wrap the reader (finally block)");
  });
});

describe("tidyTitle: Todoist priorities, issue references and remarks of state", () => {
  it("reads a Todoist !!n among the fields, and the reference a handle hid", () => {
    const todo = tidyTitle("Grafana auf 11.3 aktualisieren !!2 📅 11.12. @lena", false, new Set());
    expect(todo.title).toBe("Grafana auf 11.3 aktualisieren");
    expect(todo.priorityLabel).toBe("Priority 2");
    expect(tidyTitle("Enable streaming in SSR #238 @bilal", false, new Set()).title).toBe("Enable streaming in SSR");
    expect(tidyTitle("Raise the pool size #236 — waiting for the DBA team", false, new Set()).title).toBe("Raise the pool size");
  });

  it("cuts how things stand now and a state with its date", () => {
    expect(tidyTitle("Az OrderService szétbontása (jelenleg 2 400 sor)", false, new Set()).title).toBe("Az OrderService szétbontása");
    expect(tidyTitle("Mabagal ang paghahanap (8–12 s ngayon)", false, new Set()).title).toBe("Mabagal ang paghahanap");
    expect(tidyTitle("Ukloniti uputstva za API v1 (ugašen 1. 11. 2026)", false, new Set()).title).toBe("Ukloniti uputstva za API v1");
  });

  it("keeps references the sentence needs and parentheses of words", () => {
    expect(tidyTitle("Address the comments on #45", false, new Set()).title).toBe("Address the comments on #45");
    expect(tidyTitle("Alte Images löschen (älter als 90 Tage)", false, new Set()).title).toBe("Alte Images löschen (älter als 90 Tage)");
    expect(tidyTitle("Export invoices (batch 2026)", false, new Set()).title).toBe("Export invoices (batch 2026)");
  });
});
