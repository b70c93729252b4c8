import { Card } from "@/components/ui/card";

/** Honest placeholder for a page whose feature lands in a later issue. */
export function ComingSoon({ what, issue }: { what: string; issue: number }) {
  return (
    <Card className="p-8 text-center">
      <p className="font-medium">{what}</p>
      <p className="mt-1 text-sm text-muted-foreground">Not built yet: tracked in issue #{issue}.</p>
    </Card>
  );
}
