type Json = Record<string, unknown> | null;

const show = (v: unknown) => (v === undefined || v === null ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v));

/** "field: old → new" for each field that changed; the created or removed values otherwise. */
export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const b = (before ?? null) as Json;
  const a = (after ?? null) as Json;
  if (!b && !a) return <span className="text-muted-foreground">—</span>;
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter((k) => show(b?.[k]) !== show(a?.[k]));
  if (keys.length === 0) return <span className="text-muted-foreground">no field changed</span>;
  return (
    <ul className="space-y-0.5">
      {keys.map((k) => (
        <li key={k}>
          <span className="text-muted-foreground">{k}:</span> {b ? <>{show(b[k])} → </> : null}
          <span className="font-medium">{show(a?.[k])}</span>
        </li>
      ))}
    </ul>
  );
}
