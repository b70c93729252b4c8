import { describe, expect, it } from "vitest";
import { peopleOf } from "./people";

describe("peopleOf: the names a document uses for people", () => {
  it("reads people fields, attendee lists and @handles", () => {
    const people = peopleOf("# Sync\n\nDate: Monday · Chair: x · Present: Lina, Omar and Sven Berg\n\n## Attendees\n\n- Rosa (QA)\n\nPing @kdoe about it.\n");
    for (const name of ["Lina", "Omar", "Sven Berg", "Sven", "Rosa", "@kdoe"]) expect(people.has(name), name).toBe(true);
    expect(people.has("Monday")).toBe(false);
  });

  it("reads a Japanese attendee line ('参加：'), katakana names with their long-vowel mark included", () => {
    const people = peopleOf("# 週次トリアージ\n\n参加：佐藤、高橋、ミラー\nプロジェクト：「星の港」\n");
    for (const name of ["佐藤", "高橋", "ミラー"]) expect(people.has(name), name).toBe(true);
    // A field that is not about people names no one.
    expect(people.has("「星の港」")).toBe(false);
    expect(people.has("星の港")).toBe(false);
  });

  it("reads a name beside an estimate, an emphasised name after a dash, and an owner slot that recurs", () => {
    const people = peopleOf("- Fix the build (Tariq, 2d)\n- Write the guide — *Noor*\n- Trim images — Lou\n- Drop polyfills — Ines\n- Move to the edge (Vercel)\n");
    for (const name of ["Tariq", "Noor", "Lou", "Ines"]) expect(people.has(name), name).toBe(true);
    // One entry naming a thing in parentheses is not a slot of owners.
    expect(people.has("Vercel")).toBe(false);
  });

  it("reads people fields written as sentences on one line, with a word or an acronym after the label", () => {
    const people = peopleOf("Flyttedag: fredag 15. januar. Ansvarlig IT: Sindre. Spør i kanalen.\n");
    expect(people.has("Sindre")).toBe(true);
    // A date's full stop is not a sentence end before a lower-case word, and the sentence after it is no name.
    expect(people.has("Spør")).toBe(false);
    expect(people.has("Flyttedag")).toBe(false);
  });

  it("never takes a priority or state word for a person", () => {
    const people = peopleOf("- Fix login — High\n- Fix logout — Low\n- Ship it (Done)\n- Test it (Blocked)\n");
    expect([...people]).toEqual([]);
  });
});

describe("peopleOf: a recurring name slot with a remark after it", () => {
  it("reads '— Name, remark' on several entries as the owner slot", () => {
    const people = peopleOf("1. Rotate reviewers — Alexei, by 21.11\n2. Talk to sales — Irina\n3. Fix the stand — Timur, ticket INFRA-88\n");
    for (const name of ["Alexei", "Irina", "Timur"]) expect(people.has(name), name).toBe(true);
  });

  it("one such entry alone names no one", () => {
    expect([...peopleOf("- Upgrade the cache — Redis, version 7\n")]).toEqual([]);
  });
});

describe("peopleOf: names with an initial, and honorific name slots", () => {
  it("a given name and a family initial in an attendee field is the given name, after a sentence ending in a date", () => {
    const people = peopleOf("Από τη συνέλευση της 2/12. Παρόντες: Μαρία Κ., Γιώργος Π., Ελένη Σ.\n");
    for (const name of ["Μαρία", "Γιώργος", "Ελένη"]) expect(people.has(name), name).toBe(true);
  });

  it("a 'Name:' slot on several entries is an owner slot when one name carries an honorific", () => {
    const people = peopleOf("1. Sekretariat: wydrukować plany\n2. p. Zieliński: odebrać klucze\n");
    expect(people.has("Sekretariat")).toBe(true);
    expect(people.has("p. Zieliński")).toBe(true);
  });

  it("without an honorific or a known person the slot stays the titles' own words", () => {
    expect([...peopleOf("1. Redis: export the store\n2. Frontend: drop the polyfills\n")]).toEqual([]);
  });
});

describe("peopleOf: names with particles, a mail's header fields, initials given beside a name", () => {
  it("reads 'Aan: Pieter Bakker; Yara El Amrani' as people, given names included", () => {
    const people = peopleOf("**Van:** Sanne de Vries\n**Aan:** Pieter Bakker; Yara El Amrani; Joost Hendriks\n");
    for (const name of ["Sanne", "Sanne de Vries", "Yara", "Yara El Amrani", "Pieter", "Joost"]) expect(people.has(name), name).toBe(true);
  });

  it("reads initials beside a name in an attendee line as that person", () => {
    const people = peopleOf("**Obecni:** Katarzyna Nowak (KN), Marek Zając (MZ), Aleksandra Lewandowska (AL)\n");
    for (const name of ["KN", "MZ", "AL", "Marek"]) expect(people.has(name), name).toBe(true);
  });

  it("initials that are not the name's, or capitals beside a thing, name no one", () => {
    const people = peopleOf("**Present:** Katarzyna Nowak (QA), Tom Berg (Platform)\n\nWe moved the API (REST) to the Gateway Service (GS).\n");
    for (const name of ["QA", "GS", "REST"]) expect(people.has(name), name).toBe(false);
  });
});
