import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Table, TableCell, TableHead, TableHeader, TableRow } from "./table";

const html = (el: React.ReactElement) => renderToStaticMarkup(el);

describe("Table", () => {
  it("puts the table in a box of its own that scrolls sideways", () => {
    expect(html(h(Table, { containerClassName: "mt-3", className: "text-xs", id: "t" }))).toBe('<div class="relative overflow-x-auto mt-3"><table class="w-full text-xs" id="t"></table></div>');
  });

  it("wraps the column headers in the one header row", () => {
    expect(html(h(TableHeader, null, h(TableHead, null, "Name")))).toBe(
      '<thead class="border-b border-border text-left text-xs text-muted-foreground"><tr><th scope="col" class="px-3 py-2 font-medium">Name</th></tr></thead>',
    );
  });

  it("sets a row header like the cells beside it", () => {
    expect(html(h(TableHead, { scope: "row" }))).toBe('<th scope="row" class="px-3 py-2 text-left font-normal"></th>');
  });

  it("lets a caller's spacing replace the default instead of adding to it", () => {
    expect(html(h(TableCell, { className: "px-4 py-3" }))).toBe('<td class="px-4 py-3"></td>');
    expect(html(h(TableRow, { className: "align-top" }))).toBe('<tr class="border-b border-border last:border-0 align-top"></tr>');
  });
});
