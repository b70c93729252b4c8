"use client";

import { useRef, useState, type ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { EndpointForm, type CreatedEndpoint } from "./endpoint-form";
import { SecretPanel } from "./secret-panel";

/** Keeps a just-registered endpoint's secret on screen above the form while the form resets. */
export function WebhooksWorkspace({ children }: { children: ReactNode }) {
  const [created, setCreated] = useState<CreatedEndpoint | null>(null);
  const urlInput = useRef<HTMLInputElement>(null);
  return (
    <>
      {created ? (
        <SecretPanel
          title={`Webhook to ${created.url} registered`}
          secret={created.secret}
          detailHref={`/admin/webhooks/${created.id}`}
          onDone={() => {
            setCreated(null);
            urlInput.current?.focus();
          }}
        />
      ) : null}
      <Card className="mb-6 p-4">
        <h2 id="new-webhook" className="font-medium">
          New webhook
        </h2>
        <p className="mb-4 text-sm text-muted-foreground">Each event is posted as it happens, signed with the endpoint’s secret, and retried with back-off for about a day.</p>
        <EndpointForm onCreated={setCreated} urlInputRef={urlInput} />
      </Card>
      {children}
    </>
  );
}
