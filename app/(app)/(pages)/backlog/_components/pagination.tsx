"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { PAGE_SIZES, type BacklogQuery } from "@/lib/backlog/query";

const fmt = new Intl.NumberFormat("en");

export function Pagination({
  query,
  total,
  capped,
  pageCount,
  shown,
  setQuery,
}: {
  query: BacklogQuery;
  total: number;
  capped: boolean;
  pageCount: number;
  shown: number;
  setQuery: (p: Partial<BacklogQuery>, opts?: { keepPage?: boolean }) => void;
}) {
  const first = (query.page - 1) * query.size + 1;
  return (
    <nav aria-label="Pages" data-print="keep" className="flex flex-wrap items-center justify-between gap-3 text-sm text-muted-foreground">
      <p aria-live="polite">
        {shown === 0 ? "No items" : `${fmt.format(first)}–${fmt.format(first + shown - 1)} of ${fmt.format(total)}${capped ? "+" : ""} items`}
      </p>
      <div className="flex items-center gap-2">
        <label className="flex items-center gap-1.5">
          Rows
          <Select className="h-8 w-24" value={query.size} onChange={(e) => setQuery({ size: Number(e.target.value) as BacklogQuery["size"] })}>
            {PAGE_SIZES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </Select>
        </label>
        <Button variant="secondary" size="sm" disabled={query.page <= 1} onClick={() => setQuery({ page: query.page - 1 }, { keepPage: true })} aria-label="Previous page">
          <ChevronLeft aria-hidden className="size-4" />
        </Button>
        <span className="tabular-nums">
          Page {fmt.format(query.page)} of {fmt.format(pageCount)}
          {capped ? "+" : ""}
        </span>
        <Button variant="secondary" size="sm" disabled={query.page >= pageCount && !capped} onClick={() => setQuery({ page: query.page + 1 }, { keepPage: true })} aria-label="Next page">
          <ChevronRight aria-hidden className="size-4" />
        </Button>
      </div>
    </nav>
  );
}
