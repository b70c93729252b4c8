import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ProjectSelect } from "./project-select";

const projects = [
  { id: "p-1", slug: "harness", name: "Harness", total: 3 },
  { id: "p-2", slug: "payments", name: "Payments", total: 0 },
];
const options = (html: string) => [...html.matchAll(/<option[^>]*value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map((m) => [m[1], m[2]]);

describe("ProjectSelect", () => {
  it("values each option by id for a form", () => {
    const html = renderToStaticMarkup(h(ProjectSelect, { projects, valueBy: "id", name: "projectId", id: "x" }));
    expect(html).toMatch(/^<select[^>]* name="projectId"/);
    expect(options(html)).toEqual([["p-1", "Harness"], ["p-2", "Payments"]]);
  });

  it("values them by slug for a URL, after an empty first choice and before extra options", () => {
    const html = renderToStaticMarkup(h(ProjectSelect<"slug", (typeof projects)[number]>, { projects, valueBy: "slug", noneLabel: "All projects", optionLabel: (p) => `${p.name} (${p.total} items)` }, h("option", { value: "__new__" }, "New project…")));
    expect(options(html)).toEqual([["", "All projects"], ["harness", "Harness (3 items)"], ["payments", "Payments (0 items)"], ["__new__", "New project…"]]);
  });

  it("keeps the app's select styling and takes overrides", () => {
    const html = renderToStaticMarkup(h(ProjectSelect, { projects, valueBy: "id", className: "h-8 w-auto" }));
    // The app's field class (app/globals.css .field), then the overrides, which win by their layer.
    expect(html).toMatch(/class="field\b[^"]*\bh-8 w-auto"/);
  });
});
