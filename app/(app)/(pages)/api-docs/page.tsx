import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { API, type Endpoint } from "@/lib/api/catalog";
import { openApiDocument, whoMay } from "@/lib/api/openapi";
import { requirePageFor } from "@/lib/routing/require-page";

export const metadata: Metadata = { title: "API" };

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; description?: string; enum?: unknown[]; format?: string; items?: Schema; maximum?: number; maxItems?: number; maxLength?: number; anyOf?: Schema[]; oneOf?: Schema[]; default?: unknown };
type Operation = { parameters?: { name: string; in: string; required: boolean; schema: Schema }[]; requestBody?: { content: Record<string, { schema: Schema; examples?: Record<string, { summary: string; value: unknown }> }> }; responses: Record<string, { description: string }> };

/** A JSON-schema fragment in a few words: "number", "string (date-time)", "one of md, csv, json". */
function describe(s: Schema | undefined): string {
  if (!s) return "any";
  if (s.enum) return `one of ${s.enum.join(", ")}`;
  if (s.anyOf) return s.anyOf.map(describe).join(" or ");
  if (s.type === "array") return `list of ${describe(s.items)}${s.maxItems ? ` (at most ${s.maxItems.toLocaleString("en")})` : ""}`;
  const type = Array.isArray(s.type) ? s.type.join(" or ") : (s.type ?? "any");
  const extra = [s.format, s.maxLength ? `≤ ${s.maxLength} chars` : null].filter(Boolean).join(", ");
  return extra ? `${type} (${extra})` : type;
}

