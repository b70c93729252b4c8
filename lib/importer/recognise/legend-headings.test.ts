import { describe, expect, it } from "vitest";
import { isLegendHeading } from "./legend-headings";
import { kindOf } from "../sections";

describe("isLegendHeading", () => {
  it("reads the word for legend in any language as a legend heading", () => {
    expect(isLegendHeading("מקרא")).toBe(true);
    expect(isLegendHeading("2. Légende :")).toBe(true);
    expect(isLegendHeading("📖 Условные обозначения")).toBe(true);
    expect(kindOf("Leyenda", null, null)).toBe("legend");
  });
  it("does not read a heading that only mentions a key or legend", () => {
    expect(isLegendHeading("Rotate the signing key")).toBe(false);
    expect(isLegendHeading("Legenda do mapa de calor e cores novas")).toBe(false);
  });
});
