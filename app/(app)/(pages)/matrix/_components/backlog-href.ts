/** A link into the backlog with these filters (the backlog's own URL parameters). */
export function backlogHref(filters: Record<string, string | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  const qs = params.toString();
  return qs ? `/backlog?${qs}` : "/backlog";
}
