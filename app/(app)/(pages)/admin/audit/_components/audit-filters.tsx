import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { AUDIT_KINDS, type AuditFilter } from "@/lib/audit-log/filters";
import type { AuditEntityType } from "@/lib/domain/audit-payloads";

// The log's filters as a plain GET form: the URL is the state (shareable, the back button works),
// and the server checks it (lib/audit-log/filters.ts) whatever sent it.

const THINGS = {
  item: { words: "Items", all: "Every item change", prefix: "item." },
  import: { words: "Imports", all: "Every import", prefix: "import." },
  project: { words: "Projects", all: "Every project change", prefix: "project." },
  sla_policy: { words: "SLA policies", all: "Every SLA policy change", prefix: "sla_policy." },
  sla_settings: { words: "SLA settings", all: "Every SLA settings change", prefix: "sla_settings." },
  runbook: { words: "Runbooks", all: "Every runbook change", prefix: "runbook." },
  metric: { words: "Metrics", all: "Every metric change", prefix: "metric." },
  user: { words: "People", all: "Every change to people", prefix: "user." },
  api_token: { words: "API tokens", all: "Every API token change", prefix: "token." },
  webhook: { words: "Webhooks", all: "Every webhook change", prefix: "webhook." },
  workspace: { words: "Demo data", all: "Every demo data load", prefix: "seed." },
} satisfies Record<AuditEntityType, { words: string; all: string; prefix: string }>;

/** "item.checklist_tick" → "checklist tick". */
const actionWords = (action: string) => action.slice(action.indexOf(".") + 1).replaceAll("_", " ");

export function AuditFilters({ filter, people, tokens }: { filter: AuditFilter; people: { id: string; name: string }[]; tokens: { id: string; name: string }[] }) {
  const actor = filter.actor ? `${filter.actor.kind}${filter.actor.id ? `:${filter.actor.id}` : ""}` : "";
  return (
    <form method="get" action="/admin/audit" aria-label="Filter the audit log" className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto] lg:items-end">
      <Field id="audit-actor" label="Who">
        <Select id="audit-actor" name="actor" defaultValue={actor}>
          <option value="">Anyone</option>
          <option value="user">Any person</option>
          <option value="token">Any API token</option>
          <option value="system">System</option>
          {people.length ? (
            <optgroup label="People">
              {people.map((p) => (
                <option key={p.id} value={`user:${p.id}`}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          ) : null}
          {tokens.length ? (
            <optgroup label="API tokens">
              {tokens.map((t) => (
                <option key={t.id} value={`token:${t.id}`}>
                  {t.name}
                </option>
              ))}
            </optgroup>
          ) : null}
        </Select>
      </Field>
      <Field id="audit-kind" label="Kind">
        <Select id="audit-kind" name="kind" defaultValue={filter.kind ?? ""}>
          <option value="">Every change</option>
          {Object.entries(THINGS).map(([entity, { words, all, prefix }]) => (
            <optgroup key={entity} label={words}>
              <option value={entity}>{all}</option>
              {AUDIT_KINDS.filter((k) => k.startsWith(prefix)).map((a) => (
                <option key={a} value={a}>
                  {words}: {actionWords(a)}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      </Field>
      <Field id="audit-from" label="From">
        <Input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ""} />
      </Field>
      <Field id="audit-to" label="To">
        <Input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ""} />
      </Field>
      <Field id="audit-thing" label="Thing">
        <Input id="audit-thing" name="thing" defaultValue={filter.thing ?? ""} placeholder="P0-006, a runbook, an email…" maxLength={100} />
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit">Filter</Button>
        <Link href="/admin/audit" className="text-sm text-primary hover:underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
