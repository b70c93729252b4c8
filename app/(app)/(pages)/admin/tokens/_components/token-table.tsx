import { LocalTime } from "@/components/local-time";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import { RevokeTokenButton } from "./revoke-token-button";

export type TokenRowData = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  createdByName: string | null;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** suspended: its creator is disabled or deleted, so the API refuses it. */
  status: "active" | "revoked" | "expired" | "suspended";
};

const th = "whitespace-nowrap first:pl-4 last:pr-4";

export function TokenTable({ tokens }: { tokens: TokenRowData[] }) {
  if (tokens.length === 0) {
    return (
      <div className="p-6 text-sm">
        <h2 className="font-medium">No API tokens yet</h2>
        <p className="mt-2 max-w-prose text-muted-foreground">
          A token lets a machine call the JSON API without a password: a CI job posting metric values after each build (coverage, build time, flaky tests), or a
          script reading backlog items and exporting projects. Each token carries only the scopes you give it, never its creator’s role, and can be revoked at any time.
        </p>
        <p className="mt-3 text-muted-foreground">
          <a href="#token-name" className="text-primary underline underline-offset-2">
            Create the first token
          </a>{" "}
          with the New token form above.
        </p>
      </div>
    );
  }
  return (
    <Table stacked>
      <caption className="sr-only">API tokens, active first, newest first</caption>
      <TableHeader>
        {["Name", "Scopes", "Created", "Expires", "Last used", "Status"].map((heading) => (
          <TableHead key={heading} className={th}>
            {heading}
          </TableHead>
        ))}
        <TableHead className={th}>
          <span className="sr-only">Actions</span>
        </TableHead>
      </TableHeader>
      <TableBody>
        {tokens.map((t) => {
          const inactive = t.status !== "active";
          return (
            <TableRow key={t.id} data-testid={`token-row-${t.name}`} className={cn("align-top", inactive && "bg-muted/40 text-muted-foreground")}>
              <TableHead scope="row" className="py-3 pr-3 pl-4">
                <p className={cn("font-medium", inactive ? "text-muted-foreground" : "text-foreground")}>{t.name}</p>
                <p className="mt-0.5 font-mono text-xs text-muted-foreground" title="The start of the secret, to tell tokens apart">
                  hbk_{t.prefix}_…
                </p>
              </TableHead>
              <TableCell label="Scopes" className="py-3">
                <div className="flex max-w-56 flex-wrap gap-1">
                  {t.scopes.map((s) => (
                    <Badge key={s} className={cn("font-mono font-normal", inactive && "text-muted-foreground")}>
                      {s}
                    </Badge>
                  ))}
                </div>
              </TableCell>
              <TableCell label="Created" className="py-3 whitespace-nowrap">
                <LocalTime iso={t.createdAt} format="date" />
                <p className="text-xs text-muted-foreground">by {t.createdByName ?? "unknown"}</p>
              </TableCell>
              <TableCell label="Expires" className="py-3 whitespace-nowrap">
                {t.status === "expired" ? (
                  <Badge className="border-warning/50 text-warning-text">expired</Badge>
                ) : t.expiresAt ? (
                  <LocalTime iso={t.expiresAt} format="date" />
                ) : (
                  <span className="text-muted-foreground">never</span>
                )}
              </TableCell>
              <TableCell label="Last used" className="py-3 whitespace-nowrap">{t.lastUsedAt ? <LocalTime iso={t.lastUsedAt} format="short" /> : <span className="text-muted-foreground">never</span>}</TableCell>
              <TableCell label="Status" className="py-3 whitespace-nowrap">
                {t.status === "active" ? (
                  <Badge className="border-success/40 text-success">Active</Badge>
                ) : t.status === "revoked" ? (
                  <>
                    <Badge className="border-danger/40 text-danger">Revoked</Badge> <LocalTime iso={t.revokedAt!} format="date" className="text-xs" />
                  </>
                ) : t.status === "suspended" ? (
                  <Badge className="border-warning/50 text-warning-text" title="Refused while its creator is disabled or deleted">
                    Suspended
                  </Badge>
                ) : (
                  <Badge>Expired</Badge>
                )}
              </TableCell>
              <TableCell className="py-3 pr-4 pl-3 text-right">{t.status === "active" || t.status === "suspended" ? <RevokeTokenButton id={t.id} name={t.name} /> : null}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
