"use client";

import { useSearchParams } from "next/navigation";
import { readBacklogQuery } from "@/lib/backlog/query";
import { describeBacklogFilters, filterLine } from "@/lib/backlog/filter-words";
import type { ProjectOption, UserOption } from "@/lib/backlog/option-queries";

/**
 * The backlog's filters in words for the printed header. Read from the URL in the browser, not
 * from the server's render: the filter bar changes the URL in place, so the server's copy of the
 * query is the one the page opened with, not the one on screen.
 */
export function PrintFilters({ projects, users }: { projects: ProjectOption[]; users: UserOption[] }) {
  const params = useSearchParams();
  const query = readBacklogQuery(new URLSearchParams(params.toString()));
  return <>{filterLine(describeBacklogFilters(query, { projects, users }))}</>;
}
