import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Sparkline, type SparklineProps } from "./sparkline";

// vitest only collects *.test.ts, hence createElement instead of JSX.
const render = (props: SparklineProps) => renderToStaticMarkup(createElement(Sparkline, props));
const polyline = (html: string) => html.match(/<polyline points="([^"]*)"/)?.[1];

describe("Sparkline", () => {
  it("scales time across and values up the box, 2 px in from each edge", () => {
    const html = render({ label: "errors", points: [{ t: 1000, v: 10 }, { t: 1500, v: 30 }, { t: 2000, v: 20 }] });
    expect(html).toContain('viewBox="0 0 120 32"');
    // x: 2 … 118; y: 30 (lowest) … 2 (highest)
    expect(polyline(html)).toBe("2,30 60,2 118,16");
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="errors"');
    expect(html).toContain('stroke="currentColor"');
  });

  it("uses the given size", () => {
    const html = render({ label: "x", width: 40, height: 10, points: [{ t: 0, v: 0 }, { t: 1, v: 1 }] });
    expect(html).toContain('width="40"');
    expect(polyline(html)).toBe("2,8 38,2");
  });

  it("draws a flat series at mid-height", () => {
    expect(polyline(render({ label: "x", points: [{ t: 0, v: 5 }, { t: 10, v: 5 }] }))).toBe("2,16 118,16");
  });

  it("draws a nearby target as a dashed line, widening the scale to it", () => {
    const html = render({ label: "x", target: 0, points: [{ t: 0, v: 10 }, { t: 10, v: 20 }] });
    expect(html).toMatch(/<line[^>]*y1="30"[^>]*stroke-dasharray="2 2"/);
    expect(polyline(html)).toBe("2,16 118,2");
  });

  it("leaves out a target far from the values", () => {
    const html = render({ label: "x", target: 1000, points: [{ t: 0, v: 10 }, { t: 10, v: 20 }] });
    expect(html).not.toContain("<line");
    expect(polyline(html)).toBe("2,30 118,2");
  });

  it.each([[[]], [[{ t: 0, v: 3 }]]])("shows a dashed baseline labelled no data for %j", (points) => {
    const html = render({ label: "errors", points });
    expect(html).toContain('aria-label="no data"');
    expect(html).not.toContain("<polyline");
    expect(html).toMatch(/<line[^>]*y1="16"[^>]*stroke-dasharray="3 3"/);
  });

  it("draws extreme and non-numeric values inside the box", () => {
    const html = render({ label: "x", target: 1e200, points: [{ t: 0, v: 0 }, { t: 5, v: Number.NaN }, { t: 10, v: 1.7976931348623157e308 }, { t: 20, v: -1e308 }] });
    expect(html).not.toContain("NaN");
    expect(html).not.toContain("Infinity");
    expect(polyline(html)).toBe("2,16 60,2 118,30");
  });
});
