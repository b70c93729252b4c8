"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { runbookFromItemAction } from "@/lib/runbooks/actions";
import { runbookPath } from "@/lib/runbooks/paths";

/** On an item that asks for a runbook: draft one from its action items, linked back to the item. */
export function CreateRunbook({ itemId, itemKey, existing }: { itemId: string; itemKey: string; existing: { slug: string; title: string }[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const create = () =>
    startTransition(async () => {
      const result = await runbookFromItemAction({ itemId });
      if (!result.ok) {
        toast.error(result.error.message);
        return;
      }
      toast.success(`Draft runbook created from ${itemKey}`);
      router.push(runbookPath(result.data.slug, "edit"));
    });
  return (
    <Card className="flex flex-wrap items-center justify-between gap-3 p-4">
      <div className="text-sm">
        <p className="font-medium">This item asks for a runbook</p>
        <p className="text-muted-foreground">
          {existing.length ? (
            <>
              Linked:{" "}
              {existing.map((r, i) => (
                <span key={r.slug}>
                  {i ? ", " : ""}
                  <Link href={runbookPath(r.slug)} className="text-primary hover:underline">
                    {r.title}
                  </Link>
                </span>
              ))}
            </>
          ) : (
            "A draft gets one scenario per situation in the action items, each with Symptoms, Diagnosis, Resolution and Escalation."
          )}
        </p>
      </div>
      <Button variant={existing.length ? "secondary" : "primary"} onClick={create} disabled={pending}>
        {pending ? "Creating…" : existing.length ? "Create another runbook" : "Create runbook"}
      </Button>
    </Card>
  );
}
