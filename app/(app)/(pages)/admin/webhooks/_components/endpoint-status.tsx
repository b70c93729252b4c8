import { LocalTime } from "@/components/local-time";
import { Badge } from "@/components/ui/badge";

export type EndpointStatusData = { enabled: boolean; disabledReason: string | null; failingSince: string | null };

/** Active, failing (since when: a day of it switches the endpoint off), or switched off (and why). */
export function EndpointStatus({ endpoint }: { endpoint: EndpointStatusData }) {
  if (!endpoint.enabled) {
    return (
      <span className="inline-flex flex-wrap items-center gap-1.5">
        <Badge className="border-danger/40 text-danger">Switched off</Badge>
        {endpoint.disabledReason ? <span className="text-xs text-muted-foreground">{endpoint.disabledReason.startsWith("failing since") ? "after a day of failures" : endpoint.disabledReason}</span> : null}
      </span>
    );
  }
  if (endpoint.failingSince) {
    return (
      <span className="inline-flex flex-wrap items-center gap-1.5">
        <Badge className="border-warning/50 text-warning-text">Failing</Badge>
        <span className="text-xs text-muted-foreground">
          since <LocalTime iso={endpoint.failingSince} format="short" />
        </span>
      </span>
    );
  }
  return <Badge className="border-success/40 text-success">Active</Badge>;
}
