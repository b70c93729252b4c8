import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import { shownUrl } from "@/lib/webhooks/shown-url";
import { EndpointStatus, type EndpointStatusData } from "./endpoint-status";

export type EndpointRowData = EndpointStatusData & {
  id: string;
  url: string;
  description: string;
  format: "json" | "slack";
  events: string[];
  queued: number;
  last: { at: string; status: number | null; ok: boolean; error: string | null } | null;
};

const th = "whitespace-nowrap first:pl-4 last:pr-4";

export function EndpointTable({ endpoints }: { endpoints: EndpointRowData[] }) {
  if (endpoints.length === 0) {
    return (
      <div className="p-6 text-sm">
        <h2 className="font-medium">No webhooks yet</h2>
        <p className="mt-2 max-w-prose text-muted-foreground">
          A webhook tells another system what happens here as it happens: a chat channel hears that a P0 moved to Blocked, a deploy bot that a metric crossed its
          critical target, an incident tool that an item is overdue. Each request is signed, so the receiver knows it came from this server.
        </p>
        <p className="mt-3 text-muted-foreground">
          <a href="#webhook-url" className="text-primary underline underline-offset-2">
            Register the first one
          </a>{" "}
          with the form above.
        </p>
      </div>
    );
  }
  return (
    <Table stacked>
      <caption className="sr-only">Webhooks, oldest first</caption>
      <TableHeader>
        {["Endpoint", "Events", "Status", "Last delivery", "Queued"].map((heading) => (
          <TableHead key={heading} className={th}>
            {heading}
          </TableHead>
        ))}
      </TableHeader>
      <TableBody>
        {endpoints.map((e) => (
          <TableRow key={e.id} data-testid="webhook-row" className={cn("align-top", !e.enabled && "bg-muted/40 text-muted-foreground")}>
            <TableHead scope="row" className="max-w-md py-3 pr-3 pl-4">
              <Link href={`/admin/webhooks/${e.id}`} className="font-mono text-sm break-all text-primary underline-offset-2 hover:underline">
                {shownUrl(e.url)}
              </Link>
              <p className="mt-0.5 text-xs text-muted-foreground">
                {e.format === "slack" ? "Slack-compatible" : "JSON"}
                {e.description ? ` · ${e.description}` : ""}
              </p>
            </TableHead>
            <TableCell label="Events" className="py-3">
              <div className="flex max-w-72 flex-wrap gap-1">
                {e.events.map((name) => (
                  <Badge key={name} className="font-mono font-normal">
                    {name}
                  </Badge>
                ))}
              </div>
            </TableCell>
            <TableCell label="Status" className="py-3">
              <EndpointStatus endpoint={e} />
            </TableCell>
            <TableCell label="Last delivery" className="py-3 whitespace-nowrap">
              {e.last ? (
                <>
                  <span className={e.last.ok ? "text-success" : "text-danger"}>{e.last.status ?? "no answer"}</span> · <LocalTime iso={e.last.at} format="short" />
                </>
              ) : (
                <span className="text-muted-foreground">none yet</span>
              )}
            </TableCell>
            <TableCell label="Queued" className="py-3 pr-4 tabular-nums">
              {e.queued.toLocaleString("en")}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
