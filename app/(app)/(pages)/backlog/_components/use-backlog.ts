"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { backlogSearchParams, readBacklogQuery, type BacklogQuery } from "@/lib/backlog/query";
import type { BacklogPage, BacklogTableRow } from "@/lib/backlog/list-queries";

/** A page of the list as the table uses it: the API's rows carry more, which the table ignores. */
export type BacklogData = Omit<BacklogPage, "rows"> & { rows: BacklogTableRow[]; warnings: string[] };

/**
 * The view state lives in the URL. Changing it replaces the history entry in place (no server
 * round trip for the page) and TanStack Query fetches the JSON list; the server-rendered first
 * page seeds the cache so the first paint needs no fetch.
 */
export function useBacklog(initial: { key: string; data: BacklogData }) {
  const params = useSearchParams();
  const query = useMemo(() => readBacklogQuery(new URLSearchParams(params.toString())), [params]);
  const key = backlogSearchParams(query).toString();
  const result = useQuery({
    queryKey: ["items", key],
    queryFn: async ({ signal }): Promise<BacklogData> => {
      const res = await fetch(`/api/v1/items?${key}`, { signal, headers: { accept: "application/json" } });
      const body = await res.json();
      if (!res.ok) throw new Error(body?.error?.message ?? `Loading the backlog failed (${res.status}).`);
      return body;
    },
    initialData: key === initial.key ? initial.data : undefined,
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });

  const setQuery = useCallback(
    (patch: Partial<BacklogQuery>, opts: { keepPage?: boolean } = {}) => {
      const next = backlogSearchParams({ ...query, ...patch, page: opts.keepPage ? (patch.page ?? query.page) : (patch.page ?? 1) }).toString();
      window.history.replaceState(null, "", next ? `?${next}` : window.location.pathname);
    },
    [query],
  );

  const client = useQueryClient();
  const refresh = useCallback(() => client.invalidateQueries({ queryKey: ["items"] }), [client]);
  return { query, key, setQuery, refresh, ...result };
}
