"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useItemAction } from "@/components/use-item-action";
import { deleteWebhookAction, sendTestWebhookAction, updateWebhookAction } from "@/lib/webhooks/actions";
import { SecretPanel } from "../../_components/secret-panel";

/** Test, switch on or off, rotate the secret, delete: each asks first where it cannot be undone. */
export function EndpointControls({ id, url, enabled }: { id: string; url: string; enabled: boolean }) {
  const router = useRouter();
  const { pending, run } = useItemAction();
  const [secret, setSecret] = useState<string | null>(null);

  return (
    <div>
      {secret ? <SecretPanel title="New signing secret" secret={secret} onDone={() => setSecret(null)} /> : null}
      <div className="flex flex-wrap gap-2">
        <Button size="sm" disabled={pending} onClick={() => run(() => sendTestWebhookAction({ id }), { success: "Test event queued: it appears in the delivery log below" })}>
          Send test event
        </Button>
        <Button
          size="sm"
          variant="secondary"
          disabled={pending}
          onClick={() => run(() => updateWebhookAction({ id, enabled: !enabled }), { success: enabled ? "Webhook switched off: nothing more is sent" : "Webhook switched on" })}
        >
          {enabled ? "Switch off" : "Switch on"}
        </Button>
        <ConfirmDialog
          trigger={
            <Button size="sm" variant="secondary" disabled={pending}>
              Rotate secret
            </Button>
          }
          title="Rotate the signing secret?"
          description="Requests are signed with a new secret from now on; the receiver rejects them until it has the new one. The new secret is shown once."
          confirmLabel="Rotate"
          pendingLabel="Rotating…"
          pending={pending}
          onConfirm={(close) =>
            run(() => updateWebhookAction({ id, rotateSecret: true }), {
              success: "Secret rotated",
              onSuccess: (r) => {
                setSecret(r.secret);
                close();
              },
              onError: () => {
                close();
                return false;
              },
            })
          }
        />
        <ConfirmDialog
          trigger={
            <Button size="sm" variant="danger" disabled={pending}>
              Delete
            </Button>
          }
          title="Delete this webhook?"
          description={<p className="break-all">Nothing more is sent to {url}, and its delivery log is deleted with it. This cannot be undone.</p>}
          confirmLabel="Delete"
          pendingLabel="Deleting…"
          pending={pending}
          onConfirm={(close) =>
            run(() => deleteWebhookAction({ id }), {
              success: "Webhook deleted",
              refresh: false,
              onSuccess: () => {
                close();
                router.push("/admin/webhooks");
              },
              onError: () => {
                close();
                return false;
              },
            })
          }
        />
      </div>
    </div>
  );
}
