import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { sentenceMetric } from "./metric-sentences";
import { oneAsDigit } from "./spoken-one";

describe("one unit of time said in words", () => {
  it("writes the word for one before (or, in Arabic and Hebrew, after) a unit of time as 1", () => {
    expect(oneAsDigit("First response under one hour")).toBe("First response under 1 hour");
    expect(oneAsDigit("Erstreaktion unter einer Stunde")).toBe("Erstreaktion unter 1 Stunde");
    expect(oneAsDigit("Première réponse en moins d'une heure")).toBe("Première réponse en moins de 1 heure");
    expect(oneAsDigit("زمن الاستجابة الأولى أقل من ساعة واحدة")).toBe("زمن الاستجابة الأولى أقل من 1 ساعة");
    expect(oneAsDigit("זמן תגובה פחות משעה אחת")).toBe("זמן תגובה פחות משעה אחת");
  });

  it("leaves 'a' and 'one' that count no unit of time", () => {
    expect(oneAsDigit("Run a daily check on one host")).toBe("Run a daily check on one host");
    expect(oneAsDigit("Daycare for a dayshift")).toBe("Daycare for a dayshift");
    expect(oneAsDigit("an hourglass icon")).toBe("an hourglass icon");
    // Swedish "en" is also French and Spanish "in": it is not read as one.
    expect(oneAsDigit("Entrega en semana 3")).toBe("Entrega en semana 3");
  });

  it("makes a goal said with 'one hour' a metric", () => {
    expect(sentenceMetric("First response time under one hour")).toMatchObject({ name: "First response time", comparator: "<", target: 1 });
    const md = "# خطة\n\n## الأهداف\n\n- زمن الاستجابة الأولى أقل من ساعة واحدة\n- رضا المستخدمين ٩٠٪ على الأقل\n";
    expect(parsePlan(md).metrics.map((m) => [m.name, m.comparator, m.target])).toEqual([
      ["زمن الاستجابة الأولى", "<", 1],
      ["رضا المستخدمين", ">=", 90],
    ]);
  });
});
