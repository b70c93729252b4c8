import { describe, expect, it } from "vitest";
import { labelledTarget, metricName, sentenceMetric } from "./metric-sentences";

// Targets written as sentences, in the languages teams write (made-up lines, not corpus text).

describe("sentenceMetric", () => {
  it.each([
    ["Open incidents below 3", { name: "Open incidents", comparator: "<", target: 3, unit: "" }],
    ["Checkout p95 must stay under 450 ms", { name: "Checkout p95", comparator: "<", target: 450, unit: "ms" }],
    ["Nightly build green ≥ 90% of nights", { name: "Nightly build green", comparator: ">=", target: 90, unit: "%" }],
    ["Deploy frequency of at least 5 per week", { name: "Deploy frequency", comparator: ">=", target: 5, unit: "" }],
    ["Build time no more than 12 minutes", { name: "Build time", comparator: "<=", target: 12, unit: "min" }],
    ["Startzeit der App unter 2 Sekunden", { name: "Startzeit der App", comparator: "<", target: 2, unit: "s" }],
    ["Taux d'erreur de moins de 1 %", { name: "Taux d'erreur", comparator: "<", target: 1, unit: "%" }],
    ["Valoración en la tienda de al menos 4,5", { name: "Valoración en la tienda", comparator: ">=", target: 4.5, unit: "" }],
    ["Tempo de resposta abaixo de 300 ms", { name: "Tempo de resposta", comparator: "<", target: 300, unit: "ms" }],
    ["Copertura dei test almeno 70%", { name: "Copertura dei test", comparator: ">=", target: 70, unit: "%" }],
    ["Wachttijd minder dan 10 minuten", { name: "Wachttijd", comparator: "<", target: 10, unit: "min" }],
    ["エラー率 1% 以下", { name: "エラー率", comparator: "<=", target: 1, unit: "%" }],
  ])("reads %j", (sentence, expected) => {
    expect(sentenceMetric(sentence)).toEqual(expected);
  });

  it("takes the destination of 'from … to …', with its own comparison or the direction of travel", () => {
    expect(sentenceMetric("trial-to-paid rate from 3% to at least 6%")).toEqual({ name: "Trial-to-paid rate", comparator: ">=", target: 6, unit: "%" });
    expect(sentenceMetric("cut the storage bill from $40k to $25k")).toEqual({ name: "Storage bill", comparator: "<=", target: 25_000, unit: "" });
    expect(sentenceMetric("page weight from 2.1 MB to under 900 KB")).toMatchObject({ comparator: "<", target: 900 });
  });

  it("reads an improvement by a percentage as 'at least that much'", () => {
    expect(sentenceMetric("Reduce flaky reruns by 60%")).toEqual({ name: "Reduce flaky reruns", comparator: ">=", target: 60, unit: "%" });
  });

  it("drops a Chinese verb of reaching ('提升到', '降低至') from the name before a postfixed bound", () => {
    expect(sentenceMetric("推荐带来的订单占比提升到 25% 以上")).toEqual({ name: "推荐带来的订单占比", comparator: ">=", target: 25, unit: "%" });
    expect(sentenceMetric("接口延迟降低至 100ms 以下")).toEqual({ name: "接口延迟", comparator: "<=", target: 100, unit: "ms" });
    // "到" alone, part of a name ("到店率"), stays.
    expect(sentenceMetric("到店率 30% 以上")?.name).toBe("到店率");
  });

  it("ignores numbers in an explanatory parenthesis", () => {
    expect(sentenceMetric("Retention (users active within 7 days) ≥ 35%")).toEqual({ name: "Retention", comparator: ">=", target: 35, unit: "%" });
  });

  it("is no target without a comparison", () => {
    expect(sentenceMetric("Interview 12 customers")).toBeNull();
    expect(sentenceMetric("Move the cron jobs to the new scheduler")).toBeNull();
    expect(sentenceMetric("< 5")).toBeNull(); // nothing names what is compared
  });
});

describe("labelledTarget", () => {
  it("reads key results and goal lines", () => {
    expect(labelledTarget("KR 2.3 Weekly active teams from 120 to 200")).toMatchObject({ name: "Weekly active teams", comparator: ">=", target: 200 });
    expect(labelledTarget("Goal: get the on-call pages under 10 a week")).toMatchObject({ name: "Get the on-call pages", comparator: "<", target: 10 });
    expect(labelledTarget("Ziel: Fehlerquote unter 0,5 %")).toMatchObject({ name: "Fehlerquote", comparator: "<", target: 0.5, unit: "%" });
  });

  it("needs the label as a whole word at the start", () => {
    expect(labelledTarget("Metadata for less than 5 services")).toBeNull();
    expect(labelledTarget("Rotate the keys in under 5 minutes")).toBeNull();
  });
});

describe("metricName", () => {
  it("drops modal tails, prepositions and a leading article", () => {
    expect(metricName("The error rate must stay")).toBe("Error rate");
    expect(metricName("Nota da loja de")).toBe("Nota da loja");
  });
});

describe("zero targets with a digit inside a name", () => {
  it("reads 'Sev-1', 'P0' as part of the name", () => {
    expect(sentenceMetric("0 Sev-1 incidents caused by deploys")).toEqual({ name: "Sev-1 incidents caused by deploys", comparator: "<=", target: 0, unit: "" });
    expect(sentenceMetric("No open P0 bugs")).toEqual({ name: "Open P0 bugs", comparator: "<=", target: 0, unit: "" });
    // A figure of its own after "zero" is the bound, not a zero target.
    expect(sentenceMetric("Zero outages over 5 minutes")).toMatchObject({ target: 5 });
  });
});