/** Text with `code` spans, as the catalog writes it (no other Markdown is used there). */
function Prose({ text }: { text: string }) {
  return (
    <>
      {text.split(/(`[^`]+`)/).map((part, i) =>
        part.startsWith("`") && part.endsWith("`") ? (
          <code key={i} className="rounded bg-muted px-1 font-mono text-[0.85em]">
            {part.slice(1, -1)}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}

const METHOD_STYLE = { GET: "border-primary/40 bg-primary/10 text-primary", POST: "border-success/40 bg-success/10 text-success", PATCH: "border-warning/50 bg-warning/10 text-warning-text" } as const;

export default async function ApiDocsPage() {
  await requirePageFor("/api-docs");
  const doc = openApiDocument() as { paths: Record<string, Record<string, Operation>>; webhooks: Record<string, WebhookOperation> };
  const endpoints = Object.entries(API) as [string, Endpoint][];
  const tags = [...new Set(endpoints.flatMap(([, e]) => e.tags))];

  return (
    <>
      <PageHeader
        title="API"
        description={
          <>
            Post metric values from CI, read the backlog, export plans and runbooks. Machine-readable:{" "}
            <a href="/api/v1/openapi.json" className="text-primary underline underline-offset-2 hover:opacity-80">
              /api/v1/openapi.json
            </a>{" "}
            (OpenAPI 3.1, generated from the schemas the handlers use).
          </>
        }
      />
      <Card className="mb-8 max-w-3xl space-y-2 p-4 text-sm">
        <p>
          <span className="font-medium">Authentication:</span> <code className="font-mono">Authorization: Bearer hbk_…</code> with a token an admin creates under Admin → API
          tokens (its scopes decide what it may call), or a signed-in browser session.
        </p>
        <p>
          <span className="font-medium">Errors</span> are <code className="font-mono">{`{ "error": { "code", "message", "field"? } }`}</code> with status 400 (invalid input;{" "}
          <code className="font-mono">field</code> names it), 401, 403, 404, 409 (changed by someone else), 413 (body too large) or 429 (rate limited, see Retry-After).
        </p>
      </Card>
      <div className="space-y-10">
        {tags.map((tag) => (
          <section key={tag} aria-labelledby={`tag-${tag}`}>
            <h2 id={`tag-${tag}`} className="mb-3 text-lg font-semibold">
              {tag}
            </h2>
            <div className="space-y-4">
              {endpoints
                .filter(([, e]) => e.tags.includes(tag))
                .map(([key, e]) => {
                  const op = doc.paths[e.path]![e.method.toLowerCase()]!;
                  const body = op.requestBody?.content["application/json"]?.schema;
                  const examples = Object.values(op.requestBody?.content["application/json"]?.examples ?? {});
                  return (
                    <Card key={key} className="p-4" id={key}>
                      <h3 className="flex flex-wrap items-center gap-2 font-mono text-sm">
                        <Badge className={METHOD_STYLE[e.method]}>{e.method}</Badge>
                        <span>{e.path}</span>
                      </h3>
                      <p className="mt-2 font-medium">
                        <Prose text={e.summary} />
                      </p>
                      {e.description ? (
                        <p className="mt-1 text-sm text-muted-foreground">
                          <Prose text={e.description} />
                        </p>
                      ) : null}
                      <p className="mt-2 text-sm">
                        <span className="text-muted-foreground">Who may call it:</span> <Prose text={whoMay(e)} />
                      </p>
                      {op.parameters?.length ? (
                        <FieldTable caption="Parameters" rows={op.parameters.map((p) => ({ name: p.name, where: p.in, required: p.required, type: describe(p.schema) }))} />
                      ) : null}
                      {body?.properties ? (
                        <FieldTable
                          caption="JSON body"
                          rows={Object.entries(body.properties).map(([name, s]) => ({
                            name,
                            where: "body",
                            required: body.required?.includes(name) ?? false,
                            type: s.type === "array" && s.items?.properties ? `list of { ${Object.keys(s.items.properties).join(", ")} } (at most ${(s.maxItems ?? 0).toLocaleString("en")})` : describe(s),
                          }))}
                        />
                      ) : null}
                      {examples.length ? (
                        <details className="mt-3 text-sm">
                          <summary className="cursor-pointer text-muted-foreground select-none">Example {examples.length > 1 ? "bodies" : "body"}</summary>
                          {examples.map((x) => (
                            <div key={x.summary} className="mt-2">
                              <p className="text-xs text-muted-foreground">{x.summary}</p>
                              <pre className="mt-1 overflow-x-auto rounded-md border border-border bg-muted/50 p-2 font-mono text-xs">{JSON.stringify(x.value, null, 2)}</pre>
                            </div>
                          ))}
                        </details>
                      ) : null}
                      <p className="mt-3 text-sm">
                        <span className="text-muted-foreground">Answers:</span> {e.success.status} — <Prose text={e.success.description} />
                        <span className="text-muted-foreground">
                          {" "}
                          · errors {Object.keys(op.responses).filter((s) => s !== String(e.success.status)).join(", ") || "none"}
                        </span>
                      </p>
                    </Card>
                  );
                })}
            </div>
          </section>
        ))}
        <WebhookEvents webhooks={doc.webhooks} />
      </div>
    </>
  );
}

/** An object by its fields ("{ id, key, title }"), alternatives joined ("… or null"). */
function shape(s: Schema): string {
  if (s.properties) return `{ ${Object.keys(s.properties).join(", ")} }`;
  const options = s.anyOf ?? s.oneOf;
  if (options) return [...new Set(options.map(shape))].join(" or ");
  return describe(s);
}

type WebhookOperation = { post: { summary: string; requestBody: { content: { "application/json": { schema: Schema } } } } };

/** What a registered webhook receives: each event's `data` fields, from the same document. */
function WebhookEvents({ webhooks }: { webhooks: Record<string, WebhookOperation> }) {
  return (
    <section aria-labelledby="tag-webhooks">
      <h2 id="tag-webhooks" className="mb-1 text-lg font-semibold">
        Webhooks
      </h2>
      <p className="mb-3 max-w-3xl text-sm text-muted-foreground">
        What this server posts to an endpoint an admin registers (Admin → Webhooks): <code className="font-mono">{`{ "id", "type", "createdAt", "data" }`}</code>, signed in{" "}
        <code className="font-mono">X-Health-Backlog-Signature</code> (<code className="font-mono">t=…,v1=…</code>, HMAC-SHA256 of <code className="font-mono">t.body</code>), with the
        event&apos;s id in <code className="font-mono">X-Health-Backlog-Delivery</code> (the same on every retry). Any 2xx answer is a delivery; anything else is retried for about a day.
      </p>
      <div className="space-y-4">
        {Object.entries(webhooks).map(([type, op]) => {
          const data = op.post.requestBody.content["application/json"].schema.properties?.data;
          return (
            <Card key={type} className="p-4" id={`webhook-${type}`}>
              <h3 className="font-mono text-sm font-medium">{type}</h3>
              <p className="mt-1 text-sm">{op.post.summary}</p>
              {data?.properties ? (
                <FieldTable
                  caption="data"
                  rows={Object.entries(data.properties).map(([name, s]) => ({
                    name,
                    where: "data",
                    required: data.required?.includes(name) ?? false,
                    type: shape(s),
                  }))}
                />
              ) : null}
            </Card>
          );
        })}
      </div>
    </section>
  );
}

function FieldTable({ caption, rows }: { caption: string; rows: { name: string; where: string; required: boolean; type: string }[] }) {
  return (
    <Table containerClassName="mt-3" className="max-w-3xl table-fixed">
      <caption className="mb-1 text-left text-xs font-medium text-muted-foreground">{caption}</caption>
      {/* Fixed columns, so every endpoint's table lines up with the others. */}
      <colgroup>
        <col className="w-40" />
        <col className="w-20" />
        <col />
      </colgroup>
      <thead className="sr-only">
        <tr>
          <th scope="col">Name</th>
          <th scope="col">In</th>
          <th scope="col">Type</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.where}-${r.name}`} className="border-t border-border">
            <td className="py-1 pr-3 font-mono break-words">
              {r.name}
              {r.required ? <span className="text-danger"> *</span> : null}
            </td>
            <td className="py-1 pr-3 text-muted-foreground">{r.where}</td>
            {/* A long enum (every notification kind) wraps at any point rather than widen a phone's page. */}
            <td className="py-1 [overflow-wrap:anywhere]">{r.type}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
